"""Days, weeks (Monday first) and months in Vietnam time, at the turn of each (time frozen)."""

import datetime

import pytest
from django.core.cache import cache
from freezegun import freeze_time
from wagtail.models import Site

from visits import buffer, days, queries
from visits.models import DailyVisits

from .factories import reader_agent

pytestmark = pytest.mark.django_db

BEACON = "/luot-truy-cap/"


def beacon(client, page, number):
    return client.post(BEACON, {"p": page.pk}, HTTP_USER_AGENT=reader_agent(number)).json()


@pytest.mark.parametrize(
    ("utc", "day"),
    [
        ("2026-12-06 16:59:59", datetime.date(2026, 12, 6)),  # 23:59:59 in Vietnam
        ("2026-12-06 17:00:01", datetime.date(2026, 12, 7)),  # 00:00:01 in Vietnam
        ("2026-12-06 00:00:00", datetime.date(2026, 12, 6)),  # 07:00 in Vietnam
    ],
)
def test_the_day_is_vietnams(utc, day):
    with freeze_time(utc):
        assert days.today() == day


def test_the_week_starts_on_monday_and_the_month_on_the_first():
    period = days.periods(datetime.date(2026, 12, 6))  # a Sunday
    assert period.week_start == datetime.date(2026, 11, 30)
    assert period.month_start == datetime.date(2026, 12, 1)
    assert period.yesterday == datetime.date(2026, 12, 5)
    assert days.periods(datetime.date(2026, 12, 7)).week_start == datetime.date(2026, 12, 7)


def figures_at(utc):
    buffer.flush()  # with Redis: before the cache (Redis) is emptied
    cache.clear()  # the figures' few seconds of cache are not what is tested here
    with freeze_time(utc):
        return queries.footer_figures(Site.objects.get(is_default_site=True))


def test_a_new_week_at_midnight_on_sunday(client, home):
    with freeze_time("2026-12-05 10:00:00"):  # Saturday
        beacon(client, home, 1)
    with freeze_time("2026-12-06 16:59:59"):  # Sunday 23:59:59
        beacon(client, home, 2)
    with freeze_time("2026-12-06 17:00:01"):  # Monday 00:00:01
        beacon(client, home, 3)
    assert figures_at("2026-12-06 16:59:59") == {
        "today": 1, "yesterday": 1, "week": 2, "month": 2, "total": 3
    }  # fmt: skip
    assert figures_at("2026-12-06 17:00:01") == {
        "today": 1, "yesterday": 1, "week": 1, "month": 3, "total": 3
    }  # fmt: skip


def test_a_new_month_at_midnight_on_the_first(client, home):
    with freeze_time("2026-11-29 09:00:00"):  # Sunday 29/11
        beacon(client, home, 1)
    with freeze_time("2026-11-30 16:59:59"):  # Monday 30/11, 23:59:59
        beacon(client, home, 2)
        beacon(client, home, 3)
    with freeze_time("2026-11-30 17:00:01"):  # Tuesday 01/12, 00:00:01
        beacon(client, home, 4)
    assert figures_at("2026-11-30 16:59:59") == {
        "today": 2,
        "yesterday": 1,
        "week": 2,
        "month": 3,
        "total": 4,
    }  # fmt: skip  (the total holds every row, the one written "later" too)
    assert figures_at("2026-11-30 17:00:01") == {
        "today": 1, "yesterday": 2, "week": 3, "month": 1, "total": 4
    }  # fmt: skip
    rows = dict(DailyVisits.objects.values_list("day", "visits"))
    assert rows == {
        datetime.date(2026, 11, 29): 1,
        datetime.date(2026, 11, 30): 2,
        datetime.date(2026, 12, 1): 1,
    }


def test_a_new_year_on_the_first_of_january(client, home):
    with freeze_time("2026-12-31 16:59:59"):
        beacon(client, home, 1)
    with freeze_time("2026-12-31 17:00:01"):
        beacon(client, home, 2)
    assert figures_at("2026-12-31 17:00:01") == {
        "today": 1, "yesterday": 1, "week": 2, "month": 1, "total": 2
    }  # fmt: skip


def test_the_answer_after_midnight_counts_the_new_day(client, home):
    with freeze_time("2026-12-06 16:59:59"):
        assert beacon(client, home, 1)["figures"]["today"] == 1
    with freeze_time("2026-12-06 17:00:01"):
        answer = beacon(client, home, 2)
    assert answer["figures"]["today"] == 1
    assert answer["figures"]["yesterday"] == 1
