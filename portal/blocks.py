"""StreamField blocks every page body may use; articles add their own on top."""

import copy
from collections.abc import Sequence
from typing import Any

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.images.blocks import ImageChooserBlock

from .pictures import picture_specs

# Every picture a template shows: renditions are fetched with the images, in one query.
BODY_IMAGE_SPECS = ("width-960", "width-480")
PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript"]


class PrefetchingImageChooserBlock(ImageChooserBlock):
    """Loads the images of a whole StreamField with their renditions in two queries."""

    # The sizes its template shows; a block showing others names its own.
    rendition_sizes: tuple[str, ...] = BODY_IMAGE_SPECS

    def bulk_to_python(self, values: Sequence[Any]) -> list[Any]:
        specs = picture_specs(*self.rendition_sizes)
        images = self.model_class.objects.prefetch_renditions(*specs).in_bulk(values)
        result: list[Any] = []
        seen: set[Any] = set()
        for value in values:
            image = images.get(value)
            # The same picture twice in one body: two objects, as Wagtail's own block gives.
            result.append(copy.copy(image) if image is not None and value in seen else image)
            seen.add(value)
        return result


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=255)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "portal/blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    """An image with its caption and credit; both default to what the image record says."""

    image = PrefetchingImageChooserBlock(label=pgettext_lazy("block", "image"))
    caption = blocks.CharBlock(
        label=_("caption"),
        required=False,
        help_text=_("Leave empty to use the image's own caption."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "portal/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "portal/blocks/quote.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False)
    text = blocks.RichTextBlock(label=_("text"), features=PARAGRAPH_FEATURES)

    class Meta:
        icon = "info-circle"
        label = _("Call-out box")
        template = "portal/blocks/callout.html"


def _is_blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def trim_table(value: Any) -> Any:
    """The table without its empty trailing rows and columns (at least one cell is kept).

    Writers add rows and columns to be safe and leave some blank; readers would see empty
    lines. Cell settings and merged cells beyond the kept area go with them.
    """
    if not value or not value.get("data"):
        return value
    data = [list(row or []) for row in value["data"]]
    while len(data) > 1 and all(_is_blank(cell) for cell in data[-1]):
        data.pop()
    width = max(len(row) for row in data)
    while width > 1 and all(len(row) < width or _is_blank(row[width - 1]) for row in data):
        width -= 1
    trimmed = dict(value)
    trimmed["data"] = [row[:width] for row in data]
    for key in ("cell", "mergeCells"):
        if isinstance(value.get(key), list):
            trimmed[key] = [
                item
                for item in value[key]
                if item.get("row", 0) < len(data) and item.get("col", 0) < width
            ]
    return trimmed


class PortalTableBlock(TableBlock):
    """Wagtail's table, with a hint on adding rows and columns and no empty trailing ones.

    Only the editor and what is saved on publishing change, not what the block stores, so
    migrations keep naming Wagtail's block.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault(
            "help_text",
            _(
                "Right-click a cell (or press and hold it) for the menu: insert a row above or "
                "below, a column to the left or right, remove a row or column. Empty rows and "
                "columns at the end are dropped on publishing."
            ),
        )
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
        _path, args, kwargs = super().deconstruct()
        return "wagtail.contrib.table_block.blocks.TableBlock", args, kwargs

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        # Drafts keep the blank rows the writer is still filling in.
        return value if self.is_deferred_validation else trim_table(value)

    def render(self, value: Any, context: Any = None) -> Any:
        return super().render(trim_table(value), context=context)


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=PARAGRAPH_FEATURES, icon="pilcrow"
    )
    image = ImageBlock()
    quote = QuoteBlock()
    table = PortalTableBlock(label=_("Table"), template="portal/blocks/table.html")
    callout = CalloutBlock()
