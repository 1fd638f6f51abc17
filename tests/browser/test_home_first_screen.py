"""The home page's first screen: the lead story and the newest news before any banner.

At 1366 × 900 (a laptop) and 390 × 844 (a phone) the lead story's headline and the next story's
start on the first screen, with the demo's carousel and banner strip on the page; the banners
are still there further down. On a laptop the two columns end close together: no long blank
column at the bottom of the page. Screenshots of the home at both sizes are kept with the test
artefacts.
"""

import datetime

import pytest
from django.utils import timezone

from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.browser.utils import ARTEFACTS
from tests.portal.factories import sized_image
from tests.quality.reader_site import reader_site, wide_content

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 900}

# The blank space allowed at the bottom of the shorter column on a laptop, in pixels: less than
# a row of cards (the home used to leave 700 to 1,250 px blank beside the right column).
COLUMN_GAP_BOUND = 250

# The blocks of each column on a laptop: the news column ends with the introduction.
COLUMNS = (".home-sections > *, .home-about", ".home-aside > *")
# Where a column's content ends (the grid stretches the columns themselves to the same height).
CONTENT_BOTTOM = "(blocks) => Math.max(...blocks.map((b) => b.getBoundingClientRect().bottom))"

SECTIONS = {
    "Xây dựng Đảng": [
        "Nâng cao chất lượng sinh hoạt chi bộ trong các cơ quan đảng",
        "Đảng ủy Khối tổng kết công tác kiểm tra, giám sát năm 2025",
        "Bồi dưỡng lý luận chính trị cho đảng viên mới",
        "Tập huấn nghiệp vụ công tác văn phòng cấp ủy",
    ],
    "Văn hóa – Xã hội": [
        "Hội thao chào mừng ngày thành lập Đảng bộ Khối",
        "Công đoàn cơ quan trao quà cho học sinh vùng cao",
        "Đoàn Thanh niên ra quân hưởng ứng tháng Thanh niên",
        "Hiến máu tình nguyện tại trụ sở Đảng ủy Khối",
    ],
}


@pytest.fixture
def home_site(live_site):  # the live server's database
    """The reader site with the demo's home: several sections, documents, the week's work."""
    site = reader_site()
    wide_content(site)
    start = timezone.now() - datetime.timedelta(days=2)
    for number, (title, headlines) in enumerate(SECTIONS.items()):
        section = ArticleIndexPageFactory(parent=site.home, title=title)
        for n, headline in enumerate(headlines):
            ArticlePageFactory(
                parent=section,
                title=headline,
                date=start - datetime.timedelta(hours=10 * number + n),
                featured_image=sized_image(960, 540, description=headline),
            )
    return site


def open_home(page, base_url, size):
    page.set_viewport_size(size)
    response = page.goto(f"{base_url}/")
    assert response.ok, f"the home page answered {response.status}"
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("size", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_the_lead_story_is_on_the_first_screen(home_site, live_site, page, size):
    open_home(page, live_site.url, size)
    ARTEFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / f"home-first-screen-{size['width']}.png"), full_page=True)

    headline = page.locator(".lead-grid .card-title").first
    box = headline.bounding_box()
    line = page.evaluate(
        "(el) => parseFloat(getComputedStyle(el).lineHeight)", headline.element_handle()
    )
    assert box["y"] + line < size["height"], (
        f"the lead story's headline starts {box['y']:.0f} px down: its first line should be on "
        f"the {size['width']} × {size['height']} first screen"
    )
    newest = page.locator(".lead-list .card-title").first.bounding_box()
    assert newest["y"] + line < size["height"], (
        f"the next story's headline starts {newest['y']:.0f} px down: the newest news starts on "
        "the first screen too"
    )
    for banners in (".carousel", ".banner-strip", ".banner-column"):
        shown = page.locator(banners)
        assert shown.count() == 1 and shown.is_visible(), f"{banners} is still on the home page"
        assert shown.bounding_box()["y"] > box["y"], f"{banners} comes after the lead story"


def test_the_columns_end_together(home_site, live_site, page):
    open_home(page, live_site.url, LAPTOP)
    main, aside = (page.locator(column).evaluate_all(CONTENT_BOTTOM) for column in COLUMNS)
    gap = abs(main - aside)
    assert gap < COLUMN_GAP_BOUND, (
        f"the home page's columns end {gap:.0f} px apart at 1366 px: the shorter leaves a blank "
        f"column under {COLUMN_GAP_BOUND} px at most"
    )
