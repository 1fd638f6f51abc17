"""A video file of the site plays in the reader's browser: chromium reads its metadata."""

import pytest

from tests.gallery.factories import GalleryIndexPageFactory, video_file, video_file_page
from tests.home.factories import home_page

pytestmark = pytest.mark.browser

METADATA = """() => new Promise((resolve) => {
  const video = document.querySelector("video");
  const report = () => resolve({
    readyState: video.readyState, duration: video.duration,
    error: video.error && video.error.code, src: video.currentSrc,
  });
  if (video.readyState >= 1) report();
  else {
    video.addEventListener("loadedmetadata", report, { once: true });
    video.addEventListener("error", report, { once: true, capture: true });
    video.querySelector("source").addEventListener("error", report, { once: true });
  }
})"""


@pytest.fixture
def video_page(live_site, debug_urls):
    pytest.importorskip("av", reason="PyAV (requirements-demo.txt) makes the test's video")
    gallery = GalleryIndexPageFactory(parent=home_page())
    gallery.save_revision().publish()
    return video_file_page(gallery, video_file(seconds=2.0, title="Giới thiệu trang"))


def test_a_video_file_plays_in_chromium(live_site, page, video_page):
    page.goto(f"{live_site.url}{video_page.url}")
    page.wait_for_load_state("networkidle")
    video = page.locator("video")
    assert video.get_attribute("preload") == "metadata", "the length shows before playing"
    assert video.get_attribute("poster"), "a picture until the reader presses play"
    assert page.locator("video source").get_attribute("type") == "video/mp4"
    state = page.evaluate(METADATA)
    assert state["error"] is None, state
    assert state["readyState"] >= 1 and state["duration"] > 0, state
    assert state["src"].endswith(".mp4"), state
