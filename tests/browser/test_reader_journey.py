"""A reader on a phone: menu, section, article, tag, search, library, document, download.

axe-core checks every page on the way (and the open menu).
"""

import re
from pathlib import Path

from playwright.sync_api import expect

from tests.browser.axe import assert_accessible
from tests.quality.reader_site import reader_site

PHONE = {"width": 390, "height": 844}


def open_mobile_menu(page):
    toggle = page.locator("button.nav-toggle")
    expect(toggle, "a phone-sized page should show the menu button").to_be_visible()
    expect(toggle).to_have_attribute("aria-controls", "main-nav")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    menu = page.locator("#main-nav")
    expect(menu, "the closed menu should take no room on a phone").to_be_hidden()
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(menu).to_be_visible()
    return menu


def test_reader_journey_on_a_phone(live_site, page):
    site = reader_site()
    page.set_viewport_size(PHONE)

    page.goto(f"{live_site.url}/")
    expect(page.locator(".carousel-slide")).to_have_count(3)
    assert_accessible(page, "the home page (phone)")
    menu = open_mobile_menu(page)
    assert_accessible(page, "the home page with its menu open (phone)")

    menu.get_by_role("link", name=site.section.title, exact=True).click()
    page.wait_for_url(f"{live_site.url}{site.section.url}")
    expect(page.locator("h1")).to_have_text(site.section.title)
    assert_accessible(page, "the section")

    page.locator("main").get_by_role("link", name=site.article.title).first.click()
    page.wait_for_url(f"{live_site.url}{site.article.url}")
    expect(page.locator("h1")).to_have_text(site.article.title)
    assert_accessible(page, "the article")

    page.locator('a[rel="tag"]', has_text="Xây dựng Đảng").click()
    page.wait_for_url(re.compile(r"\?the=xay-dung-dang$"))
    listing = page.locator("main .listing")  # not the side column's newest articles
    expect(listing.get_by_role("link", name=site.articles[0].title)).to_be_visible()
    expect(listing.get_by_role("link", name=site.articles[1].title)).to_be_visible()
    expect(listing.get_by_text(site.articles[2].title), "not tagged so").to_have_count(0)
    assert_accessible(page, "the section filtered by a tag")

    search = page.locator('form.site-search input[name="q"]')
    expect(search, "the header search box should be usable on a phone").to_be_visible()
    search.fill("hoi nghi so ket")  # typed without marks
    search.press("Enter")
    page.wait_for_url(re.compile(r"/tim-kiem/\?q=hoi\+nghi\+so\+ket"))
    results = page.locator(".search-results")
    expect(results.get_by_role("link", name=site.article.title)).to_be_visible()
    # Marked as written, with its marks, in the passage (the title is shown apart).
    expect(results.locator("mark").first).to_contain_text(re.compile("hội nghị", re.IGNORECASE))
    assert_accessible(page, "the search results")

    open_mobile_menu(page).get_by_role("link", name=site.library.title, exact=True).click()
    page.wait_for_url(f"{live_site.url}{site.library.url}")
    assert_accessible(page, "the document library")
    page.locator("main").get_by_role("link", name=site.document.number, exact=True).click()
    page.wait_for_url(f"{live_site.url}{site.document.url}")
    expect(page.locator("h1")).to_have_text(site.document.title)
    # Read on the page itself, without opening the PDF.
    full_text = page.locator("#toan-van")
    expect(full_text.get_by_role("heading", name="Toàn văn")).to_be_visible()
    expect(full_text).to_contain_text("Triển khai phần mềm quản lý văn bản")
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    assert_accessible(page, "the document")

    with page.expect_download() as event:
        page.locator("main").get_by_role("link", name="Tải về").first.click()
    download = event.value
    assert download.suggested_filename.endswith(".pdf")
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"%PDF-"), data[:20]
    assert data == site.pdf, "the downloaded file should be the document's PDF, byte for byte"
