"""Banners are put in order by dragging in their list, one placement at a time; the order
is not typed, and not carried by revisions."""

import re

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from banners.models import Banner, shown_in
from tests.banners.factories import BannerFactory
from tests.banners.test_publishing import banner_data, people  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

LIST = "wagtailsnippets_banners_banner:list"
AUTOSAVED = re.compile(r'data-controller="w-unsaved\s+w-autosave"')


def titles(slot):
    return list(Banner.objects.filter(slot=slot).order_by("sort_order", "pk").values_list(
        "title", flat=True))  # fmt: skip


def test_the_form_has_no_order_number(admin_client, home):
    html = admin_client.get(reverse("wagtailsnippets_banners_banner:add")).content.decode()
    assert 'name="sort_order"' not in html, "the order is set by dragging, not typed"


def test_a_new_banner_comes_last_in_its_placement(home):
    first = BannerFactory(slot="right_column")
    BannerFactory(slot="home_carousel")
    second = BannerFactory(slot="right_column")
    assert (first.sort_order, second.sort_order) == (0, 1)


def test_moving_to_another_placement_puts_it_last_there(home):
    BannerFactory(title="A", slot="home_carousel")
    moved = BannerFactory(title="B", slot="right_column")
    moved.slot = "home_carousel"
    moved.save()
    assert titles("home_carousel") == ["A", "B"]


def test_the_list_of_one_placement_has_drag_handles(client, people):  # noqa: F811
    """For the administrator, under the banners' workflow (nobody may publish directly)."""
    client.force_login(people["admin"])
    admin_client = client
    BannerFactory(slot="right_column")
    url = reverse(LIST)
    html = admin_client.get(url, {"slot": "right_column", "ordering": "sort_order"}).content
    assert b'data-controller="w-orderable"' in html, "one placement: handles to drag"
    # All placements at once would mix orders that readers never see side by side.
    html = admin_client.get(url, {"ordering": "sort_order"}).content.decode()
    assert 'data-controller="w-orderable"' not in html
    arrange = f"{url}?slot=right_column&amp;ordering=sort_order"
    assert arrange in html, "the list's menu leads to each placement's order"


def test_dragging_moves_a_banner_within_its_placement_only(client, people):  # noqa: F811
    client.force_login(people["admin"])
    admin_client = client
    a, b, c = (BannerFactory(title=t, slot="right_column") for t in "ABC")
    other = BannerFactory(title="X", slot="home_carousel")
    Banner.objects.filter(pk=a.pk).update(sort_order=0)
    Banner.objects.filter(pk=b.pk).update(sort_order=0)  # typed numbers could tie
    url = reverse("wagtailsnippets_banners_banner:reorder", args=(c.pk,))
    response = admin_client.post(f"{url}?position=0")
    assert response.status_code == 200
    assert titles("right_column") == ["C", "A", "B"]
    other.refresh_from_db()
    assert other.sort_order == 0, "another placement keeps its order"
    entry = ModelLogEntry.objects.filter(action="wagtail.reorder").get()
    assert entry.object_id == str(c.pk)


def test_a_revision_published_later_keeps_the_dragged_order(admin_client, home):
    a, b = (BannerFactory(title=t, slot="right_column") for t in "AB")
    revision = b.save_revision()  # saved while B came second
    url = reverse("wagtailsnippets_banners_banner:reorder", args=(b.pk,))
    admin_client.post(f"{url}?position=0")
    revision.publish()
    a.save_revision().publish()
    assert [banner.title for banner in shown_in("right_column")] == ["B", "A"]


def test_a_refused_submission_is_not_saved_in_the_background(client, people):  # noqa: F811
    """Wagtail's autosave saved a refused form at once: "could not be created" on top, the
    header saying "saved", and a draft made behind the user's back."""
    client.force_login(people["admin"])
    url = reverse("wagtailsnippets_banners_banner:add")
    assert AUTOSAVED.search(client.get(url).content.decode()), "an empty form autosaves"
    response = client.post(url, banner_data(**{"action-submit": "on"}), HTTP_ACCEPT_LANGUAGE="vi")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Không thể tạo banner do có lỗi" in html, "one message: what went wrong"
    assert not AUTOSAVED.search(html), "the form sent back is not autosaved"
    assert 'value="Cuộc thi tìm hiểu Nghị quyết"' in html, "what was typed is kept"
    assert not Banner.objects.exists()
