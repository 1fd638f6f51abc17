"""Template helpers for the news: the site's newest articles, for side columns."""

from typing import Any

from django import template
from wagtail.models import Page, Site

from articles.models import ArticlePage
from portal.cache import cached
from portal.queries import public

register = template.Library()

NEWEST_COUNT = 6


def newest_on_site(site: Site, count: int) -> list[ArticlePage]:
    """The site's ``count`` newest live, public articles (cached until content changes)."""

    def load() -> list[ArticlePage]:
        articles = public(ArticlePage.objects.live().descendant_of(site.root_page))
        return list(articles.defer_streamfields().order_by("-date", "-pk")[:count])

    return cached("newest-articles", load, site.pk, count)


@register.inclusion_tag("articles/includes/newest.html", takes_context=True)
def newest_articles(context: template.Context, current: Page | None = None) -> dict[str, Any]:
    """Tin mới: the site's newest articles but ``current``, the page being read.

    One more than shown is cached for every page alike, so leaving out the current article
    still fills the list.
    """
    request = context.get("request")
    site = Site.find_for_request(request)
    if site is None:  # rendered outside a request: nothing to say which site's news
        return {"articles": []}
    current_pk = getattr(current, "pk", None)
    articles = [a for a in newest_on_site(site, NEWEST_COUNT + 1) if a.pk != current_pk]
    return {"articles": articles[:NEWEST_COUNT], "request": request}
