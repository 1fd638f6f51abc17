"""A report's tables as CSV (UTF-8 with BOM) or XLSX (a named sheet per table).

Built on ``portal.exports``: dates day first in Vietnam time, formulas neutralised, sheets
named and columns as wide as what they hold. The figures are the page's own tables.
"""

from __future__ import annotations

import csv
import datetime
import io
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone
from django.utils.functional import Promise
from openpyxl import Workbook
from openpyxl.styles import Font

from portal.exports import BOM, fill_sheet, local_text, local_time, neutralise, sheet_name

from .tables import Table

FORMATS = ("csv", "xlsx")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _cell(value: object, for_xlsx: bool) -> object:
    if isinstance(value, Promise):  # a translated label
        value = str(value)
    if isinstance(value, datetime.datetime):
        return local_time(value) if for_xlsx else local_text(timezone.localtime(value))
    if isinstance(value, datetime.date):
        return value if for_xlsx else local_text(value)
    if isinstance(value, Decimal):
        return float(value) if for_xlsx else str(value)
    return neutralise(value) if isinstance(value, str) else value


def _filename(name: str, extension: str) -> str:
    return f"{name}-{timezone.localdate():%Y%m%d}.{extension}"


def csv_response(tables: list[Table], name: str, heading: str) -> HttpResponse:
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer)
    writer.writerow([neutralise(heading)])
    for table in tables:
        writer.writerow([])
        writer.writerow([neutralise(table.title)])
        writer.writerow([neutralise(h) for h in table.headings])
        for row in table.all_rows():
            writer.writerow([_cell(value, False) for value in row])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(name, "csv")}"'
    return response


def xlsx_response(tables: list[Table], name: str) -> HttpResponse:
    workbook = Workbook()
    first = workbook.active
    assert first is not None  # a new workbook has one sheet
    workbook.remove(first)
    used: set[str] = set()
    for table in tables:
        title = sheet_name(table.title)
        while title in used:  # Excel refuses two sheets of one name
            title = sheet_name(f"{title[:28]} {len(used)}")
        used.add(title)
        sheet = workbook.create_sheet(title)
        rows = [[_cell(value, True) for value in row] for row in table.all_rows()]
        fill_sheet(sheet, [str(h) for h in table.headings], rows)
        if table.footer:
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
    output = io.BytesIO()
    workbook.save(output)
    response = HttpResponse(output.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{_filename(name, "xlsx")}"'
    return response
