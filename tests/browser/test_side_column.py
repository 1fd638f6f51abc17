"""The side column of sections and articles (the newest news and documents) in chromium.

At 1366 px it stands beside the main column; at 390 and 360 px it follows the main column and
nothing scrolls sideways. Both pages pass axe-core with it.
"""

import pytest

from tests.browser.axe import assert_accessible
from tests.quality.reader_site import reader_site

LAPTOP = {"width": 1366, "height": 900}
PHONES = [{"width": 390, "height": 844}, {"width": 360, "height": 740}]

# The main column's box and the side column's, in page coordinates.
BOXES = """
() => Object.fromEntries(["main", "aside"].map((name) => {
  const el = document.querySelector(name === "main" ? ".page-main" : ".page-aside");
  const rect = el.getBoundingClientRect();
  return [name, { left: rect.left, right: rect.right, top: rect.top + scrollY,
                  bottom: rect.bottom + scrollY }];
}))
"""


@pytest.fixture
def side_site(live_site):  # the live server's database
    return reader_site()


def side_pages(site):
    return {"a section": site.section.url, "an article": site.article.url}


def open_page(page, url, size):
    page.set_viewport_size(size)
    response = page.goto(url)
    assert response.ok, f"{url} answered {response.status}"
    page.wait_for_load_state("networkidle")


def test_beside_the_main_column_on_a_laptop(side_site, live_site, page):
    for where, path in side_pages(side_site).items():
        open_page(page, f"{live_site.url}{path}", LAPTOP)
        aside = page.get_by_role("complementary", name="Tin mới và văn bản mới")
        assert aside.is_visible(), f"{where} has the side column at 1366 px"
        assert aside.get_by_role("heading", name="Tin mới").is_visible()
        assert aside.get_by_role("heading", name="Văn bản mới").is_visible()
        boxes = page.evaluate(BOXES)
        assert boxes["aside"]["left"] > boxes["main"]["right"], (
            f"on {where} the side column starts at {boxes['aside']['left']:.0f} px, left of the "
            f"main column's right edge ({boxes['main']['right']:.0f} px): it should stand beside it"
        )
        assert abs(boxes["aside"]["top"] - boxes["main"]["top"]) < 2, (
            f"on {where} both columns start at the same height"
        )
        assert_accessible(page, f"{where} at 1366 px")


@pytest.mark.parametrize("size", PHONES, ids=lambda size: f"{size['width']}px")
def test_after_the_main_column_on_phones(side_site, live_site, page, size):
    for where, path in side_pages(side_site).items():
        open_page(page, f"{live_site.url}{path}", size)
        width = size["width"]
        scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
        assert scroll_width <= width, (
            f"{where} is {scroll_width} px wide on a {width} px screen: nothing should scroll "
            "sideways"
        )
        boxes = page.evaluate(BOXES)
        assert boxes["aside"]["top"] >= boxes["main"]["bottom"], (
            f"on {where} at {width} px the side column comes after the main column"
        )
        assert boxes["aside"]["right"] <= width, f"the side column of {where} fits the screen"
        assert_accessible(page, f"{where} at {width} px")
