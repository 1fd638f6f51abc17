"""The table block: a hint on adding rows and columns, a translated context menu, no empty
trailing rows or columns once published; relative times in the admin in Vietnamese."""

import copy
from datetime import timedelta

from django.contrib.humanize.templatetags.humanize import naturaltime
from django.utils import timezone, translation

from portal.blocks import BaseStreamBlock, trim_table
from portal.wagtail_hooks import table_menu_in_the_admin_language, table_menu_phrases

TABLE = BaseStreamBlock.base_blocks["table"]


def table(data, **extra):
    return {"data": data, "table_header_choice": "row", **extra}


def test_empty_trailing_rows_and_columns_are_dropped():
    value = table(
        [["Năm", "Số đảng viên", "", None], ["2024", "120", " ", None], ["", None, "", ""]],
        cell=[{"row": 2, "col": 0, "className": "htLeft"}, {"row": 0, "col": 1}],
    )
    trimmed = trim_table(value)
    assert trimmed["data"] == [["Năm", "Số đảng viên"], ["2024", "120"]], trimmed["data"]
    assert trimmed["cell"] == [{"row": 0, "col": 1}], "settings of dropped cells go with them"
    assert value["data"][2] == ["", None, "", ""], "the stored value itself is not changed"


def test_an_empty_cell_inside_the_table_is_kept():
    value = table([["A", ""], ["", "D"]])
    assert trim_table(value)["data"] == [["A", ""], ["", "D"]]


def test_a_wholly_empty_table_keeps_one_cell():
    assert trim_table(table([["", ""], [None, ""]]))["data"] == [[""]]


def test_publishing_drops_them_and_a_draft_keeps_them():
    data = [["Năm", ""], ["", ""]]
    assert TABLE.clean(table([row[:] for row in data]))["data"] == [["Năm"]]
    draft = copy.deepcopy(TABLE)
    draft.defer_required_validation()
    assert draft.clean(table([row[:] for row in data]))["data"] == data


def test_readers_see_no_empty_trailing_row():
    html = TABLE.render(table([["Năm", "Số"], ["2024", "5"], ["", ""]]))
    assert html.count("<tr") == 2, html


def test_the_writer_is_told_how_to_add_rows_and_columns():
    with translation.override("vi"):
        help_text = str(TABLE.field.help_text)
    assert "chèn hàng" in help_text and "cột" in help_text, help_text


def test_the_context_menu_phrases_are_vietnamese():
    with translation.override("vi"):
        phrases = table_menu_phrases()
        html = table_menu_in_the_admin_language()
    assert phrases["ContextMenu:items.insertRowAbove"] == "Chèn hàng phía trên"
    assert phrases["ContextMenu:items.removeColumn"] == ["Xóa cột", "Xóa các cột"]
    assert "portal/js/table-language.js" in html
    assert TABLE.table_options["language"] in html, "registered under the code the block asks for"


def test_relative_times_are_vietnamese():
    with translation.override("vi"):
        text = str(naturaltime(timezone.now() - timedelta(seconds=52)))
    assert text.replace("\xa0", " ") == "52 giây trước", text
