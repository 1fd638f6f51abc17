"""The footer's visit counter in chromium: reading a page counts once, a reload does not.

Headless chromium calls itself "HeadlessChrome", which the crawler list rightly leaves out:
the reader here has an ordinary browser's user agent.
"""

import pytest

from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.home.factories import home_page
from tests.visits.factories import BROWSER
from visits import buffer
from visits.models import PageViews

BEACON = "/luot-truy-cap/"


@pytest.fixture
def reader_page(browser):
    context = browser.new_context(
        locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh", user_agent=BROWSER
    )
    page = context.new_page()
    yield page
    context.close()


def read(page, url):
    """Open ``url`` and wait for the beacon's answer; the footer's figure for today."""
    with page.expect_response(lambda response: response.url.endswith(BEACON)) as answer:
        assert page.goto(url).ok
    assert answer.value.ok
    today = page.locator('#visit-counter [data-visit-figure="today"]')
    page.wait_for_function(
        "() => document.querySelector('[data-visit-beacon]').dataset.visitCounted !== undefined"
    )
    return today.inner_text(), page.locator("[data-visit-beacon]").get_attribute(
        "data-visit-counted"
    )


def test_reading_a_page_counts_once_and_a_reload_does_not(live_site, reader_page):
    section = ArticleIndexPageFactory(parent=home_page(), title="Tin tức", slug="tin-tuc")
    article = ArticlePageFactory(parent=section, title="Hội nghị", slug="hoi-nghi")
    url = f"{live_site.url}{article.url}"

    assert read(reader_page, url) == ("1", "yes")
    assert read(reader_page, url) == ("1", "no")  # reloaded at once: not counted again
    assert read(reader_page, f"{live_site.url}/") == ("2", "yes")  # another page counts
    buffer.flush()
    assert PageViews.objects.get(page=article).views == 1
    footer = reader_page.locator("#visit-counter")
    assert "Lượt truy cập" in footer.text_content()
    assert "Tất cả" in footer.inner_text()
