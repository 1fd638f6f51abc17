"""The workflow step used by the editorial board: group approval with four eyes."""

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask, Page, Revision, TaskState

# The dashboard's address after an approval carries the approved step, to confirm it.
APPROVED_PARAMETER = "da-duyet"


class RequestChangesForm(TaskStateCommentForm):
    """Sending work back needs the reason: the author reads it in the mail and the editor."""

    comment = forms.CharField(
        label=_("Reason for the changes"),
        required=True,
        widget=forms.Textarea({"rows": 3}),
        error_messages={"required": _("Write what the author should change.")},
    )

    def clean_comment(self):
        comment = self.cleaned_data["comment"].strip()
        if not comment:
            raise forms.ValidationError(self.fields["comment"].error_messages["required"])
        return comment


class Grade(models.TextChoices):
    """The approver's mark for an item's quality: royalties and the yearly award use it."""

    A = "A", _("A – excellent")
    B = "B", _("B – good")
    C = "C", _("C – acceptable")
    NONE = "none", _("Not graded (no royalty: outlet or collected items)")


class ApproveWithGradeForm(TaskStateCommentForm):
    """The final approval's dialog: the approver grades the item as they approve it."""

    grade = forms.ChoiceField(
        label=_("Grade"),
        choices=Grade.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a grade for this item.")},
    )


class ItemGrade(models.Model):
    """The grade given at the final approval, one per page: a later approval replaces it."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="grade",
    )
    grade = models.CharField(_("grade"), max_length=4, choices=Grade.choices)
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("graded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    graded_at = models.DateTimeField(_("graded at"), auto_now=True)

    class Meta:
        verbose_name = _("grade")
        verbose_name_plural = _("grades")

    def __str__(self):
        return f"{self.page_id}: {self.grade}"


class FourEyesApprovalTask(AbstractGroupApprovalTask):
    """A step that members of the chosen groups approve, never for their own work.

    Nobody approves a step for something they wrote, submitted or revised in this run of
    the workflow, nor the step right after one they approved. Members of the stand-in groups
    (the deputy chief editor) approve only work whose author belongs to the main groups
    (the chief editor's own articles), since that author cannot approve it.
    """

    stand_in_groups: "models.ManyToManyField[Group, Any]" = models.ManyToManyField(
        Group,
        verbose_name=_("stand-in groups"),
        blank=True,
        related_name="+",
        help_text=_(
            "They approve only work written or submitted by a member of the groups above, "
            "who cannot approve their own work."
        ),
    )

    grades_items: "models.BooleanField[bool, bool]" = models.BooleanField(
        _("the approver grades the item"),
        default=False,
        help_text=_("The final approval: a grade chosen here counts for royalties and awards."),
    )

    admin_form_fields = AbstractGroupApprovalTask.admin_form_fields + [
        "stand_in_groups",
        "grades_items",
    ]
    admin_form_widgets = {
        "groups": forms.CheckboxSelectMultiple,
        "stand_in_groups": forms.CheckboxSelectMultiple,
    }

    class Meta:
        verbose_name = _("four-eyes approval step")
        verbose_name_plural = _("four-eyes approval steps")

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve; nobody approves their own work or two "
            "steps in a row."
        )

    # Who may act ----------------------------------------------------------------------

    def _member_of(self, user, groups):
        return user.is_authenticated and groups.filter(pk__in=user.groups.all()).exists()

    @staticmethod
    def authors(workflow_state, obj):
        """Everyone whose work this is: who submitted it, who created it, its author."""
        people = {workflow_state.requested_by_id, getattr(obj, "owner_id", None)}
        people.add(getattr(obj, "author_id", None))
        return people - {None}

    def excluded_by_four_eyes(self, workflow_state, obj, user):
        """Why ``user`` may not approve this step, or None."""
        if user.pk in self.authors(workflow_state, obj):
            return _("You wrote or submitted this.")
        first_state = workflow_state.task_states.order_by("started_at", "pk").first()
        if first_state is not None and (
            Revision.objects.filter(
                base_content_type_id=workflow_state.base_content_type_id,
                object_id=workflow_state.object_id,
                created_at__gte=first_state.revision.created_at,
                user_id=user.pk,
            ).exists()
        ):
            return _("You revised this during this review.")
        previous = (
            workflow_state.task_states.filter(status=TaskState.STATUS_APPROVED)
            .order_by("-finished_at", "-pk")
            .first()
        )
        if previous is not None and previous.finished_by_id == user.pk:
            return _("You approved the previous step.")
        return None

    def may_approve(self, obj, user, workflow_state=None):
        workflow_state = workflow_state or obj.current_workflow_state
        if workflow_state is None or not user.is_authenticated:
            return False
        if self.excluded_by_four_eyes(workflow_state, obj, user):
            return False
        if user.is_superuser or self._user_in_groups(user):
            return True
        if self._member_of(user, self.stand_in_groups):
            authors = self.authors(workflow_state, obj)
            return self.groups.filter(user__pk__in=authors).exists()
        return False

    # Wagtail's task interface ------------------------------------------------------------

    def get_actions(self, obj, user):
        if not self.may_approve(obj, user):
            return []
        if self.grades_items:  # approving always opens the dialog, which asks for the grade
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Approve"), True),
            ]
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve"), False),
            ("approve", _("Approve with comment"), True),
        ]

    def get_form_for_action(self, action):
        if action == "reject":
            return RequestChangesForm
        if action == "approve" and self.grades_items:
            return ApproveWithGradeForm
        return super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        # The editor's own form posts the modal's data as JSON: a request without a reason
        # that skipped the modal is refused here too.
        if action_name == "reject" and not (kwargs.get("comment") or "").strip():
            raise PermissionDenied(_("Write what the author should change."))
        # Wagtail's approve() takes only the comment. The dialog requires a grade; an approval
        # made without the dialog (a script, a test) leaves the item ungraded: no royalty.
        grade = kwargs.pop("grade", None)
        super().on_action(task_state, user, action_name, **kwargs)
        if action_name == "approve" and self.grades_items and grade in Grade.values:
            page = task_state.workflow_state.content_object
            if isinstance(page, Page):
                ItemGrade.objects.update_or_create(
                    page_id=page.pk,
                    defaults={"grade": grade, "graded_by": user},
                )
        if action_name == "approve":
            # Approved from the dashboard: back to it, which says what happened and who is next.
            return reverse("wagtailadmin_home") + f"?{APPROVED_PARAMETER}={task_state.pk}"
        return None

    def user_can_access_editor(self, obj, user):
        return super().user_can_access_editor(obj, user) or self.may_approve(obj, user)

    def locked_for_user(self, obj, user):
        return super().locked_for_user(obj, user) and not self.may_approve(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        """The reviewer's queue: only what this user may approve."""
        in_progress = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        allowed = [
            state.pk
            for state in in_progress.select_related("workflow_state")
            if self.may_approve(
                state.workflow_state.content_object, user, workflow_state=state.workflow_state
            )
        ]
        return in_progress.filter(pk__in=allowed)
