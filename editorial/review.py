"""What the board sees of a review in the admin: the reason for requested changes, the
order of the editor's buttons, the dashboard panels."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.action_menu import CancelWorkflowMenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import TaskState, WorkflowState


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
        context["items"] = self.get_items()
        return context

    def render_html(self, parent_context=None):
        if not self.get_items():
            return ""
        return super().render_html(parent_context)
