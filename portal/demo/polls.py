"""The demo's polls: one open (it closes 30 days after loading) and one closed, with votes.

Keyed by slug: loading twice creates nothing new, and votes are added only to a poll just
created. Dates are counted from the day of loading, so the open poll is open whenever the
demo is built.
"""

import datetime
import uuid

from django.utils import timezone

from navigation.models import Menu
from polls.models import PollIndexPage, PollOption, PollPage, PollVote
from portal.demo.pages import child_page

INDEX_SLUG = "tham-do-y-kien"
INDEX_TITLE = "Thăm dò ý kiến"
INDEX_INTRO = (
    "Ý kiến của bạn đọc giúp Ban Biên tập chọn nội dung và cách thể hiện phù hợp hơn. "
    "Mỗi trình duyệt bình chọn một lần; trang không thu thập thông tin cá nhân."
)
# The main-menu entry goes before these pages.
MENU_BEFORE = ("lich-cong-tac", "lien-he")

# Each poll: dates as days from loading; answers with the votes they have.
POLLS = [
    {
        "slug": "ban-doc-muon-doc-them-noi-dung-nao",
        "title": "Bạn muốn Trang thông tin điện tử đăng thêm nội dung nào?",
        "intro": (
            "Ban Biên tập đang xây dựng kế hoạch nội dung năm 2027. Xin bạn chọn một nội dung "
            "bạn muốn đọc nhiều hơn trên Trang."
        ),
        "opens": -12,
        "closes": 30,
        "results_visibility": PollPage.ResultsVisibility.AFTER_VOTING,
        "answers": [
            ("Tin hoạt động của các tổ chức cơ sở đảng", 86),
            ("Văn bản, hướng dẫn nghiệp vụ công tác đảng", 64),
            ("Gương điển hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 52),
            ("Ảnh, video về hoạt động của Đảng bộ Khối", 38),
            ("Hỏi – đáp về chính sách, pháp luật", 27),
        ],
    },
    {
        "slug": "danh-gia-giao-dien-moi-cua-trang",
        "title": "Bạn đánh giá thế nào về giao diện mới của Trang thông tin điện tử?",
        "intro": "Sau khi nâng cấp, Trang có giao diện mới, dễ đọc hơn trên điện thoại.",
        "opens": -75,
        "closes": -45,
        "results_visibility": PollPage.ResultsVisibility.AFTER_CLOSE,
        "answers": [
            ("Rất dễ sử dụng", 142),
            ("Dễ sử dụng", 205),
            ("Bình thường", 61),
            ("Khó sử dụng", 17),
        ],
    },
]


def _votes(poll, spec, now):
    """The votes of ``spec`` spread evenly over the hours the poll has been open."""
    start = poll.opens_at.replace(minute=0, second=0, microsecond=0)
    end = min(now, poll.closes_at)
    hours = max(1, int((end - start).total_seconds() // 3600))
    options = {option.label: option for option in poll.options.all()}
    votes = []
    for label, count in spec["answers"]:
        for n in range(count):
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
    index, _created = child_page(
        home,
        PollIndexPage,
        INDEX_SLUG,
        publish=True,
        title=INDEX_TITLE,
        intro=INDEX_INTRO,
        show_in_menus=True,
    )
    for spec in POLLS:
        poll, created = child_page(
            index,
            PollPage,
            spec["slug"],
            title=spec["title"],
            intro=spec["intro"],
            opens_at=now + datetime.timedelta(days=spec["opens"]),
            closes_at=now + datetime.timedelta(days=spec["closes"]),
            results_visibility=spec["results_visibility"],
            options=[PollOption(label=label) for label, _count in spec["answers"]],
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
