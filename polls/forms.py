"""The editing form of a poll: answers that already have votes stay."""

from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.translation import gettext as _

from portal.admin_forms import PortalPageForm
from portal.publishing import PublishRulesFormMixin


def removed_answers_message(labels):
    return _(
        "These answers already have votes, so they cannot be removed: %(answers)s. "
        "Change their wording if needed, or close the poll."
    ) % {"answers": ", ".join(f"“{label}”" for label in labels)}


class PollPageForm(PublishRulesFormMixin, PortalPageForm):
    """Refuses, even for a draft, to remove an answer readers voted for (its votes would go
    with it); the other rules (two answers at least) are checked when publishing."""

    def _answer_forms(self):
        options = self.formsets.get("options")
        if options is None:
            return None
        options.is_valid()  # cleans every answer form, so that DELETE can be read
        return options

    def clean(self):
        cleaned_data = super().clean()
        options = self._answer_forms()
        if options is not None:
            kept = [
                form.instance.pk
                for form in options.forms
                if form.instance.pk and not getattr(form, "cleaned_data", {}).get("DELETE", False)
            ]
            labels = self.instance.removed_answers_with_votes(kept)
            if labels:
                self.add_error(NON_FIELD_ERRORS, removed_answers_message(labels))
        return cleaned_data

    def _post_clean(self):
        # The answers as typed in the form, in their order: the publishing rules look at
        # these, not at the saved ones.
        options = self.formsets.get("options")
        if options is not None and options.is_valid():
            self.instance.options = [
                form.instance for form in options.ordered_forms if form.instance.label
            ]
        super()._post_clean()
