"""Mourning mode: grey site, festive banners paused, a notice; on and off at the set times."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from freezegun import freeze_time
from wagtail.models import Site
from wagtail.users.models import UserProfile

from mourning.models import MourningMode
from tests.banners.factories import BannerFactory

pytestmark = pytest.mark.django_db

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
START = datetime.datetime(2026, 7, 20, 7, 0, tzinfo=HANOI)
END = datetime.datetime(2026, 7, 21, 22, 0, tzinfo=HANOI)
MINUTE = datetime.timedelta(minutes=1)
NOTICE = "Thực hiện nghi thức Quốc tang từ 07:00 ngày 20/7 đến 22:00 ngày 21/7/2026."
BEFORE, WITHIN, AFTER = START - MINUTE, START + MINUTE, END + MINUTE


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def set_mourning(**fields):
    site = Site.objects.get(is_default_site=True)
    values = {
        "enabled": True,
        "starts_at": START,
        "ends_at": END,
        "notice": NOTICE,
        "show_notice": True,
        **fields,
    }
    setting, _created = MourningMode.objects.update_or_create(site=site, defaults=values)
    return setting


def live_banner(title, festive, url):
    banner = BannerFactory(title=title, slot="footer_logos", festive=festive, target_url=url)
    banner.save_revision().publish()
    return banner


@pytest.fixture
def banners(home):
    """A festive banner and an ordinary one, in the footer of every page."""
    return (
        live_banner("Mừng Đảng, mừng Xuân", True, "https://thanhhoa.example.vn/mung-xuan"),
        live_banner("Báo Thanh Hóa", False, "https://baothanhhoa.example.vn/"),
    )


def html_tag(html):
    return re.search(r"<html[^>]*>", html).group(0)


def is_grey(html):
    return re.search(r'\bclass="[^"]*\bmourning\b', html_tag(html)) is not None


def page(client, home):
    response = client.get(home.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("now", "fields", "active"),
    [
        (BEFORE, {}, False),
        (START, {}, True),
        (WITHIN, {}, True),
        (END - MINUTE, {}, True),
        (END, {}, False),
        (AFTER, {}, False),
        (WITHIN, {"enabled": False}, False),
        (BEFORE, {"starts_at": None}, True),
        (AFTER, {"ends_at": None}, True),
        (BEFORE - datetime.timedelta(days=400), {"starts_at": None, "ends_at": None}, True),
    ],
    ids=[
        "before",
        "at-start",
        "within",
        "last-minute",
        "at-end",
        "after",
        "disabled",
        "open-start",
        "open-end",
        "both-open",
    ],
)
def test_active_within_the_window(home, now, fields, active):
    setting = set_mourning(**fields)
    assert setting.is_active(now) is active, f"at {now:%d/%m/%Y %H:%M} active should be {active}"


@pytest.mark.parametrize(("now", "grey"), [(BEFORE, False), (WITHIN, True), (AFTER, False)])
def test_site_is_grey_and_festive_banners_pause_only_within_the_window(
    client, home, banners, now, grey
):
    festive, ordinary = banners
    set_mourning()
    with freeze_time(now):
        html = page(client, home)
    assert is_grey(html) is grey, html_tag(html)
    assert (festive.target_url in html) is not grey, "festive banners pause while mourning"
    assert ordinary.target_url in html, "ordinary banners stay"
    assert (NOTICE in html) is grey


def test_notice_can_be_hidden_while_the_site_is_grey(client, home):
    set_mourning(show_notice=False)
    with freeze_time(WITHIN):
        html = page(client, home)
    assert is_grey(html)
    assert NOTICE not in html
    assert "mourning-notice" not in html


def test_notice_comes_first_in_the_page(client, home):
    set_mourning()
    with freeze_time(WITHIN):
        html = page(client, home)
    first = re.search(r"<body[^>]*>\s*(<[^>]*>[^<]*)", html).group(1)
    assert "mourning-notice" in first and NOTICE in first, first


def test_no_setting_no_mourning(client, home, banners):
    html = page(client, home)
    assert not is_grey(html)
    assert all(banner.target_url in html for banner in banners)
    assert not MourningMode.objects.exists(), "reading the state must not create the setting"


@pytest.mark.parametrize(("first", "then"), [(BEFORE, WITHIN), (END - MINUTE, AFTER)])
def test_cached_chrome_never_keeps_a_stale_state_across_a_boundary(
    client, home, banners, first, then
):
    """Minutes apart, well inside the cache's lifetime: the cache is used, yet the site flips."""
    festive, _ordinary = banners
    set_mourning()
    with freeze_time(first):
        before = page(client, home)
    with freeze_time(then), CaptureQueriesContext(connection) as queries:
        after = page(client, home)
    assert not any("mourning_mourningmode" in q["sql"] for q in queries.captured_queries), (
        "the second request should read the setting from the cache"
    )
    assert not any("banners_banner" in q["sql"] for q in queries.captured_queries), (
        "the second request should read the banners from the cache"
    )
    assert is_grey(before) is not is_grey(after)
    assert (festive.target_url in before) is not (festive.target_url in after)


