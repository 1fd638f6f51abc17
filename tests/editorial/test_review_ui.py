"""The review as the board meets it in the admin: reasons, buttons, the dashboard."""

import datetime
import json
import re

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.admin.action_menu import PageActionMenu
from wagtail.models import Workflow, WorkflowState

from schedule.models import ScheduleEntry
from tests.editorial.utils import article_form_data, create_article, edit_article, workflow_action

pytestmark = pytest.mark.django_db

REASON = "Bổ sung số liệu cụ thể về đảng viên mới."


def as_user(client, user):
    client.force_login(user)
    return client


def sent_back(client, section, board, reason=REASON):
    """An article submitted by the contributor, approved once, then sent back."""
    _response, page = create_article(as_user(client, board["contributor"]), section)
    assert workflow_action(as_user(client, board["editor_a"]), page, "approve").status_code == 302
    workflow_action(as_user(client, board["editor_b"]), page, "reject", comment=reason)
    page.refresh_from_db()
    return page


def status(page):
    return WorkflowState.objects.get(pk=page.current_workflow_state.pk).status


def test_requesting_changes_without_a_reason_is_refused(client, section, board):
    _response, page = create_article(as_user(client, board["contributor"]), section)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(page.pk, "reject", page.current_workflow_task_state.pk),
    )
    editor = as_user(client, board["editor_a"])
    with translation.override("vi"):
        # The modal opened from the dashboard or the editor posts its form in the background.
        response = editor.post(url, {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"})
    assert status(page) == WorkflowState.STATUS_IN_PROGRESS, "an empty reason must not reject"
    assert "Hãy ghi rõ tác giả cần sửa gì" in json.loads(response.content)["html"]

    # Only spaces is no reason either.
    workflow_action(as_user(client, board["editor_a"]), page, "reject", comment="   ")
    assert status(page) == WorkflowState.STATUS_IN_PROGRESS


def test_requesting_changes_from_the_editor_without_a_reason_is_refused(client, section, board):
    _response, page = create_article(as_user(client, board["contributor"]), section)
    editor = as_user(client, board["editor_a"])
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    data = article_form_data(slug=page.slug)
    data.update(
        {
            "action-workflow-action": "true",
            "workflow-action-name": "reject",
            "workflow-action-extra-data": json.dumps({"comment": ""}),
        }
    )
    response = editor.post(edit_url, data)
    assert response.status_code == 302
    assert status(page) == WorkflowState.STATUS_IN_PROGRESS


def test_the_reason_is_on_the_authors_edit_page_and_dashboard(client, section, board):
    page = sent_back(client, section, board)
    assert status(page) == WorkflowState.STATUS_NEEDS_CHANGES
    author = as_user(client, board["contributor"])
    with translation.override("vi"):
        edit = author.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
        dashboard = author.get(reverse("wagtailadmin_home")).content.decode()
    assert REASON in edit, "the reason belongs at the top of the author's edit page"
    assert "Yêu cầu sửa tại Biên tập" in edit
    assert REASON in dashboard, "the author's dashboard lists the reason"
    assert page.title in dashboard

    # Once resubmitted, the reason is gone from the dashboard.
    edit_article(author, page, action="action-submit")
    assert REASON not in author.get(reverse("wagtailadmin_home")).content.decode()


def footer(client, user, page):
    request = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).wsgi_request
    request.user = user
    menu = PageActionMenu(request, view="edit", page=page, locked_for_user=False)
    return [menu.default_item.name] + [item.name for item in menu.menu_items]


def test_contributor_footer_submits_first_and_cancels_last(client, section, board):
    page = sent_back(client, section, board)
    contributor = board["contributor"]
    names = footer(as_user(client, contributor), contributor, page)
    assert names[0] == "action-submit", f"resubmitting must be the main button, got {names}"
    assert "action-save-draft" in names
    assert names[-1] == "action-cancel-workflow", f"cancelling must come last, got {names}"

    html = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    assert 'name="action-cancel-workflow"' in html
    assert "data-editorial-confirm=" in html, "cancelling the review asks for confirmation"
    assert "editorial/js/confirm" in html


def test_contributor_footer_on_a_new_draft_submits_first(client, section, board):
    _response, page = create_article(as_user(client, board["contributor"]), section, action=None)
    contributor = board["contributor"]
    names = footer(as_user(client, contributor), contributor, page)
    assert names[0] == "action-submit", names
    assert "action-save-draft" in names


def test_reviewer_footer_is_not_reordered_around_submitting(client, section, board):
    _response, page = create_article(as_user(client, board["contributor"]), section)
    editor = board["editor_a"]
    names = footer(as_user(client, editor), editor, page)
    assert names[:3] == ["action-save-draft", "reject", "approve"], names
    assert "action-submit" not in names


def test_editors_dashboard_puts_review_first_with_named_steps(client, section, board):
    _response, page = create_article(as_user(client, board["contributor"]), section)
    with translation.override("vi"):
        html = as_user(client, board["editor_a"]).get(reverse("wagtailadmin_home")).content.decode()
    review = html.index("awaiting-review")
    assert review < html.index("reader-inbox"), "what awaits review comes first"
    for step in ("Kiểm duyệt", "Biên tập", "Phê duyệt"):
        assert step in html[review:], f"the step {step} is named on the dashboard"
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(page.pk, "approve", page.current_workflow_task_state.pk),
    )
    action = re.escape(approve_url)
    button = re.search(rf'<button[^>]*data-workflow-action-url="{action}"[^>]*>', html)
    assert button and "button-small" in button.group(), "approving is a button of its own"


