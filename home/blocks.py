"""Blocks of the organisation's standing pages: the shared blocks plus the leaders' cards."""

from typing import Any

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from portal.blocks import PARAGRAPH_FEATURES, BaseStreamBlock, PrefetchingImageChooserBlock

# Portraits are shown 3:4, about 15rem wide at most; the template asks for these only.
PORTRAIT_SIZES = ("fill-240x320", "fill-480x640")
# Portraits in the first row load at once; the others when the reader scrolls to them.
EAGER_PORTRAITS = 3


class PortraitChooserBlock(PrefetchingImageChooserBlock):
    rendition_sizes = PORTRAIT_SIZES


class PersonBlock(blocks.StructBlock):
    """One leader: portrait, name, position, what they are in charge of, the office's contacts."""

    portrait = PortraitChooserBlock(
        label=_("portrait"),
        required=False,
        help_text=_("An upright photo (3:4); it is cropped around its focal point."),
    )
    name = blocks.CharBlock(label=_("full name"), max_length=255)
    position = blocks.CharBlock(
        label=_("position"),
        max_length=255,
        help_text=_("The full title, as in the appointment decision."),
    )
    responsibilities = blocks.RichTextBlock(
        label=_("responsibilities"), features=PARAGRAPH_FEATURES, required=False
    )
    phone = blocks.CharBlock(label=_("office phone"), max_length=100, required=False)
    email = blocks.EmailBlock(label=_("office email"), required=False)

    class Meta:
        icon = "user"
        label = _("Person")


class LeadersBlock(blocks.StructBlock):
    """The leaders as a grid of cards, in the order the editor gives (protocol order)."""

    title = blocks.CharBlock(label=_("title"), max_length=255, required=False)
    people = blocks.ListBlock(PersonBlock(), label=_("people"), min_num=1)

    def get_context(self, value: Any, parent_context: dict[str, Any] | None = None) -> dict:
        context = super().get_context(value, parent_context=parent_context)
        context["cards"] = [
            (person, "eager" if number < EAGER_PORTRAITS else "lazy")
            for number, person in enumerate(value["people"])
        ]
        return context

    class Meta:
        icon = "group"
        label = _("Leaders")
        template = "home/blocks/leaders.html"


class StandardPageBodyBlock(BaseStreamBlock):
    leaders = LeadersBlock()
