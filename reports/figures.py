"""The contribution report's figures, counted by the database in a few GROUP BY queries.

An item is a live article whose date (the date shown to readers, which is the first
publication unless someone set another) falls in the period, in Vietnam days.

What counts towards a quota ("achieved"): the period's items written by the unit, or by the
author group, except items that only link to another outlet's article (tin liên kết). The
seed's "office staff reached 78%" is 62 tin + 16 bài = 78 items against a quota of 100.
The overall quota is the one set with neither unit nor group, else the sum of the groups'.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext as _

from articles.models import ArticleKind, ArticlePage, AuthorCategory
from units.models import Unit

from .models import Quota
from .periods import Period
from .tables import Table, percentage

Counts = dict[tuple[Any, int | None], int]  # (row key, kind id) -> items


def published(period: Period, author: Any = None) -> QuerySet[ArticlePage]:
    """The period's items; only ``author``'s when given (a contributor's own figures)."""
    start, after = period.bounds()
    items = ArticlePage.objects.live().filter(date__gte=start, date__lt=after)
    return items.filter(author=author) if author is not None else items


def _counts(items: QuerySet[ArticlePage], row: str) -> Counts:
    grouped = items.order_by().values(row, "kind_id").annotate(n=Count("pk"))
    return {(entry[row], entry["kind_id"]): entry["n"] for entry in grouped}


def _row_figures(counts: Counts, key: Any, kinds: list[ArticleKind]) -> list[int]:
    figures = [counts.get((key, kind.pk), 0) for kind in kinds]
    return [*figures, sum(figures)]


def _own_work(counts: Counts, key: Any, outlet_kinds: set[int]) -> int:
    """Items counted towards a quota: all but links to outlets."""
    return sum(n for (row, kind), n in counts.items() if row == key and kind not in outlet_kinds)


def _kind_headings(first: str, kinds: Iterable[ArticleKind]) -> list[str]:
    return [first, *(kind.name for kind in kinds), _("Total")]


def _totals(rows: list[list[object]], label: str) -> list[object]:
    columns = zip(*(row[1:] for row in rows), strict=True) if rows else []
    return [label, *(sum(int(v) for v in column if isinstance(v, int)) for column in columns)]


class ContributionFigures:
    """Everything the contribution report shows for a period (and an author, for a contributor)."""

    def __init__(self, period: Period, author: Any = None) -> None:
        self.period = period
        self.author = author
        self.items = published(period, author)
        self.kinds = list(ArticleKind.objects.order_by("sort_order", "pk"))
        self.outlet_kinds = {kind.pk for kind in self.kinds if kind.links_to_outlet}
        self.by_category = _counts(self.items, "author_category")
        self.by_unit = _counts(self.items, "unit_id")
        self.quotas = (
            list(Quota.objects.filter(year=period.year).select_related("unit"))
            if period.year
            else []
        )

    @property
    def total(self) -> int:
        return sum(self.by_category.values())

    def category_table(self) -> Table:
        rows: list[list[object]] = [
            [str(category.label), *_row_figures(self.by_category, category.value, self.kinds)]
            for category in AuthorCategory
        ]
        return Table(
            "categories",
            _("By author group and kind"),
            _kind_headings(_("Author group"), self.kinds),
            rows,
            _totals(rows, _("Total")),
        )

    def units(self) -> list[Unit]:
        """Every active unit, publishing or not (a contributor: only units they wrote for)."""
        units = Unit.objects.order_by("name")
        with_items = {key for key, _kind in self.by_unit if key is not None}
        if self.author is not None:
            return list(units.filter(pk__in=with_items))
        return list(units.filter(Q(active=True) | Q(pk__in=with_items)))

    def unit_table(self) -> Table:
        quotas = {q.unit_id: q.target for q in self.quotas if q.unit_id}
        rows: list[list[object]] = []
        for unit in self.units():
            achieved = _own_work(self.by_unit, unit.pk, self.outlet_kinds)
            target = quotas.get(unit.pk)
            rows.append(
                [
                    unit.name,
                    *_row_figures(self.by_unit, unit.pk, self.kinds),
                    target if target is not None else "",
                    percentage(achieved, target) if target else "",
                ]
            )
        if any(key is None for key, _kind in self.by_unit):
            rows.append(
                [_("No unit (outlets)"), *_row_figures(self.by_unit, None, self.kinds), "", ""]
            )
        footer = _totals([row[:-2] for row in rows], _("Total"))
        return Table(
            "units",
            _("By unit and kind"),
            [*_kind_headings(_("Unit"), self.kinds), _("Quota"), _("% of quota")],
            rows,
            [*footer, "", ""],
        )

    def quota_table(self) -> Table:
        """Achieved, quota and percentage per group, per unit and overall."""
        rows: list[list[object]] = []
        group_targets = 0
        overall_target = None
        for quota in sorted(self.quotas, key=lambda q: (bool(q.unit_id), q.subject())):
            if quota.unit_id:
                achieved = _own_work(self.by_unit, quota.unit_id, self.outlet_kinds)
            elif quota.author_category:
                achieved = _own_work(self.by_category, quota.author_category, self.outlet_kinds)
                group_targets += quota.target
            else:
                overall_target = quota.target
                continue
            rows.append(
                [quota.subject(), achieved, quota.target, percentage(achieved, quota.target)]
            )
        target = overall_target if overall_target is not None else group_targets
        if target:
            achieved = sum(
                n for (_row, kind), n in self.by_category.items() if kind not in self.outlet_kinds
            )
            rows.append([_("All items"), achieved, target, percentage(achieved, target)])
        return Table(
            "quotas",
            _("Achieved against the year's quota"),
            [_("Unit or group"), _("Achieved"), _("Quota"), _("% of quota")],
            rows,
        )

    def author_table(self) -> Table:
        counts = _counts(self.items.exclude(author=None), "author_id")
        authors = {
            entry["author_id"]: entry
            for entry in self.items.exclude(author=None)
            .order_by()
            .values("author_id", "author__first_name", "author__last_name", "author__username")
            .distinct()
        }
        rows: list[list[object]] = [
            [author_name(entry), *_row_figures(counts, author_id, self.kinds)]
            for author_id, entry in authors.items()
        ]
        rows.sort(key=lambda row: (-int(str(row[-1])), str(row[0])))
        return Table(
            "authors",
            _("By author"),
            _kind_headings(_("Author"), self.kinds),
            rows,
            _totals(rows, _("Total")) if rows else None,
        )

    def month_table(self) -> Table:
        months = (
            self.items.order_by()
            .annotate(month=TruncMonth("date"))
            .values("month")
            .annotate(n=Count("pk"))
            .order_by("month")
        )
        rows: list[list[object]] = [
            [entry["month"].strftime("%m/%Y"), entry["n"]] for entry in months
        ]
        return Table("months", _("By month"), [_("Month"), _("Items")], rows)

    def tables(self) -> list[Table]:
        tables = [self.category_table(), self.unit_table()]
        if self.author is None and self.quotas:
            tables.append(self.quota_table())
        return [*tables, self.author_table(), self.month_table()]


def author_name(entry: dict[str, Any]) -> str:
    full = f"{entry['author__first_name']} {entry['author__last_name']}".strip()  # as the admin
    return full or entry["author__username"]