def test_approving_from_the_dashboard_confirms_and_explains_four_eyes(client, section, board):
    _response, page = create_article(as_user(client, board["contributor"]), section)
    editor = as_user(client, board["editor_a"])
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(page.pk, "approve", page.current_workflow_task_state.pk),
    )
    with translation.override("vi"):
        response = editor.post(url, {"next": reverse("wagtailadmin_home")}, follow=True)
    html = response.content.decode()
    assert "đã được chấp thuận ở bước Kiểm duyệt" in html, "a success message after approving"
    assert "Bước Biên tập cần người khác duyệt" in html
    assert "Bạn đã duyệt bước trước." in html


def test_approving_from_the_editor_confirms_the_step(client, section, board):
    _response, page = create_article(as_user(client, board["contributor"]), section)
    data = article_form_data(slug=page.slug)
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    editor = as_user(client, board["editor_a"])
    with translation.override("vi"):
        response = editor.post(
            reverse("wagtailadmin_pages:edit", args=(page.pk,)), data, follow=True
        )
    html = response.content.decode()
    assert "đã được chấp thuận ở bước Kiểm duyệt" in html


def test_editor_told_why_someone_else_takes_the_step(client, section, board):
    _response, page = create_article(as_user(client, board["contributor"]), section)
    workflow_action(as_user(client, board["editor_a"]), page, "approve")
    with translation.override("vi"):
        html = (
            as_user(client, board["editor_a"])
            .get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
            .content.decode()
        )
    assert "Bước Biên tập cần người khác duyệt" in html
    assert "Bạn đã duyệt bước trước." in html


def test_the_reason_is_on_a_snippets_edit_page(client, board, home):
    entry = ScheduleEntry.objects.create(
        date=datetime.date(2026, 12, 7),
        start_time=datetime.time(14, 0),
        content="Họp Ban Thường vụ Đảng ủy Khối",
        presides="Đồng chí Bí thư",
        place="Phòng họp số 1",
    )
    entry.save_revision(user=board["editor_a"])
    workflow = Workflow.objects.get(name="Duyệt lịch công tác")
    workflow.start(entry, board["editor_a"])
    entry.refresh_from_db()
    task_state = entry.current_workflow_task_state
    task_state.task.specific.on_action(task_state, board["chief"], "reject", comment=REASON)
    url = reverse("wagtailsnippets_schedule_scheduleentry:edit", args=(entry.pk,))
    with translation.override("vi"):
        html = as_user(client, board["editor_a"]).get(url).content.decode()
    chief = board["chief"].get_full_name()
    assert f"Yêu cầu sửa tại Phê duyệt lịch công tác, người yêu cầu {chief}: {REASON}" in html
