"""A plan or programme naming its period ("giai đoạn 2015–2020") needs an expiry date, or the
library calls it in force for ever: the editor is warned on saving and in the health report."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation

from content_health.checks import all_problems
from documents.models import DocumentType, Issuer
from documents.periods import period_end_year
from tests.documents.factories import document_form_data, document_page

TODAY = datetime.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Về ứng dụng CNTT giai đoạn 2015–2020", 2020),  # en dash
        ("giai đoạn 2021 - 2025", 2025),  # hyphen with spaces
        ("Kế hoạch 2021-2025", 2025),
        ("giai đoạn 2021 — 2030", 2030),  # em dash
        ("giai đoạn 2021\u20112025", 2025),  # non-breaking hyphen
        ("GIAI ĐOẠN 2016 – 2020", 2016 + 4),
        ("từ năm 2021 đến năm 2025", 2025),
        ("giai đoạn 2016–2020, định hướng 2021–2030", 2030),  # the latest period
        ("nhiệm kỳ 2020–2025", 2025),
    ],
)
def test_the_end_of_a_period_is_read(text, end):
    assert period_end_year(text) == end, f"{text!r} names a period ending in {end}"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Về công tác xây dựng Đảng năm 2024",
        "Thực hiện Nghị định 43/2011/NĐ-CP",  # a number, not a period
        "Kế hoạch số 106-KH/TU ngày 22/6/2015",
        "giai đoạn 2025–2021",  # backwards
        "12021-20250",  # not years
        "Từ 1945-2045",  # too long to be a plan's period
    ],
)
def test_no_period_is_read_where_there_is_none(text):
    assert period_end_year(text) is None


def test_period_in_title_or_summary():
    assert period_end_year("Kế hoạch", "giai đoạn 2015 – 2020") == 2020
    assert period_end_year("Chương trình 2021-2025", "") == 2025


@pytest.fixture
def ended_plan(library):
    return document_page(
        library,
        "106-KH/TU",
        "ke-hoach",
        "TU",
        "2015-06-22",
        summary="Về ứng dụng công nghệ thông tin giai đoạn 2015–2020",
    )


@pytest.mark.django_db
def test_an_ended_period_without_expiry_is_a_problem(ended_plan):
    with translation.override("en"):
        problem = ended_plan.period_problem(TODAY)
    assert problem and "ended in 2020" in problem, "an ended period must be called ended"


@pytest.mark.django_db
def test_a_running_period_is_still_mentioned(library):
    plan = document_page(
        library, "01-CTr/ĐUK", "chuong-trinh", "ĐUK", "2025-10-01",
        summary="Chương trình giai đoạn 2025 - 2030",
    )  # fmt: skip
    with translation.override("en"):
        problem = plan.period_problem(TODAY)
    assert problem and "ending in 2030" in problem and "ended" not in problem


@pytest.mark.django_db
def test_nothing_to_say_with_a_date_a_status_or_another_type(library, ended_plan):
    ended_plan.expiry_date = datetime.date(2020, 12, 31)
    assert ended_plan.period_problem(TODAY) is None
    ended_plan.expiry_date = None
    ended_plan.status_override = "expired"
    assert ended_plan.period_problem(TODAY) is None
    report = document_page(
        library, "02-BC/TU", "bao-cao", "TU", "2020-12-01",
        summary="Báo cáo kết quả giai đoạn 2015–2020",
    )  # fmt: skip
    assert report.period_problem(TODAY) is None, "a report is not in force over a period"


@pytest.mark.django_db
def test_the_health_report_lists_the_plan(ended_plan):
    with translation.override("en"):
        found = [p for p in all_problems() if p.subject == ended_plan.title]
    assert any("no expiry date" in p.detail for p in found), found


def _form(**fields):
    return document_form_data(
        title="Kế hoạch ứng dụng CNTT",
        slug="ke-hoach-cntt",
        number="106-KH/TU",
        doc_type=DocumentType.objects.get(slug="ke-hoach").pk,
        issuer=Issuer.objects.get(code="TU").pk,
        date_issued="2015-06-22",
        summary="Về ứng dụng công nghệ thông tin giai đoạn 2015–2020",
        **fields,
    )


@pytest.mark.django_db
def test_saving_warns_the_editor(admin_client, library):
    url = reverse("wagtailadmin_pages:add", args=("documents", "documentpage", library.pk))
    response = admin_client.post(url, _form())
    assert response.status_code == 302, response.context["form"].errors
    warnings = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    assert len(warnings) == 1 and "31/12/2020" in warnings[0], warnings


@pytest.mark.django_db
def test_saving_with_an_expiry_date_does_not_warn(admin_client, library):
    url = reverse("wagtailadmin_pages:add", args=("documents", "documentpage", library.pk))
    response = admin_client.post(url, _form(expiry_date="2020-12-31"))
    assert response.status_code == 302, response.context["form"].errors
    assert not [m for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
