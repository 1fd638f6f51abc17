"""An article's share links, copy button and text size in a real browser."""

import pytest
from wagtail.models import Site

from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.browser.axe import assert_accessible
from tests.home.factories import home_page

pytestmark = pytest.mark.browser

FONT_SIZE = "() => parseFloat(getComputedStyle(document.querySelector('.article .sapo')).fontSize)"


@pytest.fixture
def articles(live_site):
    home = home_page()
    Site.objects.filter(root_page=home).update(site_name="Đảng bộ Khối")  # the masthead's name
    section = ArticleIndexPageFactory(parent=home, title="Tin tức")
    section.save_revision().publish()
    first = ArticlePageFactory(parent=section, title="Bài thứ nhất", featured_image=None)
    second = ArticlePageFactory(parent=section, title="Bài thứ hai", featured_image=None)
    return first, second


def test_copy_link_and_share_links_without_loading_other_sites(live_site, browser, articles):
    context = browser.new_context(locale="vi-VN")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_site.url)
    page = context.new_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{live_site.url}{articles[0].url}?utm_source=zalo")
    canonical = page.get_attribute('link[rel="canonical"]', "href")
    assert "utm_source" not in canonical
    assert canonical in page.get_attribute("a.share-link >> text=Facebook", "href").replace(
        "%3A", ":"
    ).replace("%2F", "/")
    page.get_by_role("button", name="Sao chép liên kết").click()
    page.get_by_role("status").filter(has_text="Đã sao chép liên kết").wait_for()
    assert page.evaluate("() => navigator.clipboard.readText()") == canonical
    others = [url for url in requested if not url.startswith(live_site.url)]
    assert others == [], f"the article page asked another site for {others}"
    context.close()


def test_copy_field_is_there_without_javascript(live_site, browser, articles):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_site.url}{articles[0].url}")
    field = page.get_by_label("Địa chỉ bài viết")
    assert field.is_visible(), "without script the address is shown to select"
    assert field.input_value() == page.get_attribute('link[rel="canonical"]', "href")
    assert not page.get_by_role("button", name="Sao chép liên kết").is_visible()
    context.close()


def test_text_size_is_kept_across_articles(live_site, page, articles):
    first, second = articles
    page.goto(f"{live_site.url}{first.url}")
    normal = page.evaluate(FONT_SIZE)
    page.get_by_role("button", name="Tăng cỡ chữ").click()
    page.get_by_role("button", name="Tăng cỡ chữ").click()
    larger = page.evaluate(FONT_SIZE)
    assert larger > normal
    page.goto(f"{live_site.url}{second.url}")
    assert page.evaluate("() => document.documentElement.dataset.textScale") == "2"
    assert page.evaluate(FONT_SIZE) == larger, "the size chosen on one article applies to the next"
    smaller = page.get_by_role("button", name="Giảm cỡ chữ")
    for step in ("1", "0", "-1"):
        smaller.click()
        assert page.evaluate("() => localStorage.getItem('portal-text-size')") == step
    assert page.evaluate(FONT_SIZE) < normal
    assert smaller.is_disabled(), "the smallest size is the last step down"
    assert_accessible(page, "an article with its share links and text size")
    page.goto(f"{live_site.url}/khong-co/")
    assert_accessible(page, "the 404 page")
