"""The report pages, their exports, who sees what, and the grade from the approval dialog."""

import csv
import io
import json

import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from editorial.models import ItemGrade
from reports.exports import XLSX_TYPE
from reports.models import Quota
from tests.editorial.utils import article_form_data, create_article, workflow_action

YEAR_2025 = {"period": "year", "year": "2025"}


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def page_figures(html, key):
    """The figures of one table on the page, as the screen reader reads them."""
    part = html[html.index(f'id="report-{key}"') :]
    return part[: part.index("</table>")]


def test_contribution_page_shows_every_unit(chief):
    response = logged_in(chief).get(reverse("reports_contributions"), YEAR_2025)
    assert response.status_code == 200
    html = response.content.decode()
    units = page_figures(html, "units")
    assert "Hội Z" in units, "a unit with nothing is listed"
    assert "<svg" in html and 'aria-hidden="true"' in html, "a chart beside the tables"
    assert "10 " in html or ">10<" in html


def test_xlsx_export_holds_the_page_figures(chief):
    client = logged_in(chief)
    response = client.get(reverse("reports_contributions"), {**YEAR_2025, "format": "xlsx"})
    assert response["Content-Type"] == XLSX_TYPE
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    sheets = book.worksheets
    assert len(sheets) == 5
    categories = [[cell.value for cell in row] for row in sheets[0].iter_rows(min_row=2)]
    assert [row[1:] for row in categories] == [
        [3, 1, 0, 0, 4],
        [2, 2, 0, 0, 4],
        [0, 0, 0, 2, 2],
        [5, 3, 0, 2, 10],
    ]
    quotas = {row[0]: row[1:] for row in sheets[2].iter_rows(min_row=2, values_only=True)}
    assert quotas["Đảng bộ X"] == (4, 5, 80.0)
    html = client.get(reverse("reports_contributions"), YEAR_2025).content.decode()
    for row in categories:
        for value in row[1:]:
            assert f'<td class="report-number">{value}</td>' in html or str(value) in html


def test_csv_export_has_a_byte_order_mark_and_the_figures(chief):
    response = logged_in(chief).get(reverse("reports_royalties"), {**YEAR_2025, "format": "csv"})
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    assert response["Content-Disposition"].startswith('attachment; filename="nhuan-but-')


def test_royalty_xlsx_total(chief):
    response = logged_in(chief).get(
        reverse("reports_royalties"), {"period": "month", "year": "2025", "month": "2"}
    )
    assert "Bài X 1" in response.content.decode()
    assert 'id="report-payments"' in response.content.decode(), "the payment list is shown"
    response = logged_in(chief).get(
        reverse("reports_royalties"),
        {"period": "month", "year": "2025", "month": "2", "format": "xlsx"},
    )
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).worksheets[0]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [row[-1] for row in rows] == [300_000, 300_000, 600_000]
    payments = openpyxl.load_workbook(io.BytesIO(response.content)).worksheets[1]
    assert list(payments.iter_rows(min_row=2, values_only=True))[0][1:5] == (
        "Cộng Tác",
        "Đảng bộ X",
        2,
        600_000,
    ), "the payment list sums the same amounts per author"


def test_contributor_sees_only_their_own_figures(year):
    client = logged_in(year.collaborator)
    html = client.get(reverse("reports_contributions"), YEAR_2025).content.decode()
    assert "Hội Z" not in html and "Văn phòng thử" not in html
    assert "Cán Bộ" not in html, "no other author is named"
    sheet = client.get(reverse("reports_royalties"), {**YEAR_2025, "format": "csv"})
    rows = list(csv.reader(io.StringIO(sheet.content.decode("utf-8-sig"))))
    titles = {row[0] for row in rows if row}
    assert {"Bài X 1", "Tin X 1"} <= titles and "Tin VP 1" not in titles
    award = client.get(reverse("reports_award"), YEAR_2025).content.decode()
    assert "Cán Bộ" not in award and "Văn phòng thử" not in award


def test_bad_dates_give_a_message_and_a_report(chief):
    response = logged_in(chief).get(
        reverse("reports_contributions"), {"period": "range", "from": "31/02/2025", "to": "x"}
    )
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()


def test_a_range_of_days(chief):
    response = logged_in(chief).get(
        reverse("reports_contributions"),
        {"period": "range", "from": "01/02/2025", "to": "28/02/2025", "format": "csv"},
    )
    assert "01/02/2025 – 28/02/2025" in response.content.decode("utf-8-sig")


def test_grade_typed_in_the_approval_dialog_reaches_the_royalty_sheet(client, section, board):
    contributor = logged_in(board["contributor"])
    _response, page = create_article(contributor, section, title="Tin được chấm điểm", date="")
    assert workflow_action(logged_in(board["editor_a"]), page, "approve").status_code == 302
    assert workflow_action(logged_in(board["editor_b"]), page, "approve").status_code == 302
    chief = logged_in(board["chief"])
    state = page.current_workflow_task_state
    dialog = chief.get(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", state.pk)),
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert 'name="grade"' in dialog.json()["html"], "the final approval's dialog asks for a grade"
    # Without a grade the dialog answers with its error and nothing is approved.
    refused = workflow_action(chief, page, "approve", grade="")
    page.refresh_from_db()
    assert refused.status_code == 302 and not page.live
    assert workflow_action(chief, page, "approve", grade="A").status_code == 302
    page.refresh_from_db()
    assert page.live
    today = timezone.localdate()
    response = chief.get(
        reverse("reports_royalties"),
        {"period": "month", "year": today.year, "month": today.month, "format": "xlsx"},
    )
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).worksheets[0]
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == page.title)
    assert row[6:] == (1.5, 150_000), "tin graded A: 1.5 × 100.000 đ"


def test_grade_from_the_editors_approve_dialog(client, section, board):
    """Approving in the article editor: its dialog's data reaches the task as JSON."""
    _response, page = create_article(logged_in(board["contributor"]), section, date="")
    workflow_action(logged_in(board["editor_a"]), page, "approve")
    workflow_action(logged_in(board["editor_b"]), page, "approve")
    data = article_form_data(slug=page.slug, date="")
    data.update(
        {
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": json.dumps({"grade": "C", "comment": ""}),
        }
    )
    logged_in(board["chief"]).post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)
    page.refresh_from_db()
    assert page.live and ItemGrade.objects.get(page=page).grade == "C"


def test_a_quota_is_for_a_unit_or_a_group(year):
    quota = Quota(year=2025, unit=year.member, author_category="staff", target=3)
    with pytest.raises(ValidationError):
        quota.clean()
    with pytest.raises(ValidationError):  # the unit's 2025 quota exists already
        Quota(year=2025, unit=year.member, target=3).clean()


def test_a_year_without_items_exports_too(home):
    from portal import roles
    from tests.accounts.factories import UserFactory

    roles.ensure_groups()
    chief = UserFactory(username="truongban-rong", roles=[roles.CHIEF_EDITOR])
    response = logged_in(chief).get(
        reverse("reports_contributions"), {"period": "year", "year": "2030", "format": "xlsx"}
    )
    assert response.status_code == 200
    assert openpyxl.load_workbook(io.BytesIO(response.content)).worksheets
