"""Admin forms for the portal's media models, and the admin's single-line text input."""

from django import forms
from django.db import models
from wagtail.admin.forms.models import register_form_field_override
from wagtail.documents.forms import BaseDocumentForm

from .text import strip_invisible
from .uploads import validate_document_upload


class SingleLineField(forms.CharField):
    """A CharField's admin input without the invisible characters that saving strips
    (``signals.strip_invisible_characters``): the form's own checks, a unique name or code
    above all, see the value that will be stored, and answer with a message, not an error
    of the database."""

    def to_python(self, value):
        return super().to_python(strip_invisible(value) if isinstance(value, str) else value)


def register_single_line_field():
    """Use ``SingleLineField`` for every plain CharField Wagtail's admin renders (pages,
    snippets, settings, images, documents); slugs, emails and addresses keep their own."""
    register_form_field_override(
        models.CharField, override={"form_class": SingleLineField}, exact_class=True
    )


class PortalDocumentForm(BaseDocumentForm):
    """Wagtail's document form, checking each upload's size and real content."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded is not None and hasattr(uploaded, "content_type"):
            validate_document_upload(uploaded)
        return uploaded
