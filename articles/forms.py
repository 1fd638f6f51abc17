"""The article editing form."""

from portal.admin_forms import PortalPageForm
from portal.people import board_accounts, may_name_another_person, people_field
from portal.publishing import PublishRulesFormMixin


class ArticlePageForm(PublishRulesFormMixin, PortalPageForm):
    """Checks the kind's publishing rules (except for drafts); the writer is the author."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "author" in self.fields:
            current = self.instance.author_id
            self.fields["author"] = people_field(self.fields["author"], board_accounts(), current)
            if not self.instance.pk and self.for_user is not None:
                self.fields["author"].initial = self.for_user.pk
            if self.for_user is not None and not may_name_another_person(self.for_user):
                # Shown, not changed: a posted value is ignored for the initial one.
                self.fields["author"].disabled = True

    def clean(self):
        cleaned_data = super().clean()
        # Whoever creates an article is its author unless someone else is named.
        if not cleaned_data.get("author") and not self.instance.author_id and self.for_user:
            cleaned_data["author"] = self.for_user
        return cleaned_data
