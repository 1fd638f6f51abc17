"""The reader forms. Each is a GuardedForm (honeypot, minimum fill time) and a ModelForm of
ReaderMessage, so model limits (lengths, the phone pattern) are the form's limits too.

One rule for contact details: a form that must reply (a comment on a draft, a contact
message) asks for a name and an email or phone; the others (a question, an error report)
take a message without any, and the lookup code carries the answer. Whenever contact
details are given, the reader's consent is needed to keep them."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.form_protection import GuardedForm

from .models import ReaderMessage, Topic

CONSENT_LABEL = _(
    "I agree that the board processes the personal data I give here, as the notice above says."
)


class ReaderMessageForm(GuardedForm, forms.ModelForm):
    """Contact details, the consent they need, and the message. Subclasses set ``kind``."""

    kind = None
    contact_required = False

    consent = forms.BooleanField(label=CONSENT_LABEL, required=False)
    # The consent label is a sentence: the error summary names the field shorter.
    short_labels = {"consent": _("Consent")}

    class Meta:
        model = ReaderMessage
        fields = ["name", "organisation", "email", "phone", "text"]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 8}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        }
        # Django's Vietnamese for a bad address says only "enter an email address".
        error_messages = {
            "email": {"invalid": _("This email address is not right, e.g. ten@coquan.gov.vn.")}
        }

    def __init__(self, *args, page=None, **kwargs):
        self.page = page
        super().__init__(*args, **kwargs)
        self.fields["text"].widget.attrs["maxlength"] = ReaderMessage._meta.get_field(
            "text"
        ).max_length
        if self.contact_required:
            self.fields["name"].required = True

    def clean(self):
        cleaned = super().clean()
        contact = [cleaned.get(name) for name in ReaderMessage.CONTACT_FIELDS]
        contact_given = cleaned.get("email") or cleaned.get("phone")
        typed_wrong = "email" in self.errors or "phone" in self.errors
        if self.contact_required and not contact_given and not typed_wrong:
            self.add_error(
                "email", _("Give an email address or a phone number so the board can reply.")
            )
        if any(contact) and not cleaned.get("consent"):
            self.add_error("consent", self.consent_missing_message())
        return cleaned

    def consent_missing_message(self):
        if self.contact_required:
            return _("Tick the box to agree: the board needs your contact details to reply.")
        return _(
            "Tick the box to agree to us keeping your contact details, or clear them: "
            "they are optional here."
        )

    def error_summary(self):
        """(field id, short label, error) for each error, in the order of the fields."""
        return [
            (field.auto_id, self.short_labels.get(field.name, field.label), error)
            for field in self
            for error in field.errors
        ]

    def save(self, commit=True):
        message = super().save(commit=False)
        message.kind = self.kind
        if message.has_contact:
            message.consent_at = timezone.now()
        if self.page is not None:
            message.page = self.page
            message.page_title = self.page.title[:500]
            message.revision = self.page.live_revision
        if commit:
            message.save()
        return message


class QuestionForm(ReaderMessageForm):
    """A question may be asked without a name or contact details: the published answer
    and the lookup code reach the reader anyway."""

    kind = ReaderMessage.Kind.QUESTION

    topic = forms.ModelChoiceField(
        Topic.objects.all(), label=_("Topic"), empty_label=_("Choose a topic")
    )

    class Meta(ReaderMessageForm.Meta):
        fields = ["name", "organisation", "email", "phone", "topic", "text"]
        labels = {"text": _("Your question")}


class CorrectionForm(ReaderMessageForm):
    kind = ReaderMessage.Kind.CORRECTION

    class Meta(ReaderMessageForm.Meta):
        fields = ["text", "suggested_fix", "name", "email", "phone"]
        labels = {"text": _("What is wrong")}
        help_texts = {"text": _("Quote the sentence, number or picture that is wrong.")}
        widgets = {
            **ReaderMessageForm.Meta.widgets,
            "text": forms.Textarea(attrs={"rows": 5}),
            "suggested_fix": forms.Textarea(attrs={"rows": 4}),
        }


class CommentForm(ReaderMessageForm):
    kind = ReaderMessage.Kind.COMMENT
    contact_required = True

    class Meta(ReaderMessageForm.Meta):
        fields = ["name", "organisation", "email", "phone", "subject", "text"]
        labels = {"subject": _("Part of the draft (article, clause)"), "text": _("Your comment")}


class ContactForm(ReaderMessageForm):
    kind = ReaderMessage.Kind.CONTACT
    contact_required = True

    class Meta(ReaderMessageForm.Meta):
        fields = ["name", "organisation", "email", "phone", "subject", "text"]
        labels = {"text": _("Message")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["subject"].required = True


class LookupForm(forms.Form):
    code = forms.CharField(
        label=_("Lookup code"),
        max_length=30,
        help_text=_("The code you were given when you sent your message, e.g. HD-7K3M-9QX2."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def clean_code(self):
        code = ReaderMessage.normalise_code(self.cleaned_data["code"])
        if not code:
            raise forms.ValidationError(
                _("A lookup code has two letters and eight letters or digits, e.g. HD-7K3M-9QX2.")
            )
        return code
