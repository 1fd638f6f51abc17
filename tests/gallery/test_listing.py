"""The library page, video pages and the home page's highlights; query counts stay flat."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from gallery.templatetags.gallery_tags import HIGHLIGHTS_COUNT
from tests.gallery.factories import photo_album, video_page
from tests.gallery.utils import soup

pytestmark = pytest.mark.django_db

# Counted with every cache empty (so renditions come from the page's own prefetch): the
# routing, the page's photos or items and their renditions, the header, menus and banners.
MAX_QUERIES = 22
# Uncached: the site, the private branches (both shared with the page), the library, the
# items, their cover renditions.
HIGHLIGHT_QUERIES = 5


def test_library_lists_albums_and_videos_newest_first(client, gallery):
    import datetime

    old = photo_album(gallery, title="Album tháng Hai", date=datetime.date(2026, 2, 3))
    video = video_page(gallery, title="Phóng sự tháng Chín", date=datetime.date(2026, 9, 25))
    new = photo_album(
        gallery, ("Một", "Hai", "Ba"), title="Album tháng Mười", date=datetime.date(2026, 10, 1)
    )
    photo_album(gallery, title="Album nháp", publish=False)
    page = soup(client.get(gallery.url))
    titles = [a.get_text(strip=True) for a in page.select(".gallery-list .card-title a")]
    assert titles == [new.title, video.title, old.title], "newest first, drafts left out"
    kinds = [k.get_text(strip=True) for k in page.select(".gallery-kind")]
    assert kinds == ["Album 3 ảnh", "Video", "Album 1 ảnh"]
    assert page.select_one(".gallery-list img")["alt"] == "", "the title next to it says it"


def test_library_filters_photos_or_videos(client, gallery):
    album = photo_album(gallery, title="Album hội nghị")
    video = video_page(gallery, title="Video hội nghị")

    def titles(query):
        page = soup(client.get(gallery.url, query))
        current = page.select_one(".gallery-filter [aria-current=page]").get_text(strip=True)
        return current, [a.get_text(strip=True) for a in page.select(".card-title a")]

    assert titles({"loai": "anh"}) == ("Album ảnh", [album.title])
    assert titles({"loai": "video"}) == ("Video", [video.title])
    assert titles({"loai": "khac"}) == ("Tất cả", [video.title, album.title]), "unknown: all"


def test_library_pages_through_its_items(client, gallery):
    from gallery.models import GalleryIndexPage

    for n in range(GalleryIndexPage.page_size + 1):
        photo_album(gallery, title=f"Album số {n}")
    first = soup(client.get(gallery.url, {"loai": "anh"}))
    assert len(first.select(".card-title")) == GalleryIndexPage.page_size
    following = first.select_one(".pagination a[rel=next]")["href"]
    assert following == "?loai=anh&page=2"
    assert len(soup(client.get(gallery.url + following)).select(".card-title")) == 1


def test_video_page_is_a_click_to_load_preview(client, gallery):
    video = video_page(gallery, url="https://www.youtube.com/watch?v=abc123")
    page = soup(client.get(video.url))
    preview = page.select_one("[data-video-embed]")
    assert preview is not None and preview.select_one("[data-video-play]") is not None
    for frame in page.find_all("iframe"):
        assert frame.find_parent("template") is not None, "the player waits in a <template>"
    assert preview.find("template").find("iframe") is not None
    # Nothing on the page loads from another site before the reader clicks.
    for element in page.find_all(["img", "source", "script", "iframe", "video", "link"]):
        if element.find_parent("template") is not None:
            continue
        if element.name == "link" and "stylesheet" not in (element.get("rel") or []):
            continue
        for attribute in ("src", "srcset", "href", "poster"):
            value = element.get(attribute) or ""
            assert not value or value.startswith("/"), f"{element.name} {attribute}={value}"
    assert 'href="https://www.youtube.com/watch?v=abc123"' in str(preview), "works without JS"


def build(gallery, n):
    """n albums of n photos and n videos; returns the last album."""
    for a in range(n):
        album = photo_album(gallery, [f"Ảnh {p}" for p in range(n)], title=f"Album {n}-{a}")
        video_page(gallery, title=f"Video {n}-{a}")
    return album


def queries(client, url):
    client.get(url)  # warm-up: renditions made
    cache.clear()  # renditions are then found through the page's prefetch, not the cache
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), [q["sql"] for q in captured]


@pytest.mark.parametrize("page", ["album", "library"])
def test_query_count_does_not_grow_with_content(client, home, page):
    from tests.gallery.factories import GalleryIndexPageFactory

    small_gallery = GalleryIndexPageFactory(parent=home, slug="nho")
    large_gallery = GalleryIndexPageFactory(parent=home, slug="lon")
    small_album = build(small_gallery, 2)
    large_album = build(large_gallery, 7)
    small_url, large_url = (
        (small_album.url, large_album.url)
        if page == "album"
        else (small_gallery.url, large_gallery.url)
    )
    small_count, small_sql = queries(client, small_url)
    large_count, large_sql = queries(client, large_url)
    assert small_count == large_count, "\n".join(large_sql)
    assert large_count <= MAX_QUERIES, "\n".join(large_sql)


def render_highlights(request):
    template = Template("{% load gallery_tags %}{% gallery_highlights %}")
    return template.render(Context({"request": request}))


def highlight_queries(request):
    cache.clear()
    render_highlights(request)  # renditions made
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        html = render_highlights(request)
    with CaptureQueriesContext(connection) as warm:
        assert render_highlights(request) == html
    return len(cold), len(warm), html


def test_highlights_show_the_newest_four_in_a_constant_number_of_queries(gallery):
    import datetime

    request = RequestFactory().get("/")
    for n in range(3):
        photo_album(gallery, title=f"Album cũ {n}", date=datetime.date(2025, 1, 1 + n))
    small_cold, _warm, _html = highlight_queries(request)
    for n in range(6):
        photo_album(gallery, title=f"Album mới {n}", date=datetime.date(2026, 3, 1 + n))
    video_page(gallery, title="Video mới nhất", date=datetime.date(2026, 12, 1))
    large_cold, large_warm, html = highlight_queries(request)
    assert small_cold == large_cold <= HIGHLIGHT_QUERIES
    assert large_warm == 0, "cached until content changes"
    page = soup_of(html)
    titles = [a.get_text(strip=True) for a in page.select(".card-title a")]
    assert titles == ["Video mới nhất", "Album mới 5", "Album mới 4", "Album mới 3"]
    assert len(titles) == HIGHLIGHTS_COUNT
    assert page.select_one("h2 a")["href"] == gallery.url
    assert all(img.get("width") and img.get("height") for img in page.select("img"))
    assert page.select_one("picture source[type='image/webp']") is not None


def test_highlights_follow_publishing(gallery):
    request = RequestFactory().get("/")
    assert render_highlights(request).strip() == "", "nothing to show: no empty box"
    album = photo_album(gallery, title="Album vừa đăng")
    assert "Album vừa đăng" in render_highlights(request)
    album.unpublish()
    assert "Album vừa đăng" not in render_highlights(request)


def soup_of(html):
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "html.parser")
