"""The demo newsroom: units, outlets, generated news, drafts in every workflow step, schedule.

Everything is keyed by slug, title or code, so loading twice creates nothing new.
"""

import datetime
import random

from django.contrib.auth import get_user_model
from django.utils import timezone

from articles.models import ArticleIndexPage, ArticleKind, ArticlePage, Outlet, TopicSeries
from demo.datafiles import read
from demo.pages import child_page, listing_page
from demo.textgen import template_slots
from portal.dates import week_start
from portal.text import slugify
from schedule.models import ScheduleEntry, WorkSchedulePage
from units.models import Unit, UnitIndexPage

SEED = 2026
FIRST_DAY = datetime.date(2026, 1, 5)
LAST_DAY = datetime.date(2026, 11, 27)
# A template naming a unit is used for several units; one naming a year, for two years.
INSTANCES_PER_UNIT_TEMPLATE = 8
YEARS = (2025, 2026)
IN_DEPTH_SECTIONS = {"nghien-cuu-trao-doi"}


def aware(day, hour=8, minute=0):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def random_day(rng, year=LAST_DAY.year):
    first, last = FIRST_DAY.replace(year=year), LAST_DAY.replace(year=year)
    return first + datetime.timedelta(days=rng.randrange((last - first).days))


def paragraphs_to_body(paragraphs, headings=()):
    """Plain paragraphs, with a heading before every second one when there are headings."""
    body = []
    headings = list(headings)
    for index, text in enumerate(paragraphs):
        if headings and index % 2 == 0 and index // 2 < len(headings):
            body.append({"type": "heading", "value": {"text": headings[index // 2], "level": "h2"}})
        body.append({"type": "paragraph", "value": f"<p>{text}</p>"})
    return body


class NewsroomLoader:
    """Loads newsroom data through ``site`` (a ``SiteLoader``: pictures, page helpers)."""

    def __init__(self, site):
        self.site = site
        self.rng = random.Random(SEED)
        self.kinds = {kind.slug: kind for kind in ArticleKind.objects.all()}

    # Lists ------------------------------------------------------------------------------

    def load_lists(self):
        lists = read("newsroom")
        for spec in lists["units"]:
            parent = (
                Unit.objects.filter(short_code=spec["parent"]).first() if spec["parent"] else None
            )
            Unit.objects.get_or_create(
                short_code=spec["short_code"],
                defaults={**spec, "parent": parent},
            )
        for spec in lists["outlets"]:
            Outlet.objects.get_or_create(name=spec["name"], defaults=spec)
        for spec in lists["topics"]:
            TopicSeries.objects.get_or_create(slug=spec["slug"], defaults=spec)
        self.units = list(Unit.objects.order_by("short_code"))
        self.writing_units = [
            u for u in self.units if u.kind in (Unit.Kind.PARTY_ORGANISATION, Unit.Kind.PARTY_CELL)
        ]
        self.outlets = {outlet.name: outlet for outlet in Outlet.objects.all()}
        self.topics = {topic.slug: topic for topic in TopicSeries.objects.all()}

    # Articles ---------------------------------------------------------------------------

    def _article(self, section, slug, tags=(), **fields):
        page = self.site.child(section, ArticlePage, slug, **fields)
        if tags and not page.tags.exists():
            page.tags.add(*tags)
            page.save_revision().publish()
        if page.live and page.first_published_at != fields["date"]:
            ArticlePage.objects.filter(pk=page.pk).update(
                first_published_at=fields["date"], last_published_at=fields["date"]
            )
        return page

    def load_rich_articles(self, sections):
        """The hand-written articles, with the newsroom's classification."""
        for index, spec in enumerate(read("articles")["articles"]):
            long_read = len(spec["body"]) > 8
            kind = (
                "bai-chuyen-sau"
                if spec["section"] in IN_DEPTH_SECTIONS
                else ("bai" if long_read else "tin")
            )
            date = timezone.make_aware(datetime.datetime.strptime(spec["date"], "%Y-%m-%d %H:%M"))
            self._article(
                sections[spec["section"]],
                spec["slug"],
                title=spec["title"],
                sapo=spec["sapo"],
                byline=spec.get("byline", ""),
                date=date,
                kind=self.kinds[kind],
                author_category=("staff", "collaborator")[index % 2],
                unit=self.writing_units[index % len(self.writing_units)],
                featured_image=self.site.images[spec["image"]],
                body=self.site.body(spec["body"]),
            )

    def load_generated_articles(self, sections):
        people = read("newsroom")["people"]
        for template in read("article_templates")["templates"]:
            uses_unit = "{unit" in template["title"]
            units = (
                self.rng.sample(self.writing_units, INSTANCES_PER_UNIT_TEMPLATE)
                if uses_unit
                else [self.rng.choice(self.writing_units)]
            )
            for unit in units:
                day = random_day(self.rng)
                topic = self.topics[template["topic"]].name if template["topic"] else ""
                slots = template_slots(self.rng, unit.name, day, topic)
                title = template["title"].format(**slots)
                self._article(
                    sections[template["section"]],
                    slugify(title, max_length=80),
                    tags=template["tags"],
                    title=title,
                    sapo=template["sapo"].format(**slots),
                    date=aware(
                        day,
                        self.rng.choice((7, 8, 9, 10, 14, 15, 16)),
                        self.rng.choice((0, 15, 30, 45)),
                    ),
                    kind=self.kinds[template["kind"]],
                    author_category=template["author_category"],
                    unit=unit,
                    topic=self.topics.get(template["topic"]),
                    byline=self.rng.choice(people).split(",")[0].replace("đồng chí ", "").title(),
                    featured_image=self.site.images[template["image"]],
                    body=self.site.body(
                        paragraphs_to_body(
                            [p.format(**slots) for p in template["paragraphs"]],
                            [h.format(**slots) for h in template["headings"]],
                        )
                    ),
                )

    def load_outlet_items(self, sections):
        for item in read("outlet_items")["items"]:
            outlet = self.outlets[item["outlet"]]
            date = timezone.make_aware(datetime.datetime.strptime(item["date"], "%Y-%m-%d %H:%M"))
            self._article(
                sections[item["section"]],
                slugify(item["title"], max_length=80),
                tags=item.get("tags", ()),
                title=item["title"],
                sapo=item["sapo"],
                date=date,
                kind=self.kinds["tin-lien-ket"],
                author_category="collected",
                outlet=outlet,
                original_url=outlet.home_url + item["path"],
            )

    # Drafts waiting in the workflow ---------------------------------------------------------

    def load_workflow_drafts(self, section, workflow):
        """One article waiting at each step, and one sent back to its author."""
        User = get_user_model()
        people = {
            u.username: u
            for u in User.objects.filter(
                username__in=[
                    "congtacvien",
                    "bientapvien",
                    "bientapvien2",
                ]
            )
        }
        if len(people) < 3:
            return
        sent_back = ("bientapvien2", "Đề nghị bổ sung ảnh hoạt động và số liệu cụ thể.")
        steps = [  # (who approved, who sent it back): waiting at review, edit, approval; back
            ([], None),
            (["bientapvien"], None),
            (["bientapvien", "bientapvien2"], None),
            (["bientapvien"], sent_back),
        ]
        images = read("images")["images"]
        for index, (approvers, rejection) in enumerate(steps):
            unit = self.writing_units[index]
            page, created = child_page(
                section,
                ArticlePage,
                f"ban-thao-cho-duyet-{index + 1}",
                title=f"{unit.name} triển khai nhiệm vụ tháng 12",
                sapo=f"{unit.name} họp triển khai nhiệm vụ trọng tâm tháng 12 và quý I năm 2027.",
                kind=self.kinds["tin"],
                author_category="collaborator",
                author=people["congtacvien"],
                owner=people["congtacvien"],
                unit=unit,
                byline="Cộng tác viên " + unit.name,
                featured_image=self.site.images[images[index]["key"]],
                body=self.site.body(paragraphs_to_body(read("newsroom")["draft_paragraphs"])),
                live=False,
            )
            if not created:
                continue
            page.save_revision(user=people["congtacvien"])
            state = workflow.start(page, people["congtacvien"])
            for username in approvers:
                state.refresh_from_db()
                state.current_task_state.specific.approve(user=people[username])
            if rejection:
                state.refresh_from_db()
                username, comment = rejection
                state.current_task_state.specific.reject(user=people[username], comment=comment)

    # Pages for units and the schedule -------------------------------------------------------

    def load_unit_page(self, parent):
        listing_page(parent, UnitIndexPage, read("newsroom")["units_page"])

    def load_schedule(self, home):
        schedule = read("schedule")
        page, _created = listing_page(home, WorkSchedulePage, schedule["page"], show_in_menus=True)
        if ScheduleEntry.objects.exists():
            return page
        monday = week_start(timezone.localdate())
        for week, entries in enumerate((schedule["this_week"], schedule["next_week"])):
            for spec in entries:
                hour, minute = (int(part) for part in spec["time"].split(":"))
                entry = ScheduleEntry(
                    date=monday + datetime.timedelta(days=7 * week + spec["weekday"]),
                    start_time=datetime.time(hour, minute),
                    content=spec["content"],
                    presides=spec["presides"],
                    participants=spec["participants"],
                    place=spec["place"],
                    live=False,
                )
                entry.save()
                entry.save_revision().publish()
        return page


def sections_by_slug(home):
    return {page.slug: page for page in ArticleIndexPage.objects.descendant_of(home)}
