"""The editorial board's day, in the browser, as new users go through it: a contributor writes
a news item and submits it, an editor sends it back with a reason, the contributor finds the
reason, mends and resubmits, two editors and the chief editor approve it to live, readers see
it dated the day it went live, and the chief editor makes it the home page's lead story.
Screenshots of the screens on the way are kept as artefacts (``test-results/journey-*.png``)."""

import pytest
from django.utils import timezone
from wagtail.models import Collection

from articles.models import ArticlePage
from portal import roles
from tests.accounts.factories import UserFactory
from tests.browser.utils import ARTEFACTS, PASSWORD, admin_login, choose_lead_story, news_section
from tests.portal.factories import ImageFactory

pytestmark = pytest.mark.browser
TITLE = "Chi bộ Phòng Tổng hợp kết nạp đảng viên mới"
REASON = "Ghi rõ họ tên đảng viên mới và ngày kết nạp."


@pytest.fixture
def board(live_site):
    section = news_section()
    people = {
        name: UserFactory(username=name, password=PASSWORD, roles=[role])
        for name, role in [
            ("congtacvien", roles.CONTRIBUTOR),
            ("bientapvien", roles.EDITOR),
            ("bientapvien2", roles.EDITOR),
            ("truongban", roles.CHIEF_EDITOR),
        ]
    }
    # In the library the roles' rights on pictures cover (the factory makes a collection).
    ImageFactory(title="Lễ kết nạp đảng viên", collection=Collection.get_first_root_node())
    return {"section": section, "people": people}


def shoot(page, name):
    ARTEFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / f"journey-{name}.png"), full_page=True)


def settle(page):
    """Let the page's requests (Wagtail's autosave among them) finish before the next click
    or database read: the live server's SQLite in memory takes one writer at a time."""
    page.wait_for_load_state("networkidle")


def sign_in(page, base_url, username):
    page.context.clear_cookies()
    admin_login(page, base_url, username, PASSWORD)
    settle(page)


def write_news_item(page, base_url, section):
    page.goto(f"{base_url}/admin/pages/add/articles/articlepage/{section.pk}/")
    page.fill("#id_title", TITLE)
    page.get_by_label("Tin", exact=True).check()
    page.fill("#id_sapo", "Chi bộ Phòng Tổng hợp tổ chức lễ kết nạp đảng viên mới.")
    page.get_by_role("button", name="Chọn ảnh").click()
    page.locator(".modal-content").get_by_text("Lễ kết nạp đảng viên").click()
    page.locator(".modal-content").wait_for(state="detached")
    page.locator("[data-streamfield-stream-container] .c-sf-add-button").first.click()
    page.locator(".w-combobox").get_by_text("Đoạn văn", exact=True).first.click()
    editor = page.locator(".public-DraftEditor-content").first
    editor.click()
    editor.type("Sáng nay, Chi bộ Phòng Tổng hợp tổ chức lễ kết nạp đảng viên mới.")
    # Wagtail saves a new page as it is typed, then turns the form into the page's edit form.
    page.wait_for_function(
        "() => document.querySelector('form[data-edit-form]').action.includes('/edit/')"
    )
    settle(page)


def request_changes(page, reason):
    """The editor's "Yêu cầu sửa" on the first item awaiting review, with ``reason``."""
    settle(page)
    review = page.locator("[id^=awaiting-review]").first
    review.get_by_role("button", name="Thao tác").first.click()
    review.get_by_role("button", name="Yêu cầu sửa").first.click()
    modal = page.locator(".modal-content")
    modal.locator("textarea[name=comment]").fill(reason)
    with page.expect_navigation():
        modal.locator("[type=submit]").click()


def approve(page, grade=None):
    """The visible "Chấp thuận" button of the first item awaiting review; the final step's
    dialog asks for a grade first."""
    settle(page)
    review = page.locator("[id^=awaiting-review]").first
    button = review.get_by_role("button", name="Chấp thuận", exact=True).first
    icon = button.locator("svg").bounding_box()
    assert icon["width"] <= 24 and icon["height"] <= 24, "the button's icon hid its label"
    if grade is None:
        with page.expect_navigation():
            button.click()
    else:
        button.click()
        modal = page.locator(".modal-content")
        modal.locator(f"input[name=grade][value={grade}]").check()
        with page.expect_navigation():
            modal.locator("[type=submit]").click()
    settle(page)


def test_a_news_item_from_first_draft_to_readers(board, page, live_site):
    base = live_site.url
    page.set_viewport_size({"width": 1366, "height": 900})

    sign_in(page, base, "congtacvien")
    write_news_item(page, base, board["section"])
    footer = page.locator("footer")
    assert footer.inner_text().startswith("Gửi duyệt"), (
        "submitting is the contributor's main action"
    )
    with page.expect_navigation():
        footer.get_by_role("button", name="Gửi duyệt").first.click()
    settle(page)
    shoot(page, "contributor-submitted")
    article = ArticlePage.objects.get(title=TITLE)
    assert article.current_workflow_state is not None, "submitted into the workflow"
    assert article.date is None, "no date before first publication"

    sign_in(page, base, "bientapvien")
    shoot(page, "editor-dashboard")
    request_changes(page, REASON)

    sign_in(page, base, "congtacvien")
    assert REASON in page.locator("[id^=changes-requested]").first.inner_text()
    page.goto(f"{base}/admin/pages/{article.pk}/edit/")
    assert REASON in page.locator(".messages").inner_text()
    shoot(page, "contributor-changes-requested")
    page.fill("#id_sapo", "Sáng 7/12, Chi bộ Phòng Tổng hợp kết nạp đồng chí Lê Thu Hà.")
    settle(page)
    footer = page.locator("footer")
    assert footer.inner_text().startswith("Gửi duyệt lại")
    with page.expect_navigation():
        footer.get_by_role("button", name="Gửi duyệt lại").first.click()

    for reviewer, grade in (("bientapvien", None), ("bientapvien2", None), ("truongban", "A")):
        sign_in(page, base, reviewer)
        approve(page, grade)
        said = page.locator(".messages").inner_text()
        assert TITLE in said and "chấp thuận" in said, f"{reviewer} is told it went through"

    article.refresh_from_db()
    assert article.live, "the chief editor's approval publishes it"
    assert article.date.astimezone(timezone.get_current_timezone()).date() == (
        timezone.localdate()
    ), "readers see the day it went live"
    response = page.goto(f"{base}{article.url}")
    assert response.ok and TITLE in page.locator("h1").inner_text()
    assert "Lê Thu Hà" in page.content(), "the mended text is what went live"

    # The grade typed in the approval dialog is on this month's royalty sheet.
    assert article.grade.grade == "A"
    page.goto(f"{base}/admin/reports/royalties/")
    row = page.locator("#report-royalties tr", has_text=TITLE)
    assert "A" in row.inner_text(), "the item and its grade are on the month's sheet"

    # The same day the chief editor puts it first on the home page, in one step.
    page.goto(f"{base}/admin/")
    page.get_by_role("link", name="Tin tiêu điểm").click()
    choose_lead_story(page, "kết nạp", TITLE)
    page.get_by_role("button", name="Lưu lựa chọn").click()
    page.get_by_text("Đã lưu tin tiêu điểm và tin nổi bật").wait_for()
    page.goto(f"{base}/")
    assert TITLE in page.locator(".lead-grid").inner_text(), "the home page leads with it"
