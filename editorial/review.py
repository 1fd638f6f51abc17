"""What the board sees of a review in the admin: the reason for requested changes, the
order of the editor's buttons, the dashboard panels."""

from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.action_menu import CancelWorkflowMenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import TaskState, WorkflowState

from editorial.models import APPROVED_PARAMETER, FourEyesApprovalTask
from portal.params import query_params


def changes_requested(workflow_state):
    """The step that sent the work back (its comment is the reason), or None."""
    if workflow_state is None or workflow_state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    task_state = workflow_state.current_task_state
    if task_state is None or task_state.status != TaskState.STATUS_REJECTED:
        return None
    return task_state


class ConfirmCancelWorkflowMenuItem(CancelWorkflowMenuItem):
    """Cancelling throws away every approval so far: the button asks first."""

    template_name = "editorial/admin/cancel_workflow_menu_item.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["confirmation"] = _(
            "Cancel the review? The approvals given so far are lost and the work must be "
            "submitted again."
        )
        return context


class ChangesRequestedPanel(Component):
    """The author's work sent back for changes, with the reason, until they resubmit."""

    name = "changes_requested"
    template_name = "editorial/admin/changes_requested_panel.html"
    order = 40

    def __init__(self, user):
        self.user = user

    def get_items(self):
        states = (
            WorkflowState.objects.filter(status=WorkflowState.STATUS_NEEDS_CHANGES)
            .filter(Q(requested_by=self.user))
            .select_related("current_task_state", "current_task_state__finished_by")
            .prefetch_related("content_object")
            .order_by("-current_task_state__finished_at")
        )
        items = []
        for state in states:
            task_state = changes_requested(state)
            if task_state is None or state.content_object is None:
                continue
            items.append({"obj": state.content_object, "task_state": task_state})
        return items

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["items"] = self.items
        return context

    def render_html(self, parent_context=None):
        self.items = self.get_items()
        if not self.items:
            return ""
        return super().render_html(parent_context)


def four_eyes_note(workflow_state, obj, user):
    """Why ``user``, a reviewer of the current step, must leave it to someone else, or None."""
    if workflow_state is None or workflow_state.status != WorkflowState.STATUS_IN_PROGRESS:
        return None
    task_state = workflow_state.current_task_state
    task = task_state.task.specific if task_state else None
    if not isinstance(task, FourEyesApprovalTask):
        return None
    if not (task._user_in_groups(user) or task._member_of(user, task.stand_in_groups)):
        return None
    reason = task.excluded_by_four_eyes(workflow_state, obj, user)
    if reason is None:
        return None
    return gettext("Someone else approves the step %(step)s (four eyes): %(reason)s") % {
        "step": task.name,
        "reason": reason,
    }


def say_approved(request, task_state):
    """The confirmation after approving a step, and who takes the next one."""
    workflow_state = task_state.workflow_state
    obj = workflow_state.content_object
    if obj is None:
        return
    title = obj.get_admin_display_title() if hasattr(obj, "get_admin_display_title") else obj
    values = {"title": title, "step": task_state.task.name}
    if workflow_state.status == WorkflowState.STATUS_APPROVED:
        messages.success(
            request, gettext("'%(title)s' approved at %(step)s and published.") % values
        )
        return
    messages.success(request, gettext("'%(title)s' approved at %(step)s.") % values)
    note = four_eyes_note(workflow_state, obj, request.user)
    if note:
        messages.info(request, note)


def confirm_approval_on_dashboard(request):
    """The dashboard reached after approving one of its items says so."""
    pk = query_params(request).integer(APPROVED_PARAMETER, minimum=1, maximum=2**63 - 1)
    if pk is None:
        return
    task_state = (
        TaskState.objects.filter(pk=pk, finished_by=request.user, status=TaskState.STATUS_APPROVED)
        .select_related("workflow_state", "task")
        .first()
    )
    if task_state is not None:
        say_approved(request, task_state)
