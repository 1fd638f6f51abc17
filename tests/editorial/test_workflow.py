"""The whole editorial workflow, driven through the admin views as the board works."""

import pytest
from django.core import mail
from wagtail.models import TaskState, WorkflowState

from tests.editorial.utils import create_article, edit_article, workflow_action

pytestmark = pytest.mark.django_db


def login(client, user):
    client.force_login(user)
    return client


def step_name(page):
    page.refresh_from_db()
    task = page.current_workflow_task
    return task.name if task else None


def test_submit_review_reject_resubmit_and_approve_to_live(client, section, board):
    # A collaborator writes a complete article and submits it.
    response, page = create_article(login(client, board["contributor"]), section)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert page is not None and not page.live
    assert step_name(page) == "Kiểm duyệt"
    assert page.author == board["contributor"]
    reviewers = {m.to[0] for m in mail.outbox}
    assert {"editor_a@example.vn", "editor_b@example.vn"} <= reviewers

    # The first editor approves the review step.
    mail.outbox.clear()
    assert workflow_action(login(client, board["editor_a"]), page, "approve").status_code == 302
    assert step_name(page) == "Biên tập"

    # A second editor sends it back to the author with the reason.
    response = workflow_action(
        login(client, board["editor_b"]), page, "reject", comment="Bổ sung số liệu cụ thể."
    )
    assert response.status_code == 302
    state = WorkflowState.objects.get(pk=page.current_workflow_state.pk)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    rejected = TaskState.objects.filter(workflow_state=state, status="rejected").get()
    assert rejected.get_comment() == "Bổ sung số liệu cụ thể."
    assert any("contributor@example.vn" in m.to for m in mail.outbox)

    # The author revises and resubmits; the edit step comes back.
    response = edit_article(
        login(client, board["contributor"]),
        page,
        action="action-submit",
        sapo="Sáng 29/11, Đảng ủy Khối sơ kết quý IV với 437 đảng viên mới.",
    )
    assert response.status_code == 302
    assert step_name(page) == "Biên tập"

    # The editor who sent it back approves the edit step; the chief editor approves to live.
    assert workflow_action(login(client, board["editor_b"]), page, "approve").status_code == 302
    assert step_name(page) == "Phê duyệt"
    assert workflow_action(login(client, board["chief"]), page, "approve").status_code == 302
    page.refresh_from_db()
    assert page.live
    assert step_name(page) is None
    assert "437 đảng viên mới" in page.sapo

    # Readers see it.
    client.logout()
    assert "437 đảng viên mới" in client.get(page.url).content.decode()


def test_draft_saved_without_what_publishing_needs(client, section, board):
    response, page = create_article(
        login(client, board["contributor"]), section, action=None, sapo="", featured_image=""
    )
    assert response.status_code == 302
    assert page is not None and not page.live
    assert page.get_latest_revision() is not None


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ({"sapo": ""}, "Viết sapo"),
        ({"featured_image": ""}, "Chọn ảnh đại diện"),
        ({"kind": ""}, "Trường này là bắt buộc"),
    ],
)
def test_submitting_refused_with_vietnamese_message(client, section, board, missing, message):
    from django.utils import translation

    with translation.override("vi"):
        response, page = create_article(login(client, board["contributor"]), section, **missing)
    assert response.status_code == 200  # the form again, with what was typed
    html = response.content.decode()
    assert message in html
    assert "Đảng ủy Khối sơ kết công tác quý IV" in html
    assert page is None
