"""What browser tests share besides fixtures: the admin login, where artefacts go."""

from pathlib import Path

from editorial.setup import setup_editorial
from tests.articles.factories import ArticleIndexPageFactory
from tests.home.factories import home_page

# Screenshots and other artefacts of the browser tests (git-ignored, kept by CI).
ARTEFACTS = Path(__file__).resolve().parent.parent.parent / "test-results"
# The password of the accounts the browser tests sign in with.
PASSWORD = "mat-khau-thu-9"


def admin_login(page, base_url, username, password):
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")


def news_section():
    """The site's news section under the editorial process, as `setup_editorial` leaves a real
    site: run again once the section exists, so contributors may write in it."""
    setup_editorial()
    section = ArticleIndexPageFactory(parent=home_page(), title="Tin tức – Sự kiện", slug="tin-tuc")
    setup_editorial()
    return section


def choose_lead_story(page, search, title):
    """On the "Tin tiêu điểm" screen, pick ``title`` (found by ``search``) for the lead place;
    the place's locator is returned, not yet saved."""
    lead = page.locator("[data-featured-place]").first
    lead.get_by_role("button", name="Chọn trang").click()
    modal = page.locator(".modal-content")
    modal.locator("input[name=q]").fill(search)
    modal.get_by_role("link", name=title).click()
    lead.get_by_text(title).wait_for()
    return lead
