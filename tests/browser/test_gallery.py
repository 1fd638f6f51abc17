"""The album lightbox in a real browser: without JavaScript by the address alone, with it by
the keyboard; a video page contacts the other site only after the click."""

import pytest

from tests.gallery.factories import GalleryIndexPageFactory, photo_album, video_page
from tests.home.factories import home_page

pytestmark = pytest.mark.browser

SHOWN = "(id) => getComputedStyle(document.getElementById(id)).display !== 'none'"
FOCUSED = "() => document.activeElement.id || document.activeElement.className"


def focus_moves_to(page, name):
    """Wait (briefly) for the script to move the focus: it does so after the address changes."""
    page.wait_for_function(f"(name) => ({FOCUSED})() === name", arg=name, timeout=3000)


@pytest.fixture
def album(live_site):
    gallery = GalleryIndexPageFactory(parent=home_page())
    gallery.save_revision().publish()
    captions = ["Đại biểu dự hội nghị", "Toàn cảnh hội trường", "Biểu quyết nghị quyết"]
    return photo_album(gallery, captions, title="Hội nghị Ban Chấp hành")


def test_lightbox_works_without_javascript(live_site, browser, album):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_site.url}{album.url}")
    assert not page.evaluate(SHOWN, "anh-1")
    page.click("#thumb-1")
    assert page.evaluate(SHOWN, "anh-1")
    page.click("#anh-1 >> text=Ảnh sau")
    assert page.evaluate(SHOWN, "anh-2") and not page.evaluate(SHOWN, "anh-1")
    page.click("#anh-2 >> text=Ảnh trước")
    page.click("#anh-1 >> text=Ảnh trước")
    assert page.evaluate(SHOWN, "anh-3"), "the first photo's previous is the last"
    page.click("#anh-3 >> text=Đóng")
    assert not any(page.evaluate(SHOWN, f"anh-{n}") for n in (1, 2, 3))
    context.close()


def test_lightbox_by_keyboard(live_site, page, album):
    page.goto(f"{live_site.url}{album.url}")
    page.focus("#thumb-1")
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED) == "thumb-2", "closed photos are not reached by Tab"
    page.keyboard.press("Enter")
    page.wait_for_function("() => location.hash === '#anh-2'")
    assert page.evaluate(SHOWN, "anh-2")
    focus_moves_to(page, "lightbox-close")  # into the photo
    assert page.get_attribute("#anh-2", "aria-modal") == "true"
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => location.hash === '#anh-3'")
    focus_moves_to(page, "lightbox-next")
    for _ in range(3):  # previous, next, close: Tab stays inside the photo
        page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED) == "lightbox-next"
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "the focused control shows it"
    page.keyboard.press("Escape")
    page.wait_for_function("() => location.hash === '#thumb-3'")
    assert not page.evaluate(SHOWN, "anh-3")
    focus_moves_to(page, "thumb-3")  # back to the photo's thumbnail
    page.go_back()
    assert page.url.endswith(album.url), "browsing did not fill the history"


def test_video_waits_for_the_click(live_site, page):
    gallery = GalleryIndexPageFactory(parent=home_page())
    gallery.save_revision().publish()
    video = video_page(gallery, url="https://video.example.vn/phong-su")
    outside = []
    page.on("request", lambda request: outside.append(request.url))
    page.goto(f"{live_site.url}{video.url}")
    assert not [url for url in outside if not url.startswith(live_site.url)]
    page.click("[data-video-play]")
    page.wait_for_selector("[data-video-embed] iframe")
    assert page.evaluate("() => document.activeElement.tagName") == "IFRAME"
