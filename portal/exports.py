"""Spreadsheet exports that open correctly in Excel on Vietnamese Windows and stay inert."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import Any

from django.db.models import QuerySet
from wagtail.admin.views.mixins import SpreadsheetExportMixin

BOM = "\ufeff"
# A cell starting with one of these is run as a formula by spreadsheet programs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """'=HYPERLINK(...)' is exported as text: a leading apostrophe stops the formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeSpreadsheetExportMixin(SpreadsheetExportMixin):
    """CSV with a byte-order mark (so Excel reads UTF-8) and no formulas; XLSX first."""

    def stream_csv(self, queryset: QuerySet) -> Iterator[str]:
        yield BOM
        yield from super().stream_csv(queryset)

    def write_csv_row(self, writer: csv.DictWriter[str], row_dict: dict[str, Any]) -> Any:
        return writer.writerow(
            {
                field: neutralise(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )
