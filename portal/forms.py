"""Admin forms for the portal's media models (every upload is checked by its content), and
the admin's single-line text input."""

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.db import models
from wagtail.admin.forms.models import register_form_field_override
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm
from wagtailmedia.forms import BaseMediaForm
from wagtailmedia.models import ALLOWED_EXTENSIONS_THUMBNAIL, MediaType
from wagtailmedia.settings import wagtailmedia_settings

from .media_uploads import validate_image_content, validate_media_file, validate_thumbnail
from .text import strip_invisible
from .uploads import validate_document_upload


class SingleLineField(forms.CharField):
    """A CharField's admin input without the invisible characters that saving strips
    (``signals.strip_invisible_characters``): the form's own checks, a unique name or code
    above all, see the value that will be stored, and answer with a message, not an error
    of the database."""

    def to_python(self, value: Any) -> str | None:
        return super().to_python(strip_invisible(value) if isinstance(value, str) else value)


def register_single_line_field() -> None:
    """Use ``SingleLineField`` for every plain CharField Wagtail's admin renders (pages,
    snippets, settings, images, documents); slugs, emails and addresses keep their own."""
    register_form_field_override(
        models.CharField, override={"form_class": SingleLineField}, exact_class=True
    )


class PortalDocumentForm(BaseDocumentForm):
    """Wagtail's document form, checking each upload's size and real content."""

    def clean_file(self) -> Any:
        uploaded = self.cleaned_data.get("file")
        if isinstance(uploaded, UploadedFile):
            validate_document_upload(uploaded)
        return uploaded


class BoundedImageField(WagtailImageField):
    """Wagtail's image field, without decoding a picture to learn its size.

    Wagtail asks Willow for the size, and Willow decodes the whole picture first (a 560 KB
    PNG of 12,000 x 12,000 takes 550 MB), or fails with a server error on a damaged file or
    one whose header claims more pixels than Pillow will open. Here the size and frame
    count come from the header and are refused above the limit before any decoding.
    """

    def check_image_pixel_size(self, f: UploadedFile) -> None:
        validate_image_content(f)


class PortalImageForm(BaseImageForm):
    """Wagtail's image form (single, multiple and chooser uploads) with the bounded field."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        # Wagtail builds the field itself (formfield_for_dbfield); swap it, same widget.
        if field is not None and not isinstance(field, BoundedImageField):
            self.fields["file"] = BoundedImageField(
                label=field.label, required=field.required, widget=field.widget
            )


class PortalMediaForm(BaseMediaForm):
    """wagtailmedia's form: the file must be the container its extension names, and the
    thumbnail a real picture (never SVG); both within a size limit."""

    def clean_file(self) -> Any:
        uploaded = self.cleaned_data.get("file")
        if isinstance(uploaded, UploadedFile):
            validate_media_file(uploaded, self._allowed_extensions())
        return uploaded

    def _allowed_extensions(self) -> list[str]:
        audio = list(wagtailmedia_settings.AUDIO_EXTENSIONS)
        video = list(wagtailmedia_settings.VIDEO_EXTENSIONS)
        by_type = {MediaType.AUDIO: audio, MediaType.VIDEO: video}
        return by_type.get(self.instance.type, audio + video)

    def clean_thumbnail(self) -> Any:
        uploaded = self.cleaned_data.get("thumbnail")
        if isinstance(uploaded, UploadedFile):
            validate_thumbnail(uploaded, ALLOWED_EXTENSIONS_THUMBNAIL)
        return uploaded
