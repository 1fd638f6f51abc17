"""An album page: thumbnails in a grid, each opening a lightbox that works without JavaScript."""

import pytest

from gallery.models import FIRST_ROW
from tests.gallery.factories import photo_album
from tests.gallery.utils import soup
from tests.portal.factories import sized_image

pytestmark = pytest.mark.django_db

CAPTIONS = [f"Đại biểu dự Hội nghị lần thứ {n}" for n in range(1, 7)]


@pytest.fixture
def album(gallery):
    images = [
        sized_image(800, 600, description=f"Hội trường, góc chụp {n}", credit=f"Tác giả {n}")
        for n in range(1, 7)
    ]
    return photo_album(gallery, CAPTIONS, images=images, title="Hội nghị Ban Chấp hành")


def test_each_thumbnail_opens_its_photo_by_address(client, album):
    page = soup(client.get(album.url))
    thumbs = page.select(".album-grid a.album-thumb")
    assert [a["href"] for a in thumbs] == [f"#anh-{n}" for n in range(1, 7)]
    for n, thumb in enumerate(thumbs, start=1):
        target = page.find(id=f"anh-{n}")
        assert target is not None, f"#anh-{n} should be the photo's lightbox"
        assert thumb["id"] == f"thumb-{n}", "closing returns to the thumbnail"


def test_thumbnails_have_alt_text_srcset_and_sizes(client, album):
    page = soup(client.get(album.url))
    images = page.select(".album-grid picture img")
    assert [img["alt"] for img in images] == [f"Hội trường, góc chụp {n}" for n in range(1, 7)]
    first = images[0]
    assert (first["width"], first["height"]) == ("320", "240")
    assert "320w" in first["srcset"] and "640w" in first["srcset"]
    assert first["src"].endswith(".jpg"), "the fallback <img> is a JPEG"
    sources = page.select(".album-grid picture")[0].select("source")
    assert [s["type"] for s in sources] == ["image/webp"], "test settings leave AVIF out"
    assert "640w" in sources[0]["srcset"] and sources[0]["sizes"]


def test_only_the_first_row_loads_at_once(client, album):
    images = soup(client.get(album.url)).select(".album-grid img")
    loading = [img.get("loading") for img in images]
    assert loading == ["eager"] * FIRST_ROW + ["lazy"] * (6 - FIRST_ROW)
    lightbox_images = soup(client.get(album.url)).select(".lightbox img")
    assert {img["loading"] for img in lightbox_images} == {"lazy"}


def test_lightbox_without_javascript(client, album):
    page = soup(client.get(album.url))
    boxes = page.select(".lightbox")
    assert len(boxes) == 6
    for n, box in enumerate(boxes, start=1):
        assert box["id"] == f"anh-{n}"
        assert box["role"] == "dialog"
        title = page.find(id=box["aria-labelledby"])
        assert title is not None and title.get_text(strip=True) == f"Ảnh {n}/6"
        caption = page.find(id=box["aria-describedby"])
        assert CAPTIONS[n - 1] in caption.get_text() and f"Tác giả {n}" in caption.get_text()
        previous = box.select_one("a[data-lightbox-prev]")
        following = box.select_one("a[data-lightbox-next]")
        close = box.select_one("a[data-lightbox-close]")
        assert previous["href"] == f"#anh-{6 if n == 1 else n - 1}"
        assert following["href"] == f"#anh-{1 if n == 6 else n + 1}"
        assert close["href"] == f"#thumb-{n}"
        assert [previous.text, following.text, close.text] == ["Ảnh trước", "Ảnh sau", "Đóng"]
        large = box.select_one("picture img")
        assert large["alt"] == f"Hội trường, góc chụp {n}"
        assert (large["width"], large["height"]) == ("800", "600"), "never enlarged"
        assert "aria-modal" not in box.attrs, "modal only once the script manages focus"
    # The backdrop closes too, but is neither announced nor reached by Tab.
    backdrop = boxes[0].select_one(".lightbox-backdrop")
    assert backdrop["tabindex"] == "-1" and backdrop["aria-hidden"] == "true"


def test_caption_and_credit_of_the_photo_override_the_image(client, gallery):
    image = sized_image(400, 300, caption="Chú thích của ảnh", credit="Phóng viên A")
    album = photo_album(gallery, [""], images=[image])
    album.photos.update(credit="Phóng viên B")
    text = soup(client.get(album.url)).select_one("#anh-1 figcaption").get_text()
    assert "Chú thích của ảnh" in text, "an empty caption falls back to the image's"
    assert "Phóng viên B" in text and "Phóng viên A" not in text


def test_gallery_assets_only_where_needed(client, album, gallery, home):
    album_html = client.get(album.url).content.decode()
    assert "portal/css/gallery.css" in album_html
    assert 'portal/js/gallery.js" defer' in album_html
    index_html = client.get(gallery.url).content.decode()
    assert "portal/css/gallery.css" in index_html
    assert "portal/js/gallery.js" not in index_html
    assert "gallery.css" not in client.get(home.url).content.decode()


def test_static_files_stay_small_and_local():
    from pathlib import Path

    from django.contrib.staticfiles import finders

    script = Path(finders.find("portal/js/gallery.js")).read_bytes()
    assert len(script) < 3 * 1024, "the lightbox script stays under 3 KB"
    for name in ("portal/js/gallery.js", "portal/css/gallery.css"):
        text = Path(finders.find(name)).read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text, f"{name} asks another site"
