"""The reports' figures against a year counted by hand (tests/reports/factories.py)."""

import datetime
from decimal import Decimal

from django.utils.translation import gettext as _

from articles.models import AuthorCategory
from reports.award import author_ranking, formula, unit_ranking
from reports.figures import ContributionFigures
from reports.models import ReportSettings
from reports.periods import Period, year_period
from reports.royalties import payment_table, royalty_table
from tests.visits.factories import PageViewsFactory

YEAR = year_period(2025)


def rows(table):
    return {row[0]: row[1:] for row in table.rows}


def test_by_author_group_and_kind(year):
    table = ContributionFigures(YEAR).category_table()
    assert table.headings[1:-1] == ["Tin", "Bài", "Bài chuyên sâu", "Tin liên kết"]
    assert rows(table) == {
        str(AuthorCategory.STAFF.label): [3, 1, 0, 0, 4],
        str(AuthorCategory.COLLABORATOR.label): [2, 2, 0, 0, 4],
        str(AuthorCategory.COLLECTED.label): [0, 0, 0, 2, 2],
    }
    assert table.footer[1:] == [5, 3, 0, 2, 10]


def test_by_unit_lists_a_unit_with_nothing(year):
    table = ContributionFigures(YEAR).unit_table()
    figures = rows(table)
    assert figures["Văn phòng thử"] == [3, 1, 0, 0, 4, "", ""]
    assert figures["Đảng bộ X"] == [2, 2, 0, 0, 4, 5, 80.0]
    assert figures["Hội Z"] == [0, 0, 0, 0, 0, "", ""], "a unit with nothing is listed"
    assert figures[_("No unit (outlets)")] == [0, 0, 0, 2, 2, "", ""]


def test_quotas_per_group_unit_and_overall(year):
    assert rows(ContributionFigures(YEAR).quota_table()) == {
        str(AuthorCategory.STAFF.label): [4, 8, 50.0],
        "Đảng bộ X": [4, 5, 80.0],
        _("All items"): [8, 8, 100.0],  # the groups' quotas added up; outlet links not counted
    }


def test_by_author_most_first(year):
    table = ContributionFigures(YEAR).author_table()
    assert [row[0] for row in table.rows] == ["Cán Bộ", "Cộng Tác"]
    assert table.footer[-1] == 8


def test_a_period_of_days(year):
    figures = ContributionFigures(
        Period(YEAR.start.replace(month=2), YEAR.end.replace(month=2, day=28))
    )
    assert figures.total == 2


def test_royalty_amounts(year):
    table = royalty_table(YEAR)
    by_title = {row[0]: row for row in table.rows}
    assert set(by_title) == {
        "Tin VP 1",
        "Tin VP 2",
        "Tin VP 3",
        "Bài VP",
        "Bài X 1",
        "Bài X 2",
        "Tin X 1",
        "Tin X 2",
    }
    assert by_title["Tin VP 1"][5:] == ["A", Decimal("1.5"), 150_000]
    assert by_title["Tin VP 3"][5:] == [_("Not graded yet"), "", ""]
    assert by_title["Bài VP"][6:] == [Decimal("1.5"), 150_000]
    assert by_title["Bài X 1"][6:] == [Decimal("3.0"), 300_000]
    assert by_title["Tin X 2"][6:] == ["", ""], "graded 'none': no royalty"
    assert table.footer[-1] == 1_100_000

    payments = payment_table(table)
    assert payments.rows == [
        [1, "Cán Bộ", "Văn phòng thử", 3, 400_000, ""],
        [2, "Cộng Tác", "Đảng bộ X", 3, 700_000, ""],
    ], "one line per author to sign, ungraded items left out"
    assert payments.footer[3:5] == [6, 1_100_000]


def test_royalty_scale_is_editable(year):
    from reports.models import ReportSettings, RoyaltyRate
    from tests.articles.factories import article_kind

    scale = ReportSettings.load()
    scale.coefficient_value = 200_000
    scale.save()
    RoyaltyRate.objects.create(settings=scale, kind=article_kind("bai"), grade="A", coefficient=4)
    by_title = {row[0]: row for row in royalty_table(YEAR).rows}
    assert by_title["Bài X 1"][-1] == 800_000
    assert by_title["Tin VP 1"][-1] == 300_000


def test_award_ranking_order(year):
    authors = author_ranking(YEAR)
    assert [row[:3] for row in authors.rows] == [[1, "Cộng Tác", 4], [2, "Cán Bộ", 4]]
    assert [row[-1] for row in authors.rows] == [27, 20]
    units = unit_ranking(YEAR)
    assert [(row[1], row[-1]) for row in units.rows] == [("Đảng bộ X", 27), ("Văn phòng thử", 20)]


def test_reader_views_add_award_points_as_the_settings_say(year):
    pages = year.pages
    PageViewsFactory(page=pages["Tin VP 1"], day=datetime.date(2025, 3, 1), views=5_000)
    PageViewsFactory(page=pages["Tin VP 2"], day=datetime.date(2025, 12, 31), views=3_500)
    # Outside the year, or of an item outside it: not counted.
    PageViewsFactory(page=pages["Tin VP 1"], day=datetime.date(2026, 1, 1), views=90_000)
    PageViewsFactory(page=pages["Tin 2024"], day=datetime.date(2025, 1, 5), views=90_000)
    authors = author_ranking(YEAR)
    # Cán Bộ: 20 points for grades + 8,500 views // 1,000 = 28, now ahead of Cộng Tác's 27.
    assert [(row[1], row[-2], row[-1]) for row in authors.rows] == [
        ("Cán Bộ", 8_500, 28),
        ("Cộng Tác", 0, 27),
    ]
    scale = ReportSettings.load()
    assert "1.000" in formula(scale), "the page shows how views count"
    scale.views_per_point = 0  # views do not count
    scale.save()
    assert [row[-1] for row in author_ranking(YEAR).rows] == [27, 20]
    assert "1.000" not in formula(scale)
