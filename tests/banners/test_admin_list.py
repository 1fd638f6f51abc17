"""The banner form says which picture size each placement needs; the list shows each banner's
picture, placement, status and dates."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from banners.placements import PLACEMENTS
from tests.banners.factories import BannerFactory

pytestmark = pytest.mark.django_db


def test_the_form_gives_the_size_of_every_placement(admin_client, home):
    html = admin_client.get(reverse("wagtailsnippets_banners_banner:add")).content.decode()
    for placement in PLACEMENTS:
        size = f"{placement.min_width}×{placement.min_height}"
        assert size in html, f"the form should say the {placement.key} needs {size} pixels"


def test_the_list_shows_picture_placement_status_and_dates(admin_client, home):
    start = timezone.make_aware(datetime.datetime(2030, 1, 25, 8, 0))
    end = timezone.make_aware(datetime.datetime(2030, 2, 10, 17, 30))
    BannerFactory(title="Mừng Đảng, mừng Xuân", slot="home_carousel", go_live_at=start,
                  expire_at=end)  # fmt: skip
    response = admin_client.get(reverse("wagtailsnippets_banners_banner:list"))
    html = response.content.decode()
    assert "Mừng Đảng, mừng Xuân" in html
    assert "-max-165x165." in html and 'width="80"' in html, "a thumbnail"
    assert "Băng chuyền trang chủ" in html, "the placement"
    assert "25/01/2030 08:00" in html and "10/02/2030 17:30" in html, "the window, local time"
    assert "w-status" in html, "a status tag"
