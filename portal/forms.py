"""Admin forms for the portal's media models."""

from wagtail.documents.forms import BaseDocumentForm

from .uploads import validate_document_upload


class PortalDocumentForm(BaseDocumentForm):
    """Wagtail's document form, checking each upload's size and real content."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded is not None and hasattr(uploaded, "content_type"):
            validate_document_upload(uploaded)
        return uploaded
