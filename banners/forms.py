"""The banner editing form."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from portal.publishing import PublishRulesFormMixin


class BannerForm(PublishRulesFormMixin, WagtailAdminModelForm):
    """One target only; publishing rules (image, target, size) except for drafts."""

    def clean(self):
        cleaned_data = super().clean()
        targets = [
            cleaned_data.get(name) for name in ("target_page", "target_document", "target_url")
        ]
        if sum(bool(target) for target in targets) > 1:
            self.add_error(
                "target_page",
                _("Choose only one: a page, a document or an outside address."),
            )
        return cleaned_data
