"""What readers see: the footer's counter, "Đọc nhiều", and pages that write nothing."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from tests.articles.factories import ArticlePageFactory
from visits import days
from visits.models import DailyVisits, PageViews, VisitCounterSettings

from .factories import DailyVisitsFactory, PageViewsFactory

pytestmark = pytest.mark.django_db


def counter(html):
    return BeautifulSoup(html, "html.parser").select_one("#visit-counter .visit-counter")


def test_the_footer_shows_the_figures_in_vietnamese_format(client, home):
    site = Site.objects.get(is_default_site=True)
    VisitCounterSettings.objects.create(site=site, previous_total=1_970_000)
    today = days.today()
    DailyVisitsFactory(day=today, visits=516)
    DailyVisitsFactory(day=today - datetime.timedelta(days=1), visits=1770)
    DailyVisitsFactory(day=today - datetime.timedelta(days=400), visits=5172)
    box = counter(client.get(home.url).content.decode())
    figures = {dd["data-visit-figure"]: dd.get_text() for dd in box.select("dd")}
    assert figures["today"] == "516"
    assert figures["total"] == "1.977.458"
    assert [dt.get_text() for dt in box.select("dt")] == [
        "Hôm nay", "Hôm qua", "Tuần này", "Tháng này", "Tất cả"
    ]  # fmt: skip
    assert "Lượt truy cập" in box.get_text()
    assert box["data-visit-page"] == str(home.pk)
    assert box["data-visit-beacon"] == "/luot-truy-cap/"
    assert box.select_one("noscript") is not None


def test_the_page_has_no_inline_script_for_the_counter(client, article):
    html = client.get(article.url).content.decode()
    scripts = BeautifulSoup(html, "html.parser").select("script")
    inline = [
        s.get_text() for s in scripts if not s.get("src") and s.get("type") != "application/ld+json"
    ]
    assert not any("visit" in text or "luot-truy-cap" in text for text in inline)


def test_reading_a_page_writes_nothing(client, article):
    client.get(article.url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(article.url).status_code == 200
    writes = [q["sql"] for q in captured if re.match(r"\s*(INSERT|UPDATE|DELETE)", q["sql"])]
    assert writes == []
    assert not DailyVisits.objects.exists() and not PageViews.objects.exists()


def test_a_preview_carries_no_beacon(admin_client, article):
    response = admin_client.get(f"/admin/pages/{article.pk}/view_draft/")
    assert response.status_code == 200
    box = counter(response.content.decode())
    assert not box.has_attr("data-visit-page")
    assert box.has_attr("data-visit-preview")
    assert box.select_one("noscript") is None


def most_read_box(html):
    return BeautifulSoup(html, "html.parser").select_one(".most-read-articles")


def test_most_read_lists_this_weeks_live_public_articles_most_first(client, home, section):
    today = days.today()
    week_start = days.periods(today).week_start
    first, second, unpublished, private, last_week = (
        ArticlePageFactory(parent=section, title=title)
        for title in ("Bài nhiều", "Bài vừa", "Bài gỡ", "Bài nội bộ", "Bài tuần trước")
    )
    for page, views in ((first, 30), (second, 20), (unpublished, 90), (private, 80)):
        PageViewsFactory(page=page, day=today, views=views)
    PageViewsFactory(page=last_week, day=week_start - datetime.timedelta(days=1), views=500)
    PageViewsFactory(page=home, day=today, views=1000)  # not an article
    unpublished.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    cache.clear()
    box = most_read_box(client.get(home.url).content.decode())
    assert [a.get_text() for a in box.select("li a")] == ["Bài nhiều", "Bài vừa"]
    article_box = most_read_box(client.get(second.url).content.decode())
    assert [a.get_text() for a in article_box.select("li a")] == ["Bài nhiều", "Bài vừa"]
    assert "Đọc nhiều" in box.get_text()


@pytest.mark.parametrize("size", [3, 30])
def test_most_read_costs_two_queries_however_many_articles(home, section, size):
    from django.template import Context
    from django.test import RequestFactory

    from articles.templatetags.article_tags import most_read_articles

    today = days.today()
    for number in range(size):
        PageViewsFactory(page=ArticlePageFactory(parent=section), day=today, views=number + 1)
    request = RequestFactory().get("/")
    Site.find_for_request(request)  # the site lookup is the page's, not the list's
    cache.clear()
    Site.find_for_request(request)
    with CaptureQueriesContext(connection) as captured:
        articles = most_read_articles(Context({"request": request}))["articles"]
    list_queries = [
        q["sql"]
        for q in captured
        if "visits_pageviews" in q["sql"] or "articles_articlepage" in q["sql"]
    ]
    assert len(list_queries) == 2, list_queries
    assert len(articles) == min(size, 5)
    with CaptureQueriesContext(connection) as cached:
        most_read_articles(Context({"request": request}))
    assert not [q for q in cached if "visits_pageviews" in q["sql"]]
