"""Where banners appear: the one list of placements, with the picture each one needs."""

from dataclasses import dataclass

from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.image_sizes import MinimumSize


@dataclass(frozen=True)
class Placement:
    key: str
    label: str
    min_width: int
    min_height: int
    rendition: str  # the rendition the public site shows in this placement

    def fits(self, image):
        return image.width >= self.min_width and image.height >= self.min_height


PLACEMENTS = (
    Placement("home_carousel", _("Home page carousel"), 1200, 500, "fill-1200x500"),
    Placement("header_strip", _("Header strip"), 1200, 120, "fill-1200x120"),
    Placement("right_column", _("Right column"), 300, 250, "fill-300x250"),
    Placement("footer_logos", _("Footer logos"), 160, 80, "max-160x80"),
)
PLACEMENT_CHOICES = [(placement.key, placement.label) for placement in PLACEMENTS]
PLACEMENTS_BY_KEY = {placement.key: placement for placement in PLACEMENTS}


def _sizes_help():
    sizes = "; ".join(f"{p.label}: {p.min_width}×{p.min_height}" for p in PLACEMENTS)
    return gettext("Smallest picture for each placement, in pixels: %(sizes)s.") % {"sizes": sizes}


# The banner form's help under the picture: the size each placement needs.
IMAGE_SIZES_HELP = lazy(_sizes_help, str)()


def _image_label(placement):
    return gettext("banner in the %(placement)s") % {"placement": str(placement.label).lower()}


# What the admin warns about when a banner's picture is smaller (portal.image_sizes).
IMAGE_SIZES = {
    placement.key: MinimumSize(
        f"banner_{placement.key}",
        lazy(_image_label, str)(placement),
        placement.min_width,
        placement.min_height,
    )
    for placement in PLACEMENTS
}
