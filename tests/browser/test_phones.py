"""Phones: no page wider than the screen, the library's results first, the schedule by day.

At 360 and 390 px every page with tables (the library with results, the schedule's week, an
article with a six-column table, the search results) fits the screen: each table either fits
or scrolls sideways inside its own focusable, named box. Screenshots of the library, the
schedule and the article table at 390 px are kept with the test artefacts.
"""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.axe import assert_accessible
from tests.browser.utils import ARTEFACTS
from tests.quality.reader_site import WIDE_TABLE, reader_site, wide_content

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 900}

# Every table on the page: its width, and the scrolling box it sits in (if any) with that box's
# width, focusability and name.
MEASURE_TABLES = """
() => [...document.querySelectorAll("table")].filter((table) => table.offsetParent !== null)
  .map((table) => {
    const rect = table.getBoundingClientRect();
    let box = table.parentElement;
    while (box && !["auto", "scroll"].includes(getComputedStyle(box).overflowX)) {
      box = box.parentElement;
    }
    const boxRect = box ? box.getBoundingClientRect() : null;
    return {
      caption: table.caption ? table.caption.textContent.trim() : table.className,
      left: rect.left,
      right: rect.right,
      box: box && {
        left: boxRect.left,
        right: boxRect.right,
        focusable: box.tabIndex >= 0,
        role: box.getAttribute("role") || (box.localName === "section" && "region"),
        label: box.getAttribute("aria-label") || "",
      },
    };
  })
"""


@pytest.fixture
def phone_site(live_site):  # the live server's database
    site = reader_site()
    site.wide = wide_content(site)
    return site


def phone_pages(site):
    return {
        "the library with results": f"{site.library.url}?loai=nghi-quyet",
        "the schedule's week": site.wide.schedule.url,
        "an article with a six-column table": site.wide.table_article.url,
        "the search results": "/tim-kiem/?q=dang+bo",
        "a document's details": site.document.url,
        "the contact officials": site.wide.contact.url,
    }


def assert_fits(page, where):
    width = page.evaluate("() => window.innerWidth")
    scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
    assert scroll_width <= width, (
        f"{where} is {scroll_width} px wide on a {width} px screen: nothing should scroll sideways"
    )
    for table in page.evaluate(MEASURE_TABLES):
        if table["left"] >= 0 and table["right"] <= width:
            continue
        box = table["box"]
        assert box and box["left"] >= 0 and box["right"] <= width, (
            f"the table “{table['caption']}” on {where} reaches past the screen "
            f"({table['left']:.0f}–{table['right']:.0f} px of {width}) and no box of the screen's "
            "width scrolls it"
        )
        assert box["focusable"] and box["role"] == "region" and box["label"], (
            f"the scrolling box of the table “{table['caption']}” on {where} should be a named, "
            f"focusable region (a named <section>: keyboard readers scroll it), not {box}"
        )


@pytest.mark.parametrize("width", [360, 390])
def test_no_page_is_wider_than_a_phone(live_site, phone_site, page, width):
    page.set_viewport_size({"width": width, "height": 800})
    for where, url in phone_pages(phone_site).items():
        response = page.goto(f"{live_site.url}{url}")
        assert response.ok, f"{where} answered {response.status}"
        assert_fits(page, f"{where} at {width} px")
    page.goto(f"{live_site.url}{phone_pages(phone_site)['the search results']}")
    expect(page.locator(".search-result").first, "the search should find something").to_be_visible()
    page.goto(f"{live_site.url}{phone_site.wide.table_article.url}")
    region = page.get_by_role("region", name=WIDE_TABLE["table_caption"])
    expect(region, "the wide table scrolls inside a region named by its caption").to_be_visible()
    overflow = region.evaluate("(box) => box.scrollWidth - box.clientWidth")
    assert overflow > 0, "six columns are wider than a phone: the table should scroll, not squeeze"
    region.focus()
    page.keyboard.press("ArrowRight")
    expect(region, "the keyboard scrolls the table").not_to_have_js_property("scrollLeft", 0)


def screenshot(page, name):
    ARTEFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / f"phones-{name}.png"), full_page=True)


