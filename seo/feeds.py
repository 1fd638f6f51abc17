"""RSS 2.0 feeds: the site's newest news, each section's, and the writer they share.

The document library's feed (documents/feeds.py) is written by the same code. A feed holds
only what readers may see (live, public) and is cached until content changes: feed readers
poll often, and any page saved, published or moved bumps the content version.
"""

import mimetypes
from urllib.parse import urljoin

from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Site

from portal.cache import cached

FEED_SIZE = 30
# The picture of an item: a listing card's size, as JPEG, which every feed reader shows.
ITEM_PICTURE_SPEC = "fill-960x540|format-jpeg"


class PortalFeed(Rss201rev2Feed):
    """RSS 2.0 whose items may carry a picture as Media RSS ``media:content``."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:media": "http://search.yahoo.com/mrss/"}

    def add_item_elements(self, handler, item):
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


def site_root_url(request):
    """The site's own address (scheme, host, port), as its pages' full URLs use it."""
    site = Site.find_for_request(request)
    return site.root_url if site else request.build_absolute_uri("/").rstrip("/")


def feed_title(request, title):
    """ "Văn bản – ĐUK": the feed's subject, then whose site it comes from."""
    from portal.context_processors import cached_identity

    site = Site.find_for_request(request)
    identity = cached_identity(site) if site else None
    owner = (identity.short_name or identity.organisation_name) if identity else ""
    return f"{title} – {owner}" if owner else str(title)


def feed_response(request, key, build):
    """The feed ``build()`` describes, cached per site until content changes.

    ``build`` returns the keyword arguments of ``write_feed``: title, link, description
    and items (dicts for ``SyndicationFeed.add_item``, with an optional ``picture``).
    """
    site = Site.find_for_request(request)

    def render():
        return write_feed(request, **build())

    body = cached("feed", render, site.pk if site else 0, key)
    return HttpResponse(body, content_type=PortalFeed.content_type)


def write_feed(request, *, title, link, description, items):
    feed = PortalFeed(
        title=feed_title(request, title),
        link=link,
        description=description or str(title),
        language="vi",
        feed_url=site_root_url(request) + request.path,
    )
    for item in items:
        # Dates in the site's time zone: "Sun, 29 Nov 2026 08:30:00 +0700".
        item["pubdate"] = timezone.localtime(item.get("pubdate") or timezone.now())
        feed.add_item(**item)
    return feed.writeString("utf-8").encode("utf-8")


def _picture(image, root_url):
    if image is None:
        return None
    rendition = image.get_rendition(ITEM_PICTURE_SPEC)
    return {
        "url": urljoin(root_url + "/", rendition.url),
        "width": rendition.width,
        "height": rendition.height,
    }


def article_items(request, articles):
    """Feed items for ``articles``: title, address, sapo, date, byline, section, picture."""
    from articles.models import ArticleIndexPage

    articles = list(articles)
    step = ArticleIndexPage.steplen
    sections = dict(
        ArticleIndexPage.objects.filter(
            path__in={article.path[:-step] for article in articles}
        ).values_list("path", "title")
    )
    root_url = site_root_url(request)
    for article in articles:
        url = article.get_full_url(request)
        section = sections.get(article.path[:-step])
        yield {
            "title": article.title,
            "link": url,
            "description": article.sapo,
            "pubdate": article.date or article.first_published_at,
            "unique_id": url,
            "author_name": article.byline or None,
            "categories": [section] if section else (),
            "picture": _picture(article.featured_image, root_url),
        }


def newest_articles(ancestor):
    from articles.models import ArticlePage

    return ArticlePage.newest_below(ancestor).defer_streamfields()[:FEED_SIZE]


def news_feed(request):
    """/rss/: the newest news and articles of the whole site."""
    from django.http import Http404

    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    home = site.root_page

    def build():
        return {
            "title": _("Latest news"),
            "link": home.get_full_url(request),
            "description": _("The newest news and articles published on this site."),
            "items": article_items(request, newest_articles(home)),
        }

    return feed_response(request, "news", build)


def section_feed(section, request):
    """<section>/rss/: the newest news and articles of one section and its sub-sections."""

    def build():
        return {
            "title": section.title,
            "link": section.get_full_url(request),
            "description": section.intro or section.title,
            "items": article_items(request, newest_articles(section)),
        }

    return feed_response(request, f"section-{section.pk}", build)
