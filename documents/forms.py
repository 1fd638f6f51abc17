"""The document editing form: reads the number, refuses classified and duplicate records."""

from django.utils.translation import gettext as _

from portal.admin_forms import PortalPageForm
from portal.publishing import PublishRulesFormMixin


class DocumentPageForm(PublishRulesFormMixin, PortalPageForm):
    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("secrecy"):
            # Refused outright, draft or not: classified papers never enter the site.
            self.add_error(
                "secrecy",
                _("Classified documents (Mật, Tối mật, Tuyệt mật) may not be uploaded here."),
            )
        number = cleaned_data.get("number")
        if not number:
            return cleaned_data
        parsed, types, issuer = self.instance.number_suggestions(number)
        # The number suggests what the editor has not chosen yet.
        if not cleaned_data.get("doc_type") and types:
            cleaned_data["doc_type"] = types[0]
        if not cleaned_data.get("issuer") and issuer is not None:
            cleaned_data["issuer"] = issuer
        self._check_duplicate(parsed.key, cleaned_data)
        return cleaned_data

    def _check_duplicate(self, key, cleaned_data):
        """A document is number and symbol, issuer and date: never the symbol alone."""
        issuer, date = cleaned_data.get("issuer"), cleaned_data.get("date_issued")
        if not (key and issuer and date):
            return
        twin = self.instance.twin(key, issuer, date)
        if twin is not None:
            self.add_error(
                "number",
                _("This document is already in the library: %(title)s.") % {"title": twin.title},
            )
