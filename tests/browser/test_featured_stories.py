"""Choosing the home page's stories as the chief editor does it: the page chooser offers
articles, an expiry is typed, one save puts them on the home page."""

import pytest

from home.models import HomeSelection
from portal import roles
from tests.accounts.factories import UserFactory
from tests.articles.factories import ArticlePageFactory
from tests.browser.utils import ARTEFACTS, PASSWORD, admin_login, choose_lead_story, news_section

pytestmark = pytest.mark.browser
LEAD = "Đảng bộ Khối kết nạp 437 đảng viên mới"


@pytest.fixture
def newsroom(live_site):
    section = news_section()
    for title in ("Hội nghị sơ kết quý III", "Đại hội Chi bộ Văn phòng", LEAD):
        ArticlePageFactory(parent=section, title=title)
    UserFactory(username="truongban", password=PASSWORD, roles=[roles.CHIEF_EDITOR])


def shot(page, name):
    ARTEFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / f"curation-{name}.png"), full_page=True)


def test_the_chief_editor_chooses_the_lead_story(newsroom, page, live_site):
    page.set_viewport_size({"width": 1366, "height": 1200})
    admin_login(page, live_site.url, "truongban", PASSWORD)
    page.get_by_role("link", name="Tin tiêu điểm").click()
    page.wait_for_url("**/admin/featured-stories/")
    shot(page, "empty")

    lead = choose_lead_story(page, "kết nạp", LEAD)
    lead.locator("input[name=expires_at_0]").fill("01/01/2020 08:00")
    page.get_by_role("button", name="Lưu lựa chọn").click()
    page.get_by_text("Thời điểm này đã qua").wait_for()
    assert LEAD in lead.inner_text(), "the chosen article stays after an error"
    shot(page, "error")

    lead.locator("input[name=expires_at_0]").fill("31/12/2099 17:00")
    page.get_by_role("button", name="Lưu lựa chọn").click()
    page.get_by_text("Đã lưu tin tiêu điểm và tin nổi bật").wait_for()
    shot(page, "saved")
    assert HomeSelection.objects.get().article.title == LEAD

    page.goto(f"{live_site.url}/")
    lead_grid = page.locator(".lead-grid").inner_text()
    assert lead_grid.index(LEAD) < lead_grid.index("Đại hội Chi bộ Văn phòng")
