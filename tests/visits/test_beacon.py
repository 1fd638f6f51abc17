"""The beacon counts readers' views once, and nothing else."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from visits import buffer, days, readers
from visits.models import DailyVisits, PageViews, VisitCounterSettings

from .factories import BROWSER, DailyVisitsFactory, reader_agent

pytestmark = pytest.mark.django_db

BEACON = "/luot-truy-cap/"


def visits_today():
    buffer.flush()  # with Redis, the counts waiting there
    return sum(DailyVisits.objects.filter(day=days.today()).values_list("visits", flat=True))


def views_of(page):
    buffer.flush()
    return sum(PageViews.objects.filter(page=page).values_list("views", flat=True))


def test_a_view_counts_a_visit_and_a_page_view(reader, article):
    response = reader.post(BEACON, {"p": article.pk})
    assert response.status_code == 200
    assert response.json()["counted"] is True
    assert response.json()["figures"]["today"] == 1
    assert visits_today() == 1
    assert views_of(article) == 1
    assert "no-store" in response["Cache-Control"]
    assert "sessionid" not in response.cookies


def test_a_reload_within_30_minutes_is_not_counted_again(reader, article, home):
    reader.post(BEACON, {"p": article.pk})
    again = reader.post(BEACON, {"p": article.pk})
    assert again.json()["counted"] is False
    assert again.json()["figures"]["today"] == 1
    reader.post(BEACON, {"p": home.pk})  # another page by the same reader counts
    assert visits_today() == 2
    assert views_of(article) == 1


def test_a_reload_after_the_window_counts(reader, article, settings):
    reader.post(BEACON, {"p": article.pk})
    from django.core.cache import cache

    buffer.flush()  # with Redis, before the cache (the same Redis) is emptied
    cache.clear()  # the window passed: its keys expired
    assert reader.post(BEACON, {"p": article.pk}).json()["counted"] is True
    assert views_of(article) == 2


@pytest.mark.parametrize(
    "agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "python-requests/2.32.3",
        "curl/8.5.0",
        "",
    ],
)
def test_crawlers_are_not_counted(article, agent):
    client = Client(HTTP_USER_AGENT=agent)
    assert client.post(BEACON, {"p": article.pk}).json()["counted"] is False
    assert visits_today() == 0


def test_people_who_may_open_the_admin_are_not_counted(article, superuser):
    staff = Client(HTTP_USER_AGENT=BROWSER)
    staff.force_login(superuser)
    assert staff.post(BEACON, {"p": article.pk}).json()["counted"] is False
    assert visits_today() == 0


def test_a_signed_in_reader_without_admin_access_is_counted(article, django_user_model):
    user = django_user_model.objects.create_user("docgia", "docgia@example.vn", "matkhau")
    client = Client(HTTP_USER_AGENT=BROWSER)
    client.force_login(user)
    assert client.post(BEACON, {"p": article.pk}).json()["counted"] is True


def test_forged_unpublished_and_private_pages_are_not_counted(reader, article, section):
    draft = article
    draft.unpublish()
    private = type(article)(title="Nội bộ", slug="noi-bo", sapo="x", kind=article.kind)
    section.add_child(instance=private)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    for page_id in (draft.pk, private.pk, 999_999, "abc", "-1", "9" * 40, "1e9", ""):
        response = reader.post(BEACON, {"p": page_id})
        assert response.status_code == 200
        assert response.json()["counted"] is False
    buffer.flush()
    assert not DailyVisits.objects.exists()
    assert not PageViews.objects.exists()


def test_a_page_of_another_site_is_not_counted(reader, home, section, article):
    other_root = home.get_parent().add_child(instance=type(home)(title="Trang khác", slug="khac"))
    Site.objects.create(hostname="other.example.vn", root_page=other_root)
    other = Client(HTTP_USER_AGENT=BROWSER, HTTP_HOST="other.example.vn")
    assert other.post(BEACON, {"p": article.pk}).json()["counted"] is False


def test_one_client_sending_10000_beacons_adds_at_most_its_allowance(reader, home, article):
    pages = [home.pk, article.pk]
    for number in range(10_000):
        response = reader.post(BEACON, {"p": pages[number % 2] if number < 9_000 else number})
        assert response.status_code == 200
    # One view per page in the window, whatever was sent.
    assert views_of(article) == 1
    assert views_of(home) == 1
    assert visits_today() == 2


def test_a_reader_limit_bounds_the_visits_of_one_client(reader, section, monkeypatch):
    monkeypatch.setattr(readers, "READER_LIMIT", 3)
    from tests.articles.factories import ArticlePageFactory

    articles = [ArticlePageFactory(parent=section) for _ in range(5)]
    for article in articles:
        reader.post(BEACON, {"p": article.pk})
    assert visits_today() == 3
    # Another reader is not held back by the first one's allowance.
    Client(HTTP_USER_AGENT=reader_agent(2)).post(BEACON, {"p": articles[0].pk})
    assert visits_today() == 4


def test_the_image_fallback_counts_and_answers_a_pixel(article):
    client = Client(HTTP_USER_AGENT=BROWSER)
    response = client.get(f"/luot-truy-cap/anh.gif?p={article.pk}")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
    assert "no-store" in response["Cache-Control"]
    assert views_of(article) == 1
    assert client.get("/luot-truy-cap/anh.gif?p=x%00y").status_code == 200


def test_the_beacon_needs_no_csrf_token(article):
    client = Client(HTTP_USER_AGENT=BROWSER, enforce_csrf_checks=True)
    assert client.post(BEACON, {"p": article.pk}).status_code == 200
    assert client.get(BEACON).status_code == 405


def test_the_answer_carries_the_footer_figures_in_vietnamese_format(reader, home, article):
    site = Site.objects.get(is_default_site=True)
    VisitCounterSettings.objects.create(site=site, previous_total=1_977_000)
    today = days.today()
    DailyVisitsFactory(day=today, visits=457)
    answer = reader.post(BEACON, {"p": article.pk}).json()
    assert answer["figures"]["total"] == 1_977_458
    assert answer["shown"]["total"] == "1.977.458"
    assert answer["shown"]["today"] == "458"


def test_the_reader_hash_keeps_no_address_and_changes_daily(rf):
    request = rf.get("/", REMOTE_ADDR="203.0.113.77", HTTP_USER_AGENT=BROWSER)
    request.user = AnonymousUser()
    day = timezone.localdate()
    first = readers.reader_hash(request, day)
    assert "203.0.113.77" not in first
    assert readers.reader_hash(request, day) == first
    assert readers.reader_hash(request, day + datetime.timedelta(days=1)) != first
