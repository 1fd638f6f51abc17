"""Who may publish and approve: nobody approves or publishes their own work."""

import pytest
from django.urls import reverse

from editorial.setup import EDITORIAL_WORKFLOW
from portal import roles
from tests.articles.factories import ArticlePageFactory
from tests.editorial.utils import create_article, edit_article, workflow_action

pytestmark = pytest.mark.django_db


def login(client, user):
    client.force_login(user)
    return client


def submitted_by(client, user, section, **fields):
    response, page = create_article(login(client, user), section, **fields)
    assert response.status_code == 302, response.content.decode()[:2000]
    return page


def advance(client, page, *approvers):
    for approver in approvers:
        response = workflow_action(login(client, approver), page, "approve")
        assert response.status_code == 302, (approver, response.status_code)


def can_approve(user, page):
    page.refresh_from_db()
    task = page.current_workflow_task
    return any(name == "approve" for name, _label, _modal in task.get_actions(page, user))


def refused(client, page, user):
    """The approve action is refused (Wagtail answers a denied action by sending the user
    back to the dashboard) and the step does not move."""
    page.refresh_from_db()
    before = page.current_workflow_task_state.pk
    response = workflow_action(login(client, user), page, "approve")
    page.refresh_from_db()
    state = page.current_workflow_task_state
    return response.status_code in (302, 403) and state is not None and state.pk == before


def can_publish_directly(user, page):
    return page.permissions_for_user(user).can_publish()


def test_contributor_cannot_publish_or_approve(client, section, board):
    page = submitted_by(client, board["contributor"], section)
    assert not can_publish_directly(board["contributor"], page)
    assert not can_approve(board["contributor2"], page)
    assert refused(client, page, board["contributor2"])
    # Publishing by posting the editor's publish button saves a draft, nothing more.
    edit_article(login(client, board["contributor"]), page, action="action-publish")
    page.refresh_from_db()
    assert not page.live


def test_editor_cannot_give_final_approval_or_publish_directly(client, section, board):
    page = submitted_by(client, board["contributor"], section)
    advance(client, page, board["editor_a"], board["editor_b"])
    assert page.current_workflow_task.name == "Phê duyệt"
    assert not can_approve(board["editor_c"], page)
    assert refused(client, page, board["editor_c"])
    assert not can_publish_directly(board["editor_c"], page)


def test_nobody_approves_two_steps_in_a_row(client, section, board):
    page = submitted_by(client, board["contributor"], section)
    advance(client, page, board["editor_a"])
    assert not can_approve(board["editor_a"], page)
    assert refused(client, page, board["editor_a"])
    assert can_approve(board["editor_b"], page)


def test_nobody_approves_their_own_submission(client, section, board):
    page = submitted_by(client, board["editor_a"], section)
    assert page.current_workflow_task.name == "Kiểm duyệt"
    assert not can_approve(board["editor_a"], page)
    assert can_approve(board["editor_b"], page)


def test_nobody_approves_a_step_after_revising_in_this_run(client, section, board):
    page = submitted_by(client, board["contributor"], section)
    advance(client, page, board["editor_a"])
    # Editor B edits the article during the edit step...
    response = edit_article(login(client, board["editor_b"]), page, sapo="Sapo đã biên tập lại.")
    assert response.status_code == 302
    # ...so B may not approve that step; a third editor can.
    assert not can_approve(board["editor_b"], page)
    assert can_approve(board["editor_c"], page)


def test_chief_editor_cannot_approve_or_publish_own_article_deputy_can(client, section, board):
    page = submitted_by(client, board["chief"], section)
    advance(client, page, board["editor_a"], board["editor_b"])
    assert page.current_workflow_task.name == "Phê duyệt"
    assert not can_approve(board["chief"], page)
    assert refused(client, page, board["chief"])
    # The chief editor's publish button saves a draft and says why.
    response = edit_article(login(client, board["chief"]), page, action="action-publish")
    page.refresh_from_db()
    assert not page.live
    assert response.status_code == 302
    # The deputy gives the final approval, and it goes live.
    assert can_approve(board["deputy"], page)
    advance(client, page, board["deputy"])
    page.refresh_from_db()
    assert page.live


def test_deputy_does_not_approve_others_work(client, section, board):
    page = submitted_by(client, board["contributor"], section)
    advance(client, page, board["editor_a"], board["editor_b"])
    assert not can_approve(board["deputy"], page)
    assert can_approve(board["chief"], page)


