"""The yearly award's ranking of authors and units by quantity and quality (grades).

Points = Σ points of each item's grade, plus one point per ``views_per_point`` reader views
of those items in the period (settings); ranked by points, then by items. Items linking to
outlets and collected items do not count.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.db.models import Count
from django.utils.translation import gettext as _

from articles.models import AuthorCategory
from editorial.models import Grade
from portal.text import group_thousands
from units.models import Unit
from visits.queries import views_of_pages

from .figures import author_name, published
from .models import ReportSettings
from .periods import Period
from .tables import Table

GRADES = (Grade.A, Grade.B, Grade.C)


def formula(scale: ReportSettings) -> str:
    figures = {
        "a": scale.points_a,
        "b": scale.points_b,
        "c": scale.points_c,
        "other": scale.points_ungraded,
        "views": group_thousands(scale.views_per_point),
    }
    if scale.views_per_point:
        return (
            _(
                "Points = %(a)s × grade A items + %(b)s × grade B items + %(c)s × grade C "
                "items + %(other)s × other items + 1 per %(views)s reader views of these "
                "items; ties go to the larger number of items."
            )
            % figures
        )
    return (
        _(
            "Points = %(a)s × grade A items + %(b)s × grade B items + %(c)s × grade C items "
            "+ %(other)s × other items; ties go to the larger number of items."
        )
        % figures
    )


def _views_by(period: Period, key: str, items: Any) -> dict[Any, int]:
    """Reader views in the period of ``items``, summed by ``key`` (author or unit)."""
    subject_of = dict(items.values_list("pk", key))
    views: dict[Any, int] = defaultdict(int)
    for page_id, count in views_of_pages(period.start, period.end, items.values("pk")).items():
        views[subject_of[page_id]] += count
    return views


def _ranking(period: Period, key: str, names: dict[Any, str], author: Any, title: str) -> Table:
    scale = ReportSettings.load()
    points = scale.points()
    counted = (
        published(period, author)
        .exclude(kind__links_to_outlet=True)
        .exclude(author_category=AuthorCategory.COLLECTED)
        .exclude(**{key: None})
        .order_by()
    )
    items = counted.values(key, "grade__grade").annotate(n=Count("pk"))
    by_grade: dict[Any, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for entry in items:
        by_grade[entry[key]][entry["grade__grade"] or ""] += entry["n"]
    views = _views_by(period, key, counted)
    rows = []
    for subject, grades in by_grade.items():
        count = sum(grades.values())
        score = sum(points[grade] * n for grade, n in grades.items())
        if scale.views_per_point:
            score += views[subject] // scale.views_per_point
        graded = [grades.get(grade, 0) for grade in GRADES]
        rows.append([names.get(subject, str(subject)), count, *graded, views[subject], score])
    rows.sort(key=lambda row: (-row[-1], -row[1], str(row[0])))
    return Table(
        key.split("_")[0] + "s",
        title,
        [
            _("Rank"),
            _("Name"),
            _("Items"),
            _("Grade A"),
            _("Grade B"),
            _("Grade C"),
            _("Reader views"),
            _("Points"),
        ],
        [[rank, *row] for rank, row in enumerate(rows, start=1)],
        numeric_from=2,
    )


def author_ranking(period: Period, author: Any = None) -> Table:
    entries = (
        published(period, author)
        .exclude(author=None)
        .order_by()
        .values("author_id", "author__first_name", "author__last_name", "author__username")
        .distinct()
    )
    names = {entry["author_id"]: author_name(entry) for entry in entries}
    return _ranking(period, "author_id", names, author, _("Authors"))


def unit_ranking(period: Period) -> Table:
    names = dict(Unit.objects.values_list("pk", "name"))
    return _ranking(period, "unit_id", names, None, _("Units"))
