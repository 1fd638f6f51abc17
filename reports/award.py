"""The yearly award's ranking of authors and units by quantity and quality (grades).

Points = Σ points of each item's grade (settings); ranked by points, then by items. Items
linking to outlets and collected items do not count. Reader views are not counted yet.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.db.models import Count
from django.utils.translation import gettext as _

from articles.models import AuthorCategory
from editorial.models import Grade
from units.models import Unit

from .figures import author_name, published
from .models import ReportSettings
from .periods import Period
from .tables import Table

GRADES = (Grade.A, Grade.B, Grade.C)


def formula(scale: ReportSettings) -> str:
    return _(
        "Points = %(a)s × grade A items + %(b)s × grade B items + %(c)s × grade C items "
        "+ %(other)s × other items; ties go to the larger number of items."
    ) % {
        "a": scale.points_a,
        "b": scale.points_b,
        "c": scale.points_c,
        "other": scale.points_ungraded,
    }


def _ranking(period: Period, key: str, names: dict[Any, str], author: Any, title: str) -> Table:
    scale = ReportSettings.load()
    points = scale.points()
    items = (
        published(period, author)
        .exclude(kind__links_to_outlet=True)
        .exclude(author_category=AuthorCategory.COLLECTED)
        .exclude(**{key: None})
        .order_by()
        .values(key, "grade__grade")
        .annotate(n=Count("pk"))
    )
    by_grade: dict[Any, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for entry in items:
        by_grade[entry[key]][entry["grade__grade"] or ""] += entry["n"]
    rows = []
    for subject, grades in by_grade.items():
        count = sum(grades.values())
        score = sum(points[grade] * n for grade, n in grades.items())
        graded = [grades.get(grade, 0) for grade in GRADES]
        rows.append([names.get(subject, str(subject)), count, *graded, score])
    rows.sort(key=lambda row: (-row[-1], -row[1], str(row[0])))
    return Table(
        key.split("_")[0] + "s",
        title,
        [_("Rank"), _("Name"), _("Items"), _("Grade A"), _("Grade B"), _("Grade C"), _("Points")],
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
