"""Where banners appear: the one list of placements, with the picture each one needs."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Slot:
    key: str
    label: str
    min_width: int
    min_height: int
    rendition: str  # the rendition the public site shows in this slot

    def fits(self, image):
        return image.width >= self.min_width and image.height >= self.min_height


SLOTS = (
    Slot("home_carousel", _("Home page carousel"), 1200, 500, "fill-1200x500"),
    Slot("header_strip", _("Header strip"), 1200, 120, "fill-1200x120"),
    Slot("right_column", _("Right column"), 300, 250, "fill-300x250"),
    Slot("footer_logos", _("Footer logos"), 160, 80, "max-160x80"),
)
SLOT_CHOICES = [(slot.key, slot.label) for slot in SLOTS]
SLOTS_BY_KEY = {slot.key: slot for slot in SLOTS}
