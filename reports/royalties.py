"""The monthly royalty sheet: each own item published in the month, its grade and amount.

Amount = coefficient (by kind and grade, from the editable scale) × the value of one
coefficient unit. Items linking to an outlet and collected items carry no royalty and are
left out; an item nobody graded is listed with no amount, so that it is noticed.
The scale is read when the sheet is drawn: change it before the month's sheet is paid.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.utils.translation import gettext as _

from articles.models import AuthorCategory
from editorial.models import Grade

from .figures import author_name, published
from .models import PAID_GRADES, ReportSettings
from .periods import Period
from .tables import Table


def grade_text(grade: str) -> str:
    """A, B, C as they are; otherwise why the item has no grade."""
    if grade in PAID_GRADES:
        return grade
    return _("Not graded") if grade == Grade.NONE else _("Not graded yet")


def royalty_items(period: Period, author: Any = None):
    return (
        published(period, author)
        .exclude(kind__links_to_outlet=True)
        .exclude(author_category=AuthorCategory.COLLECTED)
        .order_by("date", "pk")
        .values(
            "pk",
            "title",
            "date",
            "kind__name",
            "kind__slug",
            "unit__name",
            "byline",
            "author__first_name",
            "author__last_name",
            "author__username",
            "grade__grade",
        )
    )


def royalty_table(period: Period, author: Any = None) -> Table:
    scale = ReportSettings.load()
    coefficients = scale.coefficients()
    rows: list[list[object]] = []
    total = Decimal(0)
    for entry in royalty_items(period, author):
        grade = entry["grade__grade"] or ""
        coefficient = coefficients.get((entry["kind__slug"], grade))
        amount: object = ""
        if coefficient is not None:
            value = (coefficient * scale.coefficient_value).quantize(
                Decimal(1), rounding=ROUND_HALF_UP
            )
            total += value
            amount = int(value)
        writer = author_name(entry) if entry["author__username"] else entry["byline"]
        rows.append(
            [
                entry["title"],
                entry["date"],
                writer,
                entry["unit__name"] or "",
                entry["kind__name"] or "",
                grade_text(grade),
                coefficient if coefficient is not None else "",
                amount,
            ]
        )
    return Table(
        "royalties",
        _("Royalties"),
        [
            _("Item"),
            _("Published"),
            _("Author"),
            _("Unit"),
            _("Kind"),
            _("Grade"),
            _("Coefficient"),
            _("Amount (VND)"),
        ],
        rows,
        [_("Total"), "", "", "", "", "", "", int(total)],
        numeric_from=6,
    )


def payment_table(sheet: Table) -> Table:
    """What the accounting office pays and has signed for: one line per author with their
    items paid and the sum, and an empty "signature" column, as payment lists are printed."""
    by_author: dict[tuple[str, str], list[int]] = {}
    for row in sheet.rows:
        writer, unit, amount = str(row[2]), str(row[3]), row[7]
        if isinstance(amount, int):
            paid = by_author.setdefault((writer, unit), [0, 0])
            paid[0] += 1
            paid[1] += amount
    rows: list[list[object]] = [
        [number, writer, unit, items, amount, ""]
        for number, ((writer, unit), (items, amount)) in enumerate(
            sorted(by_author.items()), start=1
        )
    ]
    total = sum(amount for _key, (_items, amount) in by_author.items())
    return Table(
        "payments",
        _("Payment list"),
        [_("No."), _("Author"), _("Unit"), _("Items paid"), _("Amount (VND)"), _("Signature")],
        rows,
        [_("Total"), "", "", sum(items for items, _amount in by_author.values()), total, ""],
        numeric_from=3,
    )
