"""The article editing form."""

from portal.admin_forms import PortalPageForm
from portal.publishing import PublishRulesFormMixin


class ArticlePageForm(PublishRulesFormMixin, PortalPageForm):
    """Checks the kind's publishing rules (except for drafts); the writer is the author."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.pk and "author" in self.fields and self.for_user is not None:
            self.fields["author"].initial = self.for_user.pk

    def clean(self):
        cleaned_data = super().clean()
        # Whoever creates an article is its author unless someone else is named.
        if not cleaned_data.get("author") and not self.instance.author_id and self.for_user:
            cleaned_data["author"] = self.for_user
        return cleaned_data