def test_library_results_come_first_on_a_phone(live_site, phone_site, page):
    page.set_viewport_size(PHONE)
    page.goto(f"{live_site.url}{phone_site.library.url}")
    filters = page.locator("details.library-facets")
    expect(filters, "the filters are folded on a phone").not_to_have_attribute("open", "")
    expect(page.get_by_label("Loại văn bản"), "folded filters are hidden").to_be_hidden()
    page.locator("summary", has_text="Bộ lọc").click()
    page.get_by_label("Loại văn bản").select_option("nghi-quyet")
    page.locator("form.library-filters").get_by_role("button", name="Tìm").click()
    page.wait_for_url("**?*loai=nghi-quyet*")

    summary = page.locator("details.library-facets > summary")
    expect(summary, "the folded filters say how many are set").to_have_text("Bộ lọc 1 đang chọn")
    expect(
        page.get_by_label("Loại văn bản"), "after a search the filters fold again"
    ).to_be_hidden()
    first = page.locator(".documents-table tbody tr").first
    expect(first).to_contain_text("05-NQ/ĐUK")
    top = first.evaluate("(row) => row.getBoundingClientRect().top + window.scrollY")
    assert top < 2 * PHONE["height"], (
        f"the first result starts {top:.0f} px down: it should be within two screens "
        f"({2 * PHONE['height']} px)"
    )
    card = first.bounding_box()
    assert card["width"] <= PHONE["width"], "each document is a card no wider than the screen"
    for cell in (
        "th",
        ".document-date",
        ".document-summary",
        ".document-status",
        ".document-files",
    ):
        box = first.locator(cell).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (
            f"the card's {cell} should be on the screen, is at {box}"
        )
    # The cards are still a table's rows to a screen reader, each cell labelled on screen.
    expect(first.get_by_role("cell", name="Tải về: PDF")).to_be_visible()
    expect(first.get_by_role("cell", name="Ngày ban hành: 02/03/2025")).to_be_visible()
    assert_accessible(page, "the library's results on a phone")
    screenshot(page, "library-390")

    summary.click()
    expect(page.get_by_label("Loại văn bản"), "the button opens the filters").to_be_visible()
    assert_accessible(page, "the library with its filters open on a phone")
    screenshot(page, "library-filters-390")
    page.goto(f"{live_site.url}{phone_site.library.url}")
    screenshot(page, "library-all-390")

    page.set_viewport_size(LAPTOP)
    page.goto(f"{live_site.url}{phone_site.library.url}?loai=nghi-quyet")
    expect(summary, "wide screens show the filters without the button").to_be_hidden()
    expect(page.get_by_label("Năm")).to_be_visible()
    expect(page.locator(".documents-table thead"), "and the table with its header").to_be_visible()
    screenshot(page, "library-1366")


def test_the_schedule_is_a_list_of_days_on_a_phone(live_site, phone_site, page):
    page.set_viewport_size(PHONE)
    page.goto(f"{live_site.url}{phone_site.wide.schedule.url}")
    expect(page.locator("table.schedule"), "no table on a phone").to_be_hidden()
    days = page.locator(".schedule-day h2")
    expect(days, "each day of the week is a heading").to_have_count(7)
    cards = page.locator(".schedule-card")
    expect(cards).to_have_count(5)
    card = cards.filter(has_text="Hội nghị Ban Chấp hành")
    for text in ("08:00", "Đồng chí Bí thư", "Chủ trì", "Thành phần", "Hội trường lớn"):
        expect(card).to_contain_text(text)
    height = page.evaluate("() => document.documentElement.scrollHeight")
    assert height < 4 * PHONE["height"], f"a week of five entries is {height} px tall"
    assert_accessible(page, "the schedule on a phone")
    screenshot(page, "schedule-390")

    today = timezone.localdate()
    page.get_by_role("link", name="Hôm nay").click()
    page.wait_for_url(f"**#ngay-{today:%Y-%m-%d}")
    heading = page.locator(f"#ngay-{today:%Y-%m-%d} h2")
    expect(heading).to_contain_text(f"{today:%d/%m/%Y}")
    expect(heading).to_contain_text("Hôm nay")
    expect(heading).to_be_in_viewport()

    page.set_viewport_size(LAPTOP)
    expect(page.locator("table.schedule"), "wide screens keep the week's table").to_be_visible()
    expect(page.locator(".schedule-days")).to_be_hidden()
    screenshot(page, "schedule-1366")


def test_article_table_screenshot(live_site, phone_site, page):
    page.set_viewport_size(PHONE)
    page.goto(f"{live_site.url}{phone_site.wide.table_article.url}")
    region = page.get_by_role("region", name=WIDE_TABLE["table_caption"])
    region.scroll_into_view_if_needed()
    assert_accessible(page, "an article with a wide table on a phone")
    ARTEFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / "phones-article-table-390.png"))
