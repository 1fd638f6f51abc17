"""RSS 2.0 written the same way for every feed of the site (news, sections, documents).

A feed holds only what readers may see (live, public) and is cached until content changes:
feed readers poll often, and any page saved, published or moved bumps the content version.
"""

import mimetypes
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.xmlutils import SimplerXMLGenerator
from wagtail.models import Site

from .cache import cached
from .context_processors import cached_identity

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise
    from wagtail.images.models import AbstractImage

FEED_SIZE = 30
# The picture of an item: a listing card's size, as JPEG, which every feed reader shows.
ITEM_PICTURE_SPEC = "fill-960x540|format-jpeg"


class PortalFeed(Rss201rev2Feed):
    """RSS 2.0 whose items may carry a picture as Media RSS ``media:content``."""

    def rss_attributes(self) -> dict[str, str]:
        return {**super().rss_attributes(), "xmlns:media": "http://search.yahoo.com/mrss/"}

    def add_item_elements(self, handler: SimplerXMLGenerator, item: dict[str, Any]) -> None:
        super().add_item_elements(handler, item)
        picture = item.get("picture")
        if picture:
            attributes = {
                "url": picture["url"],
                "medium": "image",
                "width": str(picture["width"]),
                "height": str(picture["height"]),
            }
            mime_type = mimetypes.guess_type(picture["url"])[0]
            if mime_type:
                attributes["type"] = mime_type
            handler.addQuickElement("media:content", None, attributes)


def site_root_url(request: HttpRequest) -> str:
    """The site's own address (scheme, host, port), as its pages' full URLs use it."""
    site = Site.find_for_request(request)
    return site.root_url if site else request.build_absolute_uri("/").rstrip("/")


def feed_title(request: HttpRequest, title: "StrOrPromise") -> str:
    """ "Văn bản – ĐUK": the feed's subject, then whose site it comes from."""
    site = Site.find_for_request(request)
    identity = cached_identity(site) if site else None
    owner = (identity.short_name or identity.organisation_name) if identity else ""
    return f"{title} – {owner}" if owner else str(title)


def feed_response(request: HttpRequest, key: str, build: Callable[[], dict]) -> HttpResponse:
    """The feed ``build()`` describes, cached per site until content changes.

    ``build`` returns the keyword arguments of ``write_feed``: title, link, description
    and items (dicts for ``SyndicationFeed.add_item``, with an optional ``picture``).
    """
    site = Site.find_for_request(request)

    def render() -> bytes:
        return write_feed(request, **build())

    body = cached("feed", render, site.pk if site else 0, key)
    return HttpResponse(body, content_type=PortalFeed.content_type)


def write_feed(
    request: HttpRequest,
    *,
    title: "StrOrPromise",
    link: str,
    description: "StrOrPromise | None",
    items: Iterable[dict[str, Any]],
) -> bytes:
    feed = PortalFeed(
        title=feed_title(request, title),
        link=link,
        # SyndicationFeed turns a lazy translation into str itself; django-stubs asks for str.
        description=description or str(title),  # type: ignore[arg-type]
        language="vi",
        feed_url=site_root_url(request) + request.path,
    )
    for item in items:
        # Dates in the site's time zone: "Sun, 29 Nov 2026 08:30:00 +0700".
        item["pubdate"] = timezone.localtime(item.get("pubdate") or timezone.now())
        feed.add_item(**item)
    return feed.writeString("utf-8").encode("utf-8")


def item_picture(image: "AbstractImage | None", root_url: str) -> dict[str, Any] | None:
    """An item's picture (``media:content``): its address and size, or None."""
    if image is None:
        return None
    rendition = image.get_rendition(ITEM_PICTURE_SPEC)
    return {
        "url": urljoin(root_url + "/", rendition.url),
        "width": rendition.width,
        "height": rendition.height,
    }
