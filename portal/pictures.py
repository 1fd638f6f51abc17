"""Responsive pictures: every content image in modern formats and several widths.

A template names the sizes an image is shown at ("fill-480x270", "fill-960x540"); the
browser picks the width it needs and the first format it supports. The formats come from
``PORTAL_PICTURE_FORMATS`` (AVIF, WebP, JPEG in production; AVIF is slow to encode, so the
test settings leave it out). Listings prefetch exactly these renditions.
"""

from collections.abc import Iterable

from django.conf import settings
from wagtail.images.models import AbstractImage, Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

DEFAULT_FORMATS = ("avif", "webp", "jpeg")
# The 16:9 card of every listing (articles, albums, videos): its two widths.
CARD_SIZES = ("fill-480x270", "fill-960x540")


def picture_formats() -> tuple[str, ...]:
    return tuple(getattr(settings, "PORTAL_PICTURE_FORMATS", DEFAULT_FORMATS))


def picture_specs(*sizes: str) -> list[str]:
    """The rendition filter specs of ``sizes`` in every format, the fallback format last."""
    return [f"{size}|format-{fmt}" for fmt in picture_formats() for size in sizes]


def picture_html(
    image: AbstractImage | None, rendition_sizes: Iterable[str], **attrs: object
) -> Picture | str:
    """A ``<picture>`` with one ``<source>`` per modern format and an ``<img>`` fallback
    (the first size, with its width and height, so nothing shifts as pictures load)."""
    if not image:
        return ""
    specs = picture_specs(*rendition_sizes)
    renditions = get_renditions_or_not_found(image, specs)
    # The fallback <img> takes the first size of the last format: keep that one first.
    fallback_format = picture_formats()[-1]
    ordered = {spec: renditions[spec] for spec in specs if spec.endswith(fallback_format)}
    ordered.update(renditions)
    attrs.setdefault("decoding", "async")
    return Picture(ordered, {key: value for key, value in attrs.items() if value is not None})