def test_administrator_without_content_role_cannot_publish(client, section, board):
    page = ArticlePageFactory(parent=section, live=False)
    admin = board["admin"]
    assert not can_publish_directly(admin, page)
    edit_article(login(client, admin), page, action="action-publish")
    page.refresh_from_db()
    assert not page.live


def test_chief_editor_cannot_publish_directly_even_with_publish_permission(client, section, board):
    page = ArticlePageFactory(parent=section, live=False)
    chief = board["chief"]
    # The permission lets the chief editor approve the last step and take pages down...
    assert page.permissions_for_user(chief).can_unpublish() is False  # (this one is a draft)
    assert ArticlePageFactory(parent=section).permissions_for_user(chief).can_unpublish()
    # ...but never publish directly where the workflow applies.
    assert not can_publish_directly(chief, page)
    response = edit_article(login(client, chief), page, action="action-publish")
    page.refresh_from_db()
    assert not page.live
    assert response.status_code == 302
    # The publish button is not offered in the editor.
    html = login(client, chief).get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert 'name="action-publish"' not in html.content.decode()


def test_reviewers_queue_shows_only_what_they_may_approve(client, section, board):
    from wagtail.models import TaskState

    page = submitted_by(client, board["contributor"], section)
    advance(client, page, board["editor_a"])
    queue_a = TaskState.objects.reviewable_by(board["editor_a"])
    queue_b = TaskState.objects.reviewable_by(board["editor_b"])
    assert not queue_a.exists()
    assert list(queue_b.values_list("workflow_state__object_id", flat=True)) == [str(page.pk)]
    dashboard = login(client, board["editor_b"]).get(reverse("wagtailadmin_home"))
    assert page.title in dashboard.content.decode()


def test_every_assigned_workflow_has_an_active_task(workflows):
    from wagtail.models import Workflow, WorkflowContentType, WorkflowPage

    assigned = Workflow.objects.filter(
        pk__in=[
            *WorkflowPage.objects.values_list("workflow", flat=True),
            *WorkflowContentType.objects.values_list("workflow", flat=True),
        ]
    )
    assert assigned.filter(name=EDITORIAL_WORKFLOW).exists()
    for workflow in assigned:
        assert workflow.active, workflow
        assert workflow.workflow_tasks.filter(task__active=True).exists(), workflow


def test_wagtail_default_groups_and_workflow_grant_nothing(workflows):
    from django.contrib.auth.models import Group
    from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        assert not group.permissions.exists()
        assert not GroupPagePermission.objects.filter(group=group).exists()
    default = Workflow.objects.filter(name="Moderators approval").first()
    if default is not None:
        assert not default.active
        assert not WorkflowPage.objects.filter(workflow=default).exists()


def test_setup_is_idempotent(workflows):
    from django.contrib.auth.models import Group
    from wagtail.models import GroupPagePermission, Task, WorkflowTask

    from editorial.setup import setup_editorial

    counts = (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        Task.objects.count(),
        WorkflowTask.objects.count(),
    )
    setup_editorial()
    assert counts == (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        Task.objects.count(),
        WorkflowTask.objects.count(),
    )
    assert WorkflowTask.objects.filter(workflow__name=EDITORIAL_WORKFLOW).count() == 3
    assert {g.name for g in Group.objects.all()} >= {r.group_name for r in roles.ROLES}


def test_writers_can_upload_and_choose_pictures_and_files(board):
    from wagtail.documents.permissions import permission_policy as documents
    from wagtail.images import permissions as images

    for name in ("contributor", "editor_a", "chief"):
        user = board[name]
        assert images.permission_policy.user_has_permission(user, "add"), name
        assert images.permission_policy.user_has_permission(user, "choose"), name
        assert documents.user_has_permission(user, "add"), name
    # Contributors manage their own uploads only.
    from tests.portal.factories import ImageFactory

    others = ImageFactory(uploaded_by_user=board["editor_a"])
    assert not images.permission_policy.user_has_permission_for_instance(
        board["contributor"], "delete", others
    )


def test_editors_can_lock_pages_while_they_work(section, board):
    page = ArticlePageFactory(parent=section)
    for name in ("editor_a", "chief"):
        assert page.permissions_for_user(board[name]).can_lock(), name
