"""Quotas, grades and a small hand-counted year of published items for the reports' tests."""

import datetime
from dataclasses import dataclass, field

import factory
from django.utils import timezone

from articles.models import ArticlePage
from editorial.models import ItemGrade
from portal import roles
from tests.accounts.factories import UserFactory
from tests.articles.factories import ArticleIndexPageFactory, OutletFactory, article_kind
from tests.units.factories import UnitFactory


class QuotaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "reports.Quota"

    year = 2025
    target = 10


def local(year, month, day, hour=9, minute=0):
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


def item(section, title, kind, date, grade=None, **fields):
    """A live item (no picture: the reports do not look at it), graded if ``grade``."""
    page = ArticlePage(
        title=title, kind=article_kind(kind), date=date, first_published_at=date, **fields
    )
    section.add_child(instance=page)
    if grade is not None:
        ItemGrade.objects.create(page=page, grade=grade)
    return page


@dataclass
class Year2025:
    """The fixture's figures, counted by hand (see ``build_year``)."""

    office: object
    member: object
    quiet: object
    staff: object
    collaborator: object
    pages: dict = field(default_factory=dict)


def build_year(home) -> Year2025:
    """In 2025: office staff 3 tin + 1 bài (unit VP), a collaborator 2 tin + 2 bài (unit X),
    2 collected outlet links, unit Z nothing. Outside: a 2024 item, a 01/01/2026 00:10 item,
    a draft. Quotas 2025: office staff 8 (50%), unit X 5 (80%)."""
    roles.ensure_groups()
    section = ArticleIndexPageFactory(parent=home, title="Tin tức")
    office = UnitFactory(name="Văn phòng thử", short_code="VP-T", kind="office")
    member = UnitFactory(name="Đảng bộ X", short_code="DB-X", kind="party")
    quiet = UnitFactory(name="Hội Z", short_code="HOI-Z", kind="mass")
    staff = UserFactory(username="canbo", first_name="Cán", last_name="Bộ", roles=[])
    collaborator = UserFactory(
        username="ctv", first_name="Cộng", last_name="Tác", roles=[roles.CONTRIBUTOR]
    )
    outlet = OutletFactory()
    year = Year2025(office, member, quiet, staff, collaborator)
    own = {"author_category": "staff", "unit": office, "author": staff}
    theirs = {"author_category": "collaborator", "unit": member, "author": collaborator}
    linked = {"author_category": "collected", "outlet": outlet}
    specs = [
        ("Tin VP 1", "tin", local(2025, 1, 13), "A", own),
        ("Tin VP 2", "tin", local(2025, 3, 2), "B", own),
        ("Tin VP 3", "tin", local(2025, 12, 31, 23, 30), None, own),  # last evening counts
        ("Bài VP", "bai", local(2025, 6, 1), "C", own),
        ("Bài X 1", "bai", local(2025, 2, 1), "A", theirs),
        ("Bài X 2", "bai", local(2025, 2, 15), "A", theirs),
        ("Tin X 1", "tin", local(2025, 4, 1), "B", theirs),
        ("Tin X 2", "tin", local(2025, 5, 1), "none", theirs),
        ("Liên kết 1", "tin-lien-ket", local(2025, 7, 1), None, linked),
        ("Liên kết 2", "tin-lien-ket", local(2025, 7, 2), "none", linked),
        ("Tin 2024", "tin", local(2024, 12, 31, 23, 59), "A", own),
        ("Tin 2026", "tin", local(2026, 1, 1, 0, 10), "A", own),
    ]
    for title, kind, date, grade, fields in specs:
        year.pages[title] = item(section, title, kind, date, grade, **fields)
    draft = item(section, "Bản nháp", "tin", local(2025, 8, 1), None, **own)
    ArticlePage.objects.filter(pk=draft.pk).update(live=False)
    QuotaFactory(year=2025, author_category="staff", target=8)
    QuotaFactory(year=2025, unit=member, target=5)
    return year
