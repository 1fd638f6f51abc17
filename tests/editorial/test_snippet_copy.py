"""Copying a snippet makes a new one (a moderated snippet: a new draft).

Wagtail's copy screen shows the original's content and posts to "add"; a form posted to the
copy address itself was saved into the original (Wagtail 7.4 gives that form the original as
its instance): the live item was taken off the site, its content replaced, by anyone who may
add one, without the publish permission taking down needs.
"""

import datetime

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from banners.models import Banner
from navigation.models import Menu
from portal.publishing import direct_publishing
from schedule.models import ScheduleEntry
from tests.banners.factories import BannerFactory
from tests.banners.test_publishing import banner_data
from tests.editorial.test_snippet_publishing import schedule_data
from tests.navigation.factories import menu_item

pytestmark = pytest.mark.django_db


def live_entry():
    entry = ScheduleEntry.objects.create(
        date=datetime.date(2026, 12, 1), content="Họp Ban Thường vụ", live=False
    )
    return entry


def live_banner():
    return BannerFactory(title="Banner cuộc thi")


def live_menu(home):
    menu = Menu(location="main", items=[menu_item(url="https://thanhhoa.example.vn/")])
    menu.save()
    return menu


# What is copied, who may add one, what their copy's form posts, and the field to compare.
CASES = {
    "schedule": (
        "wagtailsnippets_schedule_scheduleentry",
        "editor_a",
        lambda home: live_entry(),
        lambda: schedule_data(content="Bản sao của lịch"),
        "content",
    ),
    "banner": (
        "wagtailsnippets_banners_banner",
        "admin",
        lambda home: live_banner(),
        lambda: banner_data(title="Bản sao của banner"),
        "title",
    ),
    "menu": (
        "wagtailsnippets_navigation_menu",
        "admin",
        live_menu,
        lambda: nested_form_data({"location": "footer", "items": streamfield([])}),
        "location",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_form_posted_to_the_copy_address_makes_a_new_draft(client, home, board, case):
    namespace, person, make, form_data, field = CASES[case]
    original = make(home)
    with direct_publishing("test set-up"):
        original.save_revision().publish()
    original.refresh_from_db()
    model = type(original)
    before = (getattr(original, field), original.latest_revision_id)
    client.force_login(board[person])

    copy_url = reverse(f"{namespace}:copy", args=(original.pk,))
    form = client.get(copy_url)
    assert form.status_code == 200
    assert f'action="{reverse(f"{namespace}:add")}"' in form.content.decode()
    response = client.post(copy_url, form_data())

    original.refresh_from_db()
    assert original.live, "the copy took the original off the site"
    assert (getattr(original, field), original.latest_revision_id) == before
    assert response.status_code == 302, response.content.decode()[:2000]
    copy = model.objects.exclude(pk=original.pk).get()
    assert not copy.live
    assert getattr(copy, field) != getattr(original, field)


def test_banner_copy_keeps_the_original_untouched_when_the_form_is_refused(client, home, board):
    original = live_banner()
    with direct_publishing("test set-up"):
        original.save_revision().publish()
    client.force_login(board["admin"])
    url = reverse("wagtailsnippets_banners_banner:copy", args=(original.pk,))
    response = client.post(url, banner_data(title="", slot="khong-co"))
    assert response.status_code == 200
    assert Banner.objects.get() == original
    original.refresh_from_db()
    assert original.live and original.title == "Banner cuộc thi"


def test_a_plain_snippet_copy_makes_a_new_one_too(client, home, board):
    """Snippets without drafts share the fault: the copy replaced the original outlet."""
    from articles.models import Outlet
    from tests.articles.factories import OutletFactory

    original = OutletFactory(name="Báo Thanh Hóa", home_url="https://baothanhhoa.example.vn")
    client.force_login(board["admin"])
    url = reverse("wagtailsnippets_articles_outlet:copy", args=(original.pk,))
    response = client.post(
        url,
        {"name": "Báo Nhân Dân", "home_url": "https://nhandan.example.vn", "permission_note": ""},
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    original.refresh_from_db()
    assert original.name == "Báo Thanh Hóa"
    assert Outlet.objects.filter(name="Báo Nhân Dân").exclude(pk=original.pk).exists()
