"""Pictures smaller than their place: warned about in the admin, never refused."""

from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import rich_text, streamfield

from articles.models import ArticlePage
from banners.models import Banner
from banners.placements import IMAGE_SIZES as BANNER_IMAGE_SIZES
from portal.image_sizes import ALBUM_PHOTO, ARTICLE_FEATURED, BODY_IMAGE, problems_for
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.banners.factories import BannerFactory
from tests.editorial.utils import article_form_data
from tests.portal.factories import sized_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(home):
    return ArticleIndexPageFactory(parent=home, title="Tin tức – Sự kiện")


def warnings(response):
    return [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]


def add_article(client, section, action=None, **fields):
    data = article_form_data(**fields)
    if action:
        data[action] = "on"
    url = reverse("wagtailadmin_pages:add", args=("articles", "articlepage", section.pk))
    response = client.post(url, data)
    assert response.status_code == 302, "the save must go through"
    return response, ArticlePage.objects.get(title=data["title"])


def test_slot_sizes_come_from_the_places_they_fill():
    assert (ARTICLE_FEATURED.min_width, ARTICLE_FEATURED.min_height) == (960, 540)
    assert BODY_IMAGE.min_width == 960
    assert (
        BANNER_IMAGE_SIZES["home_carousel"].min_width,
        BANNER_IMAGE_SIZES["home_carousel"].min_height,
    ) == (
        1200,
        500,
    )
    assert set(BANNER_IMAGE_SIZES) == {
        "home_carousel",
        "header_strip",
        "right_column",
        "footer_logos",
    }


def test_small_featured_image_warns_but_the_article_is_saved(admin_client, section):
    picture = sized_image(480, 270, title="Hội nghị")
    response, article = add_article(admin_client, section, featured_image=picture.pk)
    (message,) = warnings(response)
    assert message == (
        "Ảnh “Hội nghị” rộng 480 px, nhỏ hơn 960 px cần cho ảnh đại diện bài viết: ảnh sẽ bị mờ."
    )
    assert article.featured_image_id == picture.pk


def test_too_short_featured_image_warns_about_its_height(admin_client, section):
    picture = sized_image(1200, 400, title="Toàn cảnh")
    response, _article = add_article(admin_client, section, featured_image=picture.pk)
    (message,) = warnings(response)
    assert "cao 400 px" in message and "540 px" in message


def test_submitting_with_a_small_image_still_submits(admin_client, section):
    from editorial.setup import setup_editorial

    setup_editorial()  # submitting needs a workflow
    picture = sized_image(800, 450)
    response, article = add_article(
        admin_client, section, action="action-submit", featured_image=picture.pk
    )
    assert article.workflow_in_progress, "the warning must not stop the submission"
    assert [message for message in warnings(response) if "800 px" in message]


def test_large_enough_images_give_no_warning(admin_client, section):
    picture = sized_image(1600, 900)
    body = streamfield([("image", {"image": sized_image(960, 640).pk, "caption": ""})])
    response, _article = add_article(admin_client, section, featured_image=picture.pk, body=body)
    assert warnings(response) == []


def test_small_body_image_warns_on_edit(admin_client, section):
    article = ArticlePageFactory(parent=section, featured_image=sized_image(1600, 900))
    small = sized_image(640, 480, title="Đại biểu phát biểu")
    data = article_form_data(
        title=article.title,
        slug=article.slug,
        featured_image=article.featured_image_id,
        body=streamfield(
            [
                ("paragraph", rich_text("<p>Hội nghị đánh giá kết quả.</p>")),
                ("image", {"image": small.pk, "caption": ""}),
            ]
        ),
    )
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=(article.pk,)), data)
    assert response.status_code == 302
    (message,) = warnings(response)
    assert "“Đại biểu phát biểu”" in message and "640 px" in message
    assert "ảnh trong nội dung trang" in message


def banner_data(**fields):
    return {
        "title": "Mừng Đảng, mừng Xuân",
        "slot": "home_carousel",
        "image": "",
        "text": "",
        "target_page": "",
        "target_document": "",
        "target_url": "https://thanhhoa.example.vn/mung-xuan",
        **fields,
    }


def test_banner_draft_with_a_small_image_warns_and_is_saved(admin_client, home):
    picture = sized_image(800, 400, title="Mừng Xuân")
    response = admin_client.post(
        reverse("wagtailsnippets_banners_banner:add"), banner_data(image=picture.pk)
    )
    assert response.status_code == 302
    (message,) = warnings(response)
    assert "800 px" in message and "1200 px" in message
    assert "banner ở vị trí băng chuyền trang chủ" in message
    assert Banner.objects.get().image_id == picture.pk


