"""Where a workflow applies, nobody publishes directly: work goes through its approval steps.

The rule itself is enforced by the permission tester and snippet policy of
``portal.permissions`` (what the admin offers and performs) and by ``portal.publishing``
(``publish()`` of every page and moderated snippet). These hooks only tell people what
happened when a publish button or "publish copies" was posted anyway, and hide the snippet
publish button, which Wagtail shows from the raw permission instead of the viewset's policy.
"""

import json

from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.action_menu import WorkflowMenuItem
from wagtail.models import TaskState, WorkflowState

from editorial.review import (
    ChangesRequestedPanel,
    ConfirmCancelWorkflowMenuItem,
    changes_requested,
    confirm_approval_on_dashboard,
    four_eyes_note,
    say_approved,
)


def _publish_was_asked(request) -> bool:
    return request.method == "POST" and bool(request.POST.get("action-publish"))


def _snippet_publishing_allowed(request, model) -> bool:
    viewset = getattr(model, "snippet_viewset", None)
    return viewset is None or viewset.permission_policy.user_has_permission(request.user, "publish")


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def say_page_saved_as_draft(request, page):
    if _publish_was_asked(request) and not page.permissions_for_user(request.user).can_publish():
        messages.warning(
            request,
            _(
                "'%(title)s' was saved as a draft. Pages here are published through the "
                "approval steps: submit it for review."
            )
            % {"title": page.get_admin_display_title()},
        )


@hooks.register("after_copy_page")
def say_copy_is_a_draft(request, page, new_page):
    if request.POST.get("publish_copies") and not new_page.live:
        messages.warning(request, _("The copy is a draft: submit it for review to publish."))


@hooks.register("construct_snippet_action_menu")
def hide_direct_snippet_publish(menu_items, request, context):
    if not _snippet_publishing_allowed(request, context["model"]):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def say_snippet_saved_as_draft(request, instance):
    if _publish_was_asked(request) and not _snippet_publishing_allowed(request, type(instance)):
        messages.warning(
            request, _("Saved as a draft: this is published through the approval steps.")
        )


# Requested changes: a reason, shown where the author works ---------------------------------


def _reject_without_reason(request) -> bool:
    if not request.POST.get("action-workflow-action"):
        return False
    if request.POST.get("workflow-action-name") != "reject":
        return False
    try:
        data = json.loads(request.POST.get("workflow-action-extra-data") or "{}")
    except ValueError:
        data = {}
    return not (isinstance(data, dict) and str(data.get("comment") or "").strip())


def _show_review_state(request, obj, edit_url):
    """On the edit view: refuse changes requested without a reason; show the reason."""
    if request.method == "POST":
        if _reject_without_reason(request):
            messages.error(request, _("Write what the author should change."))
            return redirect(edit_url)
        return None
    workflow_state = obj.current_workflow_state
    note = four_eyes_note(workflow_state, obj, request.user)
    if note:
        messages.info(request, note)
    task_state = changes_requested(workflow_state)
    if task_state is not None:
        reviewer = task_state.finished_by
        messages.warning(
            request,
            _("Changes requested at %(step)s by %(person)s: %(reason)s")
            % {
                "step": task_state.task.name,
                "person": (reviewer.get_full_name() or reviewer.get_username())
                if reviewer
                else "—",
                "reason": task_state.get_comment(),
            },
        )
    return None


@hooks.register("before_edit_page")
def reason_for_requested_changes(request, page):
    return _show_review_state(request, page, reverse("wagtailadmin_pages:edit", args=(page.pk,)))


@hooks.register("before_edit_snippet")
def reason_for_requested_snippet_changes(request, instance):
    if not hasattr(instance, "current_workflow_state"):
        return None
    return _show_review_state(request, instance, request.get_full_path())


@hooks.register("construct_homepage_panels")
def review_panels_first(request, panels):
    """What the user must do comes first: work sent back to them, then work to review."""
    confirm_approval_on_dashboard(request)
    panels.append(ChangesRequestedPanel(request.user))
    for panel in panels:
        if panel.name == "workflow_objects_to_moderate":
            panel.order = 50
            # Each step by name, and "Approve" as a button of its own.
            panel.template_name = "editorial/admin/awaiting_review_panel.html"


@hooks.register("after_edit_page")
def say_step_approved(request, page):
    """Approving from the editor: which step was approved, and who takes the next one."""
    if request.POST.get("action-workflow-action") and (
        request.POST.get("workflow-action-name") == "approve"
    ):
        task_state = (
            TaskState.objects.filter(
                workflow_state__in=WorkflowState.objects.for_instance(page),
                finished_by=request.user,
                status=TaskState.STATUS_APPROVED,
            )
            .order_by("-finished_at", "-pk")
            .first()
        )
        if task_state is not None:
            say_approved(request, task_state)


# The editor's footer: submitting is the main action, cancelling comes last and asks -------


@hooks.register("construct_page_action_menu")
def submit_first_cancel_last(menu_items, request, context):
    cancel = [item for item in menu_items if item.name == "action-cancel-workflow"]
    if cancel:
        menu_items[:] = [item for item in menu_items if item.name != "action-cancel-workflow"]
        menu_items.append(ConfirmCancelWorkflowMenuItem(order=cancel[0].order))
    reviewing = any(isinstance(item, WorkflowMenuItem) for item in menu_items)
    submit = [item for item in menu_items if item.name == "action-submit"]
    if submit and not reviewing:
        menu_items.remove(submit[0])
        menu_items.insert(0, submit[0])


@hooks.register("insert_editor_js")
def confirm_buttons_js():
    return format_html('<script src="{}"></script>', static("editorial/js/confirm.js"))
