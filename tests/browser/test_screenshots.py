"""Screenshots of the home page at phone and desktop widths, kept as test artefacts."""

import struct

import pytest

from tests.browser.utils import ARTEFACTS
from tests.quality.reader_site import reader_site


@pytest.mark.parametrize("width, height", [(390, 844), (1366, 900)])
def test_home_page_screenshot(live_site, page, width, height):
    reader_site()
    page.set_viewport_size({"width": width, "height": height})
    response = page.goto(f"{live_site.url}/")
    assert response.ok, f"the home page answered {response.status}"
    page.wait_for_load_state("networkidle")
    ARTEFACTS.mkdir(exist_ok=True)
    path = ARTEFACTS / f"home-{width}.png"
    page.screenshot(path=str(path), full_page=True)
    png = path.read_bytes()
    assert png.startswith(b"\x89PNG")
    shot_width, shot_height = struct.unpack(">II", png[16:24])
    assert shot_width == width, "the page should not be wider than the screen"
    assert shot_height >= height
