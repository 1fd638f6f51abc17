"""The demo's library: three albums of 6–8 drawn photos and three videos (one a file the
demo makes itself), created once."""

import pytest
from wagtail.models import Collection

from demo import gallery as demo
from demo.datafiles import read
from gallery.models import AlbumPhoto, GalleryIndexPage, PhotoAlbumPage, VideoPage
from navigation.models import Menu
from portal.models import PortalImage
from tests.home.factories import StandardPageFactory
from tests.navigation.factories import menu_item

pytestmark = pytest.mark.django_db


def load(home):
    collection = Collection.get_first_root_node()
    # Small photos: the same drawings, quicker to make in a test.
    return demo.GalleryLoader(home, collection, photo_size=(480, 320)).load()


def counts():
    return (
        GalleryIndexPage.objects.count(),
        PhotoAlbumPage.objects.count(),
        VideoPage.objects.count(),
        AlbumPhoto.objects.count(),
        PortalImage.objects.count(),
    )


def test_loader_creates_the_library_once(home, client):
    gallery = load(home)
    first = counts()
    assert load(home).pk == gallery.pk
    data = read("gallery")
    photos = sum(len(album["photos"]) for album in data["albums"])
    assert counts() == first == (1, 3, 3, photos, photos + len(data["videos"]))

    assert gallery.title == "Thư viện ảnh – video" and gallery.live
    for album in PhotoAlbumPage.objects.all():
        photos = list(album.photos.select_related("image"))
        assert album.live and 6 <= len(photos) <= 8, album.title
        assert album.cover_image_id == photos[0].image_id
        for photo in photos:
            assert photo.image.description and photo.shown_caption and photo.shown_credit
    captions = AlbumPhoto.objects.values_list("image__caption", flat=True)
    assert any("Đại biểu dự Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 12" in c for c in captions)
    for video in VideoPage.objects.all():
        assert video.live and video.cover_image_id, video.title
    response = client.get(gallery.url)
    assert response.status_code == 200
    assert response.content.decode().count('class="card gallery-card') == 6


def test_photos_have_a_photographs_size_and_differ():
    from io import BytesIO

    from PIL import Image

    first = demo.draw_photo("meeting", 1, (1600, 1067), zoom=1.0, focus=0.5)
    closer = demo.draw_photo("meeting", 1, (1600, 1067), zoom=1.6, focus=0.3)
    assert Image.open(BytesIO(first)).size == (1600, 1067)
    assert first != closer


def test_the_main_menu_gets_the_library_once_before_the_contact_page(home):
    about = StandardPageFactory(parent=home, title="Giới thiệu", slug="gioi-thieu")
    contact = StandardPageFactory(parent=home, title="Liên hệ", slug="lien-he")
    menu = Menu.objects.create(
        location="main", items=[menu_item(about), menu_item(contact)], live=False
    )
    menu.save_revision().publish()
    gallery = load(home)
    demo.add_to_main_menu(gallery)
    demo.add_to_main_menu(gallery)
    menu.refresh_from_db()
    pages = [item["value"]["page"] for item in menu.items.raw_data]
    assert pages == [about.pk, gallery.pk, contact.pk]
    assert menu.live and not menu.has_unpublished_changes


def test_the_demo_makes_and_plays_its_own_video(home, client, debug_urls):
    pytest.importorskip("av", reason="PyAV (requirements-demo.txt) makes the demo's video")
    from wagtailmedia.models import get_media_model

    load(home)
    made = next(spec for spec in read("gallery")["videos"] if "made" in spec)
    page = VideoPage.objects.get(slug=made["slug"])
    block = page.video[0]
    assert block.block_type == "video_file", "the made video is a file of the site"
    media = block.value["video"]
    assert media.type == "video" and media.file.name.endswith(".mp4")
    assert (media.width, media.height) == (640, 360) and 5 <= media.duration <= 8
    assert media.file.size < 1024 * 1024, "a short video stays small"
    assert media.thumbnail and page.cover_image_id, "a poster before playing, a picture in lists"
    assert get_media_model().objects.count() == 1
    html = client.get(page.url).content.decode()
    assert '<video controls preload="metadata" width="640" height="360"' in html
    assert f'poster="{media.thumbnail.url}"' in html
    assert f'<source src="{media.file.url}" type="video/mp4">' in html
    assert client.get(media.file.url).status_code == 200, "readers may fetch a published video"


def test_without_the_encoder_the_demo_skips_its_video(home, monkeypatch):
    monkeypatch.setattr(demo, "encoder_available", lambda: False)
    loader = demo.GalleryLoader(home, Collection.get_first_root_node(), photo_size=(480, 320))
    loader.load()
    assert VideoPage.objects.count() == 2, "the other videos are still loaded"
    assert len(loader.skipped) == 1 and "PyAV" in loader.skipped[0]
