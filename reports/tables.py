"""A report's figures as plain tables: the page, the CSV and the XLSX all show these."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Table:
    key: str
    title: str
    headings: list[str]
    rows: list[list[object]] = field(default_factory=list)
    footer: list[object] | None = None  # the totals row
    numeric_from: int = 1  # columns from this one on are figures (right-aligned)

    def all_rows(self) -> list[list[object]]:
        return [*self.rows, *([self.footer] if self.footer else [])]


def percentage(achieved: int, target: int) -> float | None:
    """Achieved as a percentage of the target, one decimal; None without a target."""
    return round(100 * achieved / target, 1) if target else None