def test_editing_the_setting_takes_effect_at_once(client, home):
    setting = set_mourning(enabled=False)
    with freeze_time(WITHIN):
        assert not is_grey(page(client, home))
        setting.enabled = True
        setting.save()
        assert is_grey(page(client, home)), "saving the setting must refresh the cached copy"


def test_admin_reads_day_first_times_in_vietnam_time(admin_client, home, superuser):
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=("mourning", "mourningmode", site.pk))
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "en"  # the US order must not win
    profile.save()
    response = admin_client.post(
        url,
        {
            "enabled": "on",
            "starts_at": "05/06/2026 07:00",
            "ends_at": "07/06/2026 22:00",
            "notice": NOTICE,
            "show_notice": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    setting = MourningMode.objects.get(site=site)
    assert setting.starts_at == datetime.datetime(2026, 6, 5, 7, 0, tzinfo=HANOI)
    assert setting.ends_at == datetime.datetime(2026, 6, 7, 22, 0, tzinfo=HANOI)
    assert setting.starts_at == datetime.datetime(2026, 6, 5, 0, 0, tzinfo=datetime.UTC)
    form = admin_client.get(url).content.decode()
    assert 'value="05/06/2026 07:00"' in form, "shown again as typed, in Vietnam time"


def test_the_administrator_turns_it_on_and_the_chief_editor_does_not(client, home):
    from editorial.setup import setup_editorial
    from portal import roles
    from tests.accounts.factories import UserFactory

    setup_editorial()
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=("mourning", "mourningmode", site.pk))
    data = {"enabled": "on", "starts_at": "", "ends_at": "", "notice": NOTICE, "show_notice": "on"}
    client.force_login(UserFactory(roles=[roles.CHIEF_EDITOR]))
    assert client.post(url, data)["Location"] == reverse("wagtailadmin_home")
    assert not MourningMode.objects.filter(enabled=True).exists()
    client.force_login(UserFactory(roles=[roles.ADMINISTRATOR]))
    assert client.get(url).status_code == 200
    assert client.post(url, data)["Location"] == url
    assert MourningMode.objects.get(site=site).enabled


def test_admin_refuses_an_end_before_the_start(admin_client, home):
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=("mourning", "mourningmode", site.pk))
    response = admin_client.post(
        url, {"enabled": "on", "starts_at": "07/06/2026 07:00", "ends_at": "05/06/2026 22:00"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["ends_at"]
    assert not MourningMode.objects.filter(enabled=True).exists()


def test_banner_form_offers_festive(admin_client, home):
    html = admin_client.get(reverse("wagtailsnippets_banners_banner:add")).content.decode()
    assert 'name="festive"' in html
