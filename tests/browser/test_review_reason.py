"""Sending work back, as the board does it in the browser: the editor must give a reason, the
author finds it on the dashboard and at the top of the edit page, and cancelling asks first."""

import pytest
from django.test import Client
from wagtail.models import WorkflowState

from portal import roles
from tests.accounts.factories import UserFactory
from tests.browser.utils import PASSWORD, admin_login, news_section
from tests.editorial.utils import create_article

pytestmark = pytest.mark.browser
REASON = "Bổ sung số liệu về đảng viên mới kết nạp."


@pytest.fixture
def submitted(live_site):
    section = news_section()
    UserFactory(username="editor", password=PASSWORD, roles=[roles.EDITOR])
    author = UserFactory(username="contributor", password=PASSWORD, roles=[roles.CONTRIBUTOR])
    client = Client()
    client.force_login(author)
    _response, article = create_article(client, section, title="Tin chi bộ cơ sở gửi duyệt")
    return article


def status(article):
    article.refresh_from_db()
    return WorkflowState.objects.get(pk=article.current_workflow_state.pk).status


def test_changes_requested_with_a_reason_the_author_sees(submitted, page, live_site):
    admin_login(page, live_site.url, "editor", PASSWORD)
    review = page.locator("#awaiting-review-section, [id^=awaiting-review]").first
    review.get_by_role("button", name="Thao tác").click()
    review.get_by_role("button", name="Yêu cầu sửa").click()
    modal = page.locator(".modal-content")
    modal.locator("textarea[name=comment]").wait_for()
    modal.locator("[type=submit]").click()
    modal.get_by_text("Hãy ghi rõ tác giả cần sửa gì.").wait_for()
    assert status(submitted) == WorkflowState.STATUS_IN_PROGRESS

    modal.locator("textarea[name=comment]").fill(REASON)
    with page.expect_navigation():
        modal.locator("[type=submit]").click()
    assert status(submitted) == WorkflowState.STATUS_NEEDS_CHANGES

    page.context.clear_cookies()
    admin_login(page, live_site.url, "contributor", PASSWORD)
    assert (
        REASON
        in page.locator("#changes-requested-section, [id^=changes-requested]").first.inner_text()
    )

    page.goto(f"{live_site.url}/admin/pages/{submitted.pk}/edit/")
    assert REASON in page.locator(".messages").inner_text(), "the reason tops the edit page"
    footer = page.locator("footer")
    assert footer.inner_text().startswith("Gửi duyệt lại"), "resubmitting is the main button"

    # Cancelling the review asks first; saying no keeps the review.
    page.once("dialog", lambda dialog: dialog.dismiss())
    footer.get_by_role("button", name="Thao tác khác").click()
    page.locator("[name=action-cancel-workflow]").click()
    page.wait_for_timeout(500)
    assert page.url.endswith(f"/admin/pages/{submitted.pk}/edit/")
    assert status(submitted) == WorkflowState.STATUS_NEEDS_CHANGES, "dismissed: nothing cancelled"
