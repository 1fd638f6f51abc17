"""The inbox's edit form: the board's fields, a note added to the log, the answer mailed."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from units.people import people_field

from .models import ReaderMessage


def board_members():
    """The people a message can be given to: those who may handle the inbox."""
    User = get_user_model()
    return User.objects.filter(
        is_active=True,
        is_superuser=False,
        groups__permissions__content_type__app_label="interaction",
        groups__permissions__codename="change_readermessage",
    )


class ReaderMessageAdminForm(WagtailAdminModelForm):
    new_note = forms.CharField(
        label=_("Add an internal note"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept with your name and the time; readers never see notes."),
    )
    notify_reader = forms.BooleanField(
        label=_("Email the answer to the reader"),
        required=False,
        help_text=_("Only when the reader gave an email address."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "assignee" in self.fields:
            self.fields["assignee"] = people_field(
                self.fields["assignee"], board_members(), self.instance.assignee_id
            )
        if not ReaderMessage.user_can_publish(self.for_user):
            self._keep_publication_as_it_is()

    def _keep_publication_as_it_is(self):
        """Without the authority to publish, the Q&A page cannot be changed from here.

        Disabled fields keep their stored value whatever is posted, so the server refuses
        too: the box cannot be ticked (or unticked), and what is already public cannot be
        reworded.
        """
        locked = ["published"]
        if self.instance.published:
            locked += ["answer", "published_question"]
        for name in locked:
            if name in self.fields:
                self.fields[name].disabled = True
        if "published" in self.fields:
            self.fields["published"].help_text = _(
                "Only the chief editor or the deputy chief editor publishes answers on the "
                "Q&A page: set the status to answered and ask them."
            )

    def clean(self):
        cleaned = super().clean()
        instance = self.instance
        answer = cleaned.get("answer", instance.answer)
        if cleaned.get("published"):
            if instance.kind != ReaderMessage.Kind.QUESTION:
                self.add_error("published", _("Only questions are published on the Q&A page."))
            elif not answer:
                self.add_error("published", _("Write the answer before publishing the question."))
            elif cleaned.get("status") not in ReaderMessage.DONE:
                self.add_error("status", _("A published question must be answered or closed."))
        if cleaned.get("notify_reader"):
            if not instance.email:
                self.add_error("notify_reader", _("The reader gave no email address."))
            elif not answer:
                self.add_error("notify_reader", _("There is no answer to send yet."))
        return cleaned

    def save(self, commit=True):
        message = super().save(commit=False)
        note = self.cleaned_data.get("new_note", "").strip()
        if note:
            stamp = timezone.localtime().strftime("%d/%m/%Y %H:%M")
            author = self.for_user.get_full_name() or self.for_user.get_username()
            entry = f"[{stamp}] {author}: {note}"
            message.notes = f"{message.notes}\n{entry}".strip()
        if message.answer and message.answered_at is None:
            message.answered_at = timezone.now()
            if message.status in (ReaderMessage.Status.NEW, ReaderMessage.Status.IN_PROGRESS):
                message.status = ReaderMessage.Status.ANSWERED
        if not message.answer:
            message.answered_at = None
        if commit:
            message.save()
        return message
