"""Spreadsheet exports that open correctly in Excel on Vietnamese Windows and stay inert.

Times are written as the admin shows them: in the site's time zone (``TIME_ZONE``, Vietnam
time), day first. Wagtail's own export writes UTC, which puts a message received before
07:00 on the day before.
"""

from __future__ import annotations

import csv
import datetime
import re
from collections.abc import Iterable, Iterator
from typing import IO, Any

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.encoding import force_str
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from .dates import short_date

BOM = "\ufeff"
# A cell starting with one of these is run as a formula by spreadsheet programs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """'=HYPERLINK(...)' is exported as text: a leading apostrophe stops the formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


# Excel's number formats and the text written to CSV, as the admin shows them.
XLSX_DATETIME = "dd/mm/yyyy hh:mm"
XLSX_DATE = "dd/mm/yyyy"
MIN_WIDTH, MAX_WIDTH = 8, 60  # column widths, in characters
# What Excel forbids in a sheet's name, and the longest name it takes.
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_LENGTH = 31


def local_time(value: datetime.datetime) -> datetime.datetime:
    """``value`` in the site's time zone, without zone information (as Excel stores it)."""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(tzinfo=None)


def local_text(value: datetime.date) -> str:
    return short_date(value)


def sheet_name(title: object) -> str:
    name = SHEET_NAME_FORBIDDEN.sub(" ", force_str(title)).strip()
    return name[:SHEET_NAME_LENGTH].strip() or "Sheet1"


def column_width(values: Iterable[object]) -> float:
    """Wide enough for the longest line shown in a column, within bounds."""
    longest = 0
    for value in values:
        if isinstance(value, datetime.datetime):
            length = len("00/00/0000 00:00")
        elif isinstance(value, datetime.date):
            length = len("00/00/0000")
        elif value is None:
            length = 0
        else:
            length = max((len(line) for line in str(value).splitlines()), default=0)
        longest = max(longest, length)
    return min(max(longest + 2, MIN_WIDTH), MAX_WIDTH)


def fill_sheet(sheet: Any, headings: list[Any], rows: list[list[Any]]) -> None:
    """Write a sheet as every export does: bold frozen headings, no formulas, dates day
    first, long text wrapped, columns as wide as what they hold."""
    from openpyxl.styles import Alignment, Font

    sheet.append(headings)
    for row in rows:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for row_cells in sheet.iter_rows(min_row=2):
        for cell in row_cells:
            if cell.data_type == "f":  # never a formula, whatever openpyxl guessed
                cell.data_type = "s"
            if isinstance(cell.value, datetime.datetime):
                cell.number_format = XLSX_DATETIME
            elif isinstance(cell.value, datetime.date):
                cell.number_format = XLSX_DATE
            elif isinstance(cell.value, str) and len(cell.value) > MAX_WIDTH:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    # Rows may be shorter than the headings (a totals row, an empty table's footer).
    lines = [headings, *rows]
    for index in range(max(len(line) for line in lines)):
        letter = sheet.cell(row=1, column=index + 1).column_letter
        column = [line[index] for line in lines if index < len(line)]
        sheet.column_dimensions[letter].width = column_width(column)


class SafeSpreadsheetExportMixin(SpreadsheetExportMixin):
    """CSV with a byte-order mark (so Excel reads UTF-8) and no formulas; XLSX first.

    Times in Vietnam time, day first; the sheet is named (``export_sheet_title``, else the
    view's title) and its columns are as wide as what they hold.
    """

    export_sheet_title: object = None
    custom_value_preprocess = {
        # A datetime is a date too: it is looked up first.
        datetime.datetime: {
            SpreadsheetExportMixin.FORMAT_XLSX: local_time,
            SpreadsheetExportMixin.FORMAT_CSV: local_text,
        },
        datetime.date: {
            SpreadsheetExportMixin.FORMAT_XLSX: None,
            SpreadsheetExportMixin.FORMAT_CSV: local_text,
        },
        datetime.time: {SpreadsheetExportMixin.FORMAT_XLSX: None},
        **{
            key: value
            for key, value in SpreadsheetExportMixin.custom_value_preprocess.items()
            if key not in (datetime.datetime, (datetime.date, datetime.time))
        },
    }

    def get_sheet_title(self, queryset: Any) -> object:
        if self.export_sheet_title:
            return self.export_sheet_title
        title = getattr(self, "page_title", None)
        if title:
            return title
        model = getattr(queryset, "model", None)
        return model._meta.verbose_name_plural if model is not None else ""

    def write_xlsx(self, queryset: Any, output: IO[bytes]) -> None:
        from openpyxl import Workbook

        headings = [self.get_heading(queryset, field) for field in self.list_export]
        rows = [
            [
                self.preprocess_field_value(field, value, self.FORMAT_XLSX)
                for field, value in self.to_row_dict(item).items()
            ]
            for item in queryset
        ]
        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None  # a new workbook has one sheet
        sheet.title = sheet_name(self.get_sheet_title(queryset))
        fill_sheet(sheet, headings, rows)
        workbook.save(output)

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
