"""The admin's live slug field, taught the Vietnamese slug mapping of portal.text."""

from typing import Any

from django.db import models
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import SlugInput

from .text import slug_formatters


class VietnameseSlugInput(SlugInput):
    """Wagtail's slug input with ``portal.text.slugify`` applied while the editor types."""

    def __init__(
        self,
        attrs: dict[str, Any] | None = None,
        formatters: list[tuple[str, str]] | None = None,
        locale: object | None = None,
    ) -> None:
        super().__init__(attrs=attrs, formatters=formatters or slug_formatters(), locale=locale)


def register_slug_widget() -> None:
    """Use the Vietnamese slug input for every SlugField Wagtail's admin renders."""
    register_form_field_override(models.SlugField, override={"widget": VietnameseSlugInput})
