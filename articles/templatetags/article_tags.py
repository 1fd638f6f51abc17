"""Template helpers for the news: the site's newest articles, for side columns."""

from typing import Any

from django import template
from wagtail.models import Page, Site

from articles.models import ArticlePage

register = template.Library()

NEWEST_COUNT = 6


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
    articles = [a for a in ArticlePage.newest_on_site(site, NEWEST_COUNT + 1) if a.pk != current_pk]
    return {"articles": articles[:NEWEST_COUNT], "request": request}
