"""Albums and videos in the site search: captions are searchable, typed with or without marks."""

import pytest

from search.indexing import rebuild
from search.models import SearchEntry
from tests.gallery.factories import photo_album, video_page
from tests.gallery.utils import soup

pytestmark = pytest.mark.django_db


def results(client, query, **params):
    page = soup(client.get("/tim-kiem/", {"q": query, **params}))
    return [a.get_text(strip=True) for a in page.select(".search-result h2 a")]


def test_an_album_is_found_by_a_caption_word_typed_without_marks(client, gallery):
    album = photo_album(
        gallery,
        ["Đồng chí Bí thư trao Huy hiệu 40 năm tuổi Đảng cho đảng viên lão thành"],
        title="Lễ trao Huy hiệu Đảng đợt 3/2",
    )
    photo_album(gallery, ["Quang cảnh hội nghị"], title="Hội nghị sơ kết")
    assert results(client, "lao thanh") == [album.title]
    assert results(client, "lão thành") == [album.title]
    entry = SearchEntry.objects.get(page_id=album.pk)
    assert entry.kind == "gallery" and entry.section == gallery.title


def test_the_result_says_what_it_is_and_the_kind_filter_keeps_only_the_library(client, gallery):
    from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory

    album = photo_album(gallery, ["Đoàn viên trồng cây xanh ven sông"], title="Tháng Thanh niên")
    video = video_page(gallery, title="Phóng sự trồng cây xanh")
    section = ArticleIndexPageFactory(parent=gallery.get_parent())
    article = ArticlePageFactory(parent=section, title="Trồng cây xanh đầu xuân")
    article.save_revision().publish()
    page = soup(client.get("/tim-kiem/", {"q": "cay xanh"}))
    kinds = {
        row.select_one("h2 a").get_text(strip=True): row.select_one(".kind").get_text()
        for row in page.select(".search-result")
    }
    assert kinds[album.title] == "Ảnh – video" and kinds[video.title] == "Ảnh – video"
    assert set(results(client, "cay xanh", loai="anh-video")) == {album.title, video.title}


def test_unpublished_albums_leave_the_index_and_rebuild_finds_the_captions(gallery):
    album = photo_album(gallery, ["Đại biểu biểu quyết thông qua nghị quyết"])
    SearchEntry.objects.all().delete()
    rebuild()
    assert "bieu quyet" in SearchEntry.objects.get(page_id=album.pk).folded
    album.unpublish()
    assert not SearchEntry.objects.filter(page_id=album.pk).exists()
