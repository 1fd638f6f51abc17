"""The admin's live slug field, taught the Vietnamese slug mapping of portal.text."""

from typing import Any

from django.db import models
from django.utils.http import urlencode
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import SlugInput
from wagtail.images.widgets import AdminImageChooser

from .image_collections import dedicated_collection
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


class CollectionImageChooser(AdminImageChooser):
    """An image chooser that opens on one of the collections kept apart."""

    def __init__(self, collection_name: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.collection_name = collection_name

    def get_chooser_modal_url(self) -> str:
        collection = dedicated_collection(self.collection_name)
        return f"{super().get_chooser_modal_url()}?{urlencode({'collection_id': collection.pk})}"
