"""The traffic report: visits per day, most read articles and documents, views by section;
a contributor sees only their own articles' views."""

import datetime
import io

import openpyxl
from django.test import Client
from django.urls import reverse
from freezegun import freeze_time

from tests.documents.factories import DocumentLibraryPageFactory, document_page
from tests.visits.factories import DailyVisitsFactory, PageViewsFactory

MARCH = {"period": "month", "month": "3", "year": "2025"}


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def add_traffic(year):
    pages = year.pages
    DailyVisitsFactory(day=datetime.date(2025, 3, 1), visits=880)
    DailyVisitsFactory(day=datetime.date(2025, 3, 31), visits=1_200)
    DailyVisitsFactory(day=datetime.date(2025, 4, 1), visits=999)  # next month
    PageViewsFactory(page=pages["Tin VP 1"], day=datetime.date(2025, 3, 2), views=40)
    PageViewsFactory(page=pages["Bài X 1"], day=datetime.date(2025, 3, 3), views=70)
    PageViewsFactory(page=pages["Bài X 1"], day=datetime.date(2025, 3, 4), views=5)
    PageViewsFactory(page=pages["Tin VP 2"], day=datetime.date(2025, 4, 1), views=500)
    section = pages["Tin VP 1"].get_parent()
    library = DocumentLibraryPageFactory(parent=section.get_parent())
    document = document_page(library, "42/2022/NĐ-CP", "nghi-dinh", "CP", "2022-06-24")
    PageViewsFactory(page=document, day=datetime.date(2025, 3, 5), views=9)
    return section, document


def test_the_board_sees_days_most_read_and_sections(chief, year):
    section, document = add_traffic(year)
    client = logged_in(chief)
    response = client.get(reverse("reports_traffic"), MARCH)
    assert response.status_code == 200
    tables = {table.key: table for table in response.context["tables"]}
    days = tables["days"]
    assert len(days.rows) == 31, "every day of the month, zeros too"
    assert days.rows[0] == ["01/03/2025", 880] and days.rows[1] == ["02/03/2025", 0]
    assert days.footer[-1] == 2_080
    assert [row[1:] for row in tables["articles"].rows] == [["Bài X 1", 75], ["Tin VP 1", 40]]
    assert [row[1:] for row in tables["documents"].rows] == [[document.title, 9]]
    assert {row[0]: row[1] for row in tables["sections"].rows}[section.title] == 115
    assert "<svg" in response.content.decode()

    book = openpyxl.load_workbook(
        io.BytesIO(client.get(reverse("reports_traffic"), {**MARCH, "format": "xlsx"}).content)
    )
    values = list(book.worksheets[0].iter_rows(min_row=2, values_only=True))
    assert values[0] == ("01/03/2025", 880) and values[-1][-1] == 2_080


def test_a_contributor_sees_only_their_own_articles(year):
    add_traffic(year)
    response = logged_in(year.collaborator).get(reverse("reports_traffic"), MARCH)
    tables = response.context["tables"]
    assert [table.key for table in tables] == ["articles"]
    assert [row[1:] for row in tables[0].rows] == [["Bài X 1", 75]]
    assert "880" not in response.content.decode(), "no site-wide figures"


def test_a_month_under_way_ends_today(chief, year):
    DailyVisitsFactory(day=datetime.date(2025, 3, 1), visits=1_234)
    with freeze_time("2025-03-10 09:00:00+07:00"):
        response = logged_in(chief).get(reverse("reports_traffic"), MARCH)
    days = {table.key: table for table in response.context["tables"]}["days"]
    assert [row[0] for row in days.rows][-1] == "10/03/2025"
    assert len(days.rows) == 10
    assert ">1.234<" in response.content.decode(), "the chart's figures as the table's"
