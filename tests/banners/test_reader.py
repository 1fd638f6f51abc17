"""Readers see live banners only, in their window and order, leading somewhere public."""

import datetime

import pytest
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import PageViewRestriction

from tests.banners.factories import BannerFactory
from tests.home.factories import StandardPageFactory
from tests.portal.factories import sized_image

pytestmark = pytest.mark.django_db


def publish(**fields):
    banner = BannerFactory(**fields)
    banner.save_revision().publish()
    banner.refresh_from_db()
    return banner


def home_html(client):
    return client.get("/").content.decode()


def test_live_banners_in_order_with_alt_text(client, home):
    publish(title="Thứ hai", sort_order=2, image=sized_image(320, 260, description="Ảnh hai"))
    publish(title="Thứ nhất", sort_order=1, image=sized_image(320, 260, description="Ảnh một"))
    BannerFactory(title="Bản nháp")  # never published
    html = home_html(client)
    column = html.split('class="banner-column"')[1].split("</div>")[0]
    assert column.index('alt="Ảnh một"') < column.index('alt="Ảnh hai"')
    assert "Bản nháp" not in html


def test_banners_respect_their_window(client, home):
    now = timezone.now()
    publish(
        title="Đã hết hạn",
        image=sized_image(320, 260, description="Hết hạn"),
        expire_at=now + datetime.timedelta(hours=1),
    )
    assert 'alt="Hết hạn"' in home_html(client)
    with freeze_time(now + datetime.timedelta(hours=2)):  # expired, scheduler not run yet
        assert 'alt="Hết hạn"' not in home_html(client)


def test_banner_disappears_when_its_page_is_unpublished_deleted_or_private(client, home):
    target = StandardPageFactory(parent=home, title="Cuộc thi")
    publish(target_url="", target_page=target, image=sized_image(320, 260, description="Cuộc thi"))
    assert 'alt="Cuộc thi"' in home_html(client)

    target.unpublish()
    assert 'alt="Cuộc thi"' not in home_html(client)
    target.save_revision().publish()
    assert 'alt="Cuộc thi"' in home_html(client)

    PageViewRestriction.objects.create(page=target, restriction_type="login")
    assert 'alt="Cuộc thi"' not in home_html(client)
    PageViewRestriction.objects.all().delete()
    assert 'alt="Cuộc thi"' in home_html(client)

    target.delete()
    assert 'alt="Cuộc thi"' not in home_html(client)


def test_home_carousel_works_without_javascript(client, home):
    for n in range(3):
        publish(
            title=f"Băng chuyền {n}",
            slot="home_carousel",
            sort_order=n,
            image=sized_image(1200, 500, description=f"Slide {n}"),
        )
    html = home_html(client)
    carousel = html.split('class="carousel"')[1].split("</section>")[0]
    assert carousel.count('class="carousel-slide"') == 3
    # Previous/next buttons are hidden until the script can make them work.
    assert '<button type="button" class="carousel-prev" data-carousel-step="-1" hidden>' in carousel
    assert '<button type="button" class="carousel-next" data-carousel-step="1" hidden>' in carousel
    for banner_id in [part.split('"')[0] for part in carousel.split('id="banner-')[1:]]:
        assert f'href="#banner-{banner_id}"' in carousel  # a link per slide, no script
    assert "<script" not in carousel


def test_preview_shows_the_banner_in_its_placement(rf, home):
    banner = BannerFactory(title="Xem trước", slot="right_column")
    request = rf.get("/")
    response = banner.make_preview_request(request, banner.default_preview_mode)
    assert response.status_code == 200
    html = response.render().content.decode()
    assert 'class="banner-column"' in html
    assert 'alt="Biểu trưng cuộc thi"' in html
