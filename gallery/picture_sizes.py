"""The picture sizes the gallery shows: one allow-list, used by templates and prefetches.

Each size is two widths in every format of ``PORTAL_PICTURE_FORMATS`` (portal/pictures.py);
each spec is a file per image, so templates ask only for these and listings prefetch them.
"""

from typing import NamedTuple

from django.db.models import Prefetch

from portal.models import PortalRendition
from portal.pictures import CARD_SIZES, picture_html, picture_specs


class PictureSize(NamedTuple):
    """The renditions of one size (filter specs, smallest first) and the ``sizes``
    attribute telling the browser how wide the picture is shown."""

    widths: tuple[str, ...]
    sizes: str


SIZES = {
    # Album grid: 4:3 crops, four to a row on a wide screen, two on a phone.
    "thumb": PictureSize(
        ("fill-320x240", "fill-640x480"),
        "(min-width: 72rem) 17rem, (min-width: 40rem) 30vw, 46vw",
    ),
    # Lightbox: the whole picture, as large as the screen allows.
    "large": PictureSize(("max-960x720", "max-1600x1200"), "(min-width: 60rem) 90vw, 100vw"),
    # Cards of the library and the home page's highlights (16:9, as article cards).
    "card": PictureSize(
        CARD_SIZES,
        "(min-width: 72rem) 17rem, (min-width: 40rem) 45vw, 100vw",
    ),
}


def specs(*sizes):
    """Every filter spec of these sizes, in every format."""
    return [spec for size in sizes for spec in picture_specs(*SIZES[size].widths)]


def picture(image, size, **attrs):
    """The ``<picture>`` of ``image`` at one of the gallery's sizes."""
    chosen = SIZES[size]
    return picture_html(image, chosen.widths, sizes=chosen.sizes, **attrs)


def rendition_prefetch(lookup, *sizes):
    """A Prefetch of ``lookup`` (a path to an image's renditions) limited to these sizes."""
    return Prefetch(lookup, queryset=PortalRendition.objects.filter(filter_spec__in=specs(*sizes)))
