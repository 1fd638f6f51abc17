"""The demo's visit history: about 880 a day, weekends lower, the same numbers every load."""

import datetime
import statistics

import pytest
from wagtail.models import Site

from demo.datafiles import read
from demo.visits import load_visits
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from visits import days, queries
from visits.models import DailyVisits, PageViews, VisitCounterSettings

pytestmark = pytest.mark.django_db

# 09:30 in Vietnam on Tuesday 08/12/2026.
NOW = datetime.datetime(2026, 12, 8, 2, 30, tzinfo=datetime.UTC)


@pytest.fixture
def site(home):
    section = ArticleIndexPageFactory(parent=home)
    for number in range(12):
        ArticlePageFactory(parent=section, date=NOW - datetime.timedelta(days=3 * number))
    return Site.objects.get(is_default_site=True)


def test_the_history_averages_880_a_day_with_quieter_weekends(site):
    added = load_visits(site, NOW)
    spec = read("visits")
    today = days.today(NOW)
    assert added == (today - spec["start"]).days + 1
    full_days = DailyVisits.objects.filter(day__lt=today)
    visits = dict(full_days.values_list("day", "visits"))
    assert 860 <= statistics.mean(visits.values()) <= 900
    weekdays = [v for d, v in visits.items() if d.weekday() < 5]
    weekends = [v for d, v in visits.items() if d.weekday() >= 5]
    assert statistics.mean(weekends) < 0.7 * statistics.mean(weekdays)
    # Today only counts the hours gone by (09:30 of 24).
    assert DailyVisits.objects.get(day=today).visits < 0.6 * statistics.mean(weekdays)


def test_the_all_time_figure_continues_from_the_old_sites_counter(site):
    load_visits(site, NOW)
    assert VisitCounterSettings.for_site(site).previous_total == 1_977_458
    figures = queries.compute_figures(site, days.today(NOW))
    assert figures["total"] == 1_977_458 + queries.total_visits(site)


def test_loading_again_changes_nothing_and_fills_the_days_since(site):
    load_visits(site, NOW)
    before = dict(DailyVisits.objects.values_list("day", "visits"))
    views = PageViews.objects.count()
    assert load_visits(site, NOW) == 0
    assert dict(DailyVisits.objects.values_list("day", "visits")) == before
    assert PageViews.objects.count() == views
    later = NOW + datetime.timedelta(days=2)
    assert load_visits(site, later) == 2


def test_the_numbers_are_the_same_on_every_load(site):
    load_visits(site, NOW)
    first = dict(DailyVisits.objects.values_list("day", "visits"))
    DailyVisits.objects.all().delete()
    load_visits(site, NOW)
    assert dict(DailyVisits.objects.values_list("day", "visits")) == first


def test_articles_have_views_so_most_read_is_filled(site):
    load_visits(site, NOW)
    today = days.today(NOW)
    ranking = queries.most_read_pages(site, days.periods(today).week_start, today, limit=5)
    assert len(ranking) == 5
    # Articles get a share of each day's visits, never more than the day has.
    for day, visits in DailyVisits.objects.filter(
        day__gte=today - datetime.timedelta(days=30)
    ).values_list("day", "visits"):
        assert sum(PageViews.objects.filter(day=day).values_list("views", flat=True)) <= visits
