"""Template helpers of the photo and video library."""

from django import template
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.models import Site

from gallery import picture_sizes
from gallery.models import GalleryIndexPage, GalleryItemPage
from portal.cache import cached
from portal.queries import public

register = template.Library()

HIGHLIGHTS_COUNT = 4


@register.simple_tag
def gallery_picture(image, size, **attrs):
    """``{% gallery_picture photo.image "thumb" alt=... loading="lazy" %}``: a ``<picture>``
    in the gallery's sizes (gallery/picture_sizes.py), with srcset, width and height."""
    return picture_sizes.picture(image, size, **attrs)


def _highlights(site_root_url_path, count):
    index = public(GalleryIndexPage.objects.live())
    items = GalleryItemPage.objects.all()
    if site_root_url_path:
        index = index.filter(url_path__startswith=site_root_url_path)
        items = items.filter(url_path__startswith=site_root_url_path)
    items = list(GalleryItemPage.newest(items)[:count])
    for item in items:
        if item.cover_image is not None:
            # Made now, so that the cached list carries its renditions.
            get_renditions_or_not_found(item.cover_image, picture_sizes.specs("card"))
    return index.order_by("path").first(), items


@register.inclusion_tag("gallery/includes/highlights.html", takes_context=True)
def gallery_highlights(context, count=HIGHLIGHTS_COUNT):
    """The newest albums and videos of this site, for the home page; cached until content
    changes, so the home page usually spends no query on them."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    root = ""
    if site is not None:
        root = next(
            (path.root_path for path in Site.get_site_root_paths() if path.site_id == site.pk), ""
        )
    index, items = cached(
        "gallery-highlights", lambda: _highlights(root, count), site.pk if site else 0, count
    )
    return {"index": index, "items": items, "request": request}
