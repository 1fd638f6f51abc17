"""The admin's live slug field makes the same slugs as portal.text.slugify."""

import pytest
from django.contrib.auth import get_user_model

from portal.text import slugify
from tests.browser.utils import admin_login
from tests.home.factories import home_page
from tests.portal.test_text import SLUG_CASES

pytestmark = pytest.mark.browser

TYPE_TITLE = """
(text) => new Promise((resolve) => {
  const title = document.querySelector('#id_title');
  const slug = document.querySelector('#id_slug');
  const done = () => resolve(slug.value);
  slug.addEventListener('w-slug:applied', done, { once: true });
  setTimeout(done, 1500);  // a title with no letters or digits gives no slug and no event
  title.dispatchEvent(new Event('focus'));
  title.value = text;
  title.dispatchEvent(new Event('change'));
})
"""


def test_admin_slug_field_matches_python(live_site, page):
    get_user_model().objects.create_superuser("kythuat", "kythuat@example.vn", "matkhau-thu")
    home = home_page()
    admin_login(page, live_site.url, "kythuat", "matkhau-thu")
    page.goto(f"{live_site.url}/admin/pages/add/home/standardpage/{home.pk}/")

    # Type each title as an editor would; Wagtail's title field syncs the slug field after
    # a short debounce and announces it with a "w-slug:applied" event.
    from_browser = {}
    for text, _expected in SLUG_CASES:
        page.locator("#id_slug").evaluate("input => { input.value = ''; }")
        from_browser[text] = page.evaluate(TYPE_TITLE, text)

    expected = {text: slugify(text) for text, _ in SLUG_CASES}
    assert expected == dict(SLUG_CASES)
    assert from_browser == expected


def test_migrations_data_is_back_after_a_live_server_test(live_site):
    """The live-server test above empties the database; the site root must be restored."""
    from wagtail.models import Page, Site

    assert Site.objects.filter(is_default_site=True).exists()
    assert Page.objects.filter(depth=1).exists()
    assert home_page().slug == "trang-chu"