def test_banner_edit_with_a_fitting_image_gives_no_warning(admin_client, home):
    banner = BannerFactory(slot="home_carousel", image=sized_image(1600, 667))
    data = banner_data(title=banner.title, image=banner.image_id)
    url = reverse("wagtailsnippets_banners_banner:edit", args=(banner.pk,))
    response = admin_client.post(url, data)
    assert response.status_code == 302
    assert warnings(response) == []


def test_the_same_picture_twice_is_one_warning(home, section):
    small = sized_image(500, 300)
    article = ArticlePageFactory(
        parent=section,
        featured_image=sized_image(1600, 900),
        body=[{"type": "image", "value": {"image": small.pk, "caption": ""}}] * 2,
    )
    with translation.override("en"):
        assert problems_for(article) == [
            f"Image “{small.title}” is 500 px wide, less than the 960 px needed for the image "
            "in the body of a page: it will look blurred."
        ]


def edit_image_page(client, image):
    response = client.get(reverse("wagtailimages:edit", args=(image.pk,)))
    assert response.status_code == 200
    return response.content.decode()


def test_image_edit_page_lists_where_it_is_too_small(admin_client, section):
    picture = sized_image(480, 270, title="Ảnh nhỏ")
    article = ArticlePageFactory(parent=section, title="Tin có ảnh nhỏ", featured_image=picture)
    banner = BannerFactory(title="Banner có ảnh nhỏ", slot="home_carousel", image=picture)
    BannerFactory(title="Biểu trưng vừa", slot="footer_logos", image=picture)  # 160x80 fits
    html = edit_image_page(admin_client, picture)
    assert "data-small-image-uses" in html
    warning = html.split("data-small-image-uses", 1)[1].split("</div>", 1)[0]
    assert "cần cho ảnh đại diện bài viết" in warning
    assert "banner ở vị trí băng chuyền trang chủ" in warning
    assert reverse("wagtailadmin_pages:edit", args=(article.pk,)) in warning
    assert reverse("wagtailsnippets_banners_banner:edit", args=(banner.pk,)) in warning
    assert "Biểu trưng vừa" not in warning
    assert "Focal point" in html or "Tiêu điểm" in html or "focal-point-chooser" in html


def test_image_edit_page_is_quiet_for_a_large_enough_image(admin_client, section):
    picture = sized_image(1600, 900)
    ArticlePageFactory(parent=section, featured_image=picture)
    BannerFactory(slot="home_carousel", image=picture)
    assert "data-small-image-uses" not in edit_image_page(admin_client, picture)


def test_unused_small_image_is_not_warned_about(admin_client, home):
    assert "data-small-image-uses" not in edit_image_page(admin_client, sized_image(300, 200))


@pytest.mark.parametrize(
    ("width", "height", "side"),
    [
        (1600, 1067, None),  # landscape, as wide as the lightbox
        (1000, 1200, None),  # portrait, as tall as the lightbox
        (1599, 900, "width"),
        (800, 1100, "height"),
        (1200, 900, "width"),  # exactly the lightbox's shape: width is the side it misses by
    ],
)
def test_album_photos_are_fitted_so_one_side_is_enough(width, height, side):
    image = SimpleNamespace(title="Ảnh", width=width, height=height)
    with translation.override("en"):
        problem = ALBUM_PHOTO.problem(image)
    if side is None:
        assert problem is None
    else:
        assert (
            f"{width if side == 'width' else height} px {'wide' if side == 'width' else 'high'}"
            in problem
        )


@pytest.mark.skipif(not apps.is_installed("gallery"), reason="the photo library is not installed")
def test_small_album_photos_are_warned_about(admin_client, home):
    from gallery.models import AlbumPhoto, GalleryIndexPage, PhotoAlbumPage

    library = home.add_child(instance=GalleryIndexPage(title="Thư viện ảnh", slug="thu-vien"))
    small = sized_image(1200, 800, title="Hội trường")
    portrait = sized_image(900, 1200, title="Chân dung đại biểu")
    album = PhotoAlbumPage(
        title="Hội nghị Ban Chấp hành",
        slug="hoi-nghi",
        photos=[AlbumPhoto(image=small), AlbumPhoto(image=portrait)],
    )
    library.add_child(instance=album)
    (problem,) = problems_for(album)
    assert "“Hội trường”" in problem and "1200 px" in problem and "1600 px" in problem
    warning = edit_image_page(admin_client, small).split("data-small-image-uses", 1)[1]
    assert "ảnh trong album" in warning.split("</div>", 1)[0]
    assert "data-small-image-uses" not in edit_image_page(admin_client, portrait)
