"""The demo's polls: one open (it closes 30 days after loading) and one closed, with votes.

Keyed by slug: loading twice creates nothing new, and votes are added only to a poll just
created. Dates are counted from the day of loading, so the open poll is open whenever the
demo is built (polls.yaml).
"""

import datetime
import uuid

from django.utils import timezone

from demo.datafiles import read
from demo.pages import child_page, listing_page
from navigation.models import Menu
from polls.models import PollIndexPage, PollOption, PollPage, PollVote

# The main-menu entry goes before these pages.
MENU_BEFORE = ("lich-cong-tac", "lien-he")


def _votes(poll, spec, now):
    """The votes of ``spec`` spread evenly over the hours the poll has been open."""
    start = poll.opens_at.replace(minute=0, second=0, microsecond=0)
    end = min(now, poll.closes_at)
    hours = max(1, int((end - start).total_seconds() // 3600))
    options = {option.label: option for option in poll.options.all()}
    votes = []
    for answer in spec["answers"]:
        label = answer["label"]
        for n in range(answer["votes"]):
            hour = (n * 7919 + len(label) * 31) % hours  # spread, and the same every time
            votes.append(
                PollVote(
                    poll=poll,
                    option=options[label],
                    cast_at=start + datetime.timedelta(hours=hour),
                )
            )
    PollVote.objects.bulk_create(votes)


def load_polls(home):
    """The poll list with its two polls and their votes, and its main-menu entry."""
    now = timezone.now()
    data = read("polls")
    index, _created = listing_page(home, PollIndexPage, data["page"], show_in_menus=True)
    for spec in data["polls"]:
        poll, created = child_page(
            index,
            PollPage,
            spec["slug"],
            title=spec["title"],
            intro=spec["intro"],
            opens_at=now + datetime.timedelta(days=spec["opens"]),
            closes_at=now + datetime.timedelta(days=spec["closes"]),
            results_visibility=spec["results_visibility"],
            options=[PollOption(label=answer["label"]) for answer in spec["answers"]],
        )
        if created:
            poll.save_revision().publish()
            _votes(poll, spec, now)
    add_to_main_menu(index)
    return index


def _page_of(item):
    return (item.get("value") or {}).get("page")


def add_to_main_menu(index):
    """The poll list in the main menu, once: under the contact page with the other ways to
    talk to the board (before "English"), or, without a contact entry, before the work
    schedule and contact pages."""
    menu = Menu.objects.filter(location=Menu.Location.MAIN, live=True).first()
    if menu is None or menu.has_unpublished_changes:
        return
    items = list(menu.items.raw_data)
    everywhere = items + [child for item in items for child in item["value"].get("children", [])]
    if any(_page_of(item) == index.pk for item in everywhere):
        return
    entry = {
        "type": "item",
        "id": str(uuid.uuid4()),
        "value": {"label": "", "page": index.pk, "document": None, "url": "", "children": []},
    }
    siblings = {page.slug: page.pk for page in index.get_siblings().filter(slug__in=MENU_BEFORE)}
    contact = next((item for item in items if _page_of(item) == siblings.get("lien-he")), None)
    if contact is not None:
        children = contact["value"].setdefault("children", [])
        english = index.get_siblings().filter(slug="english").values_list("pk", flat=True)
        position = next(
            (n for n, child in enumerate(children) if _page_of(child) in set(english)),
            len(children),
        )
        children.insert(position, entry)
    else:
        position = next(
            (n for n, item in enumerate(items) if _page_of(item) in siblings.values()),
            len(items),
        )
        items.insert(position, entry)
    menu.items = items
    menu.save_revision().publish()
