"""The site-wide RSS feed: the newest news and articles of the whole site.

Sections have their own feeds (articles.feeds), the document library its own
(documents.feeds); all are written by portal.feeds.
"""

from django.http import Http404
from django.utils.translation import gettext as _
from wagtail.models import Site

from articles.feeds import article_items
from articles.models import ArticleIndexPage, ArticlePage
from portal.feeds import FEED_SIZE, feed_response

__all__ = ["FEED_SIZE", "news_feed"]


def news_feed(request):
    """/rss/: the newest news and articles of the whole site."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    home = site.root_page

    def build():
        return {
            "title": _("Latest news"),
            "link": home.get_full_url(request),
            "description": _("The newest news and articles published on this site."),
            "items": article_items(request, ArticlePage.newest_below(home), ArticleIndexPage),
        }

    return feed_response(request, "news", build)
