"""Template helpers for the news: the site's newest and most read articles, for side columns."""

from typing import Any

from django import template
from wagtail.models import Page, Site

from articles.models import ArticlePage
from portal.cache import cached
from visits import days as visit_days
from visits.queries import most_read_pages

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


MOST_READ_COUNT = 5
MOST_READ_TIMEOUT = 300  # seconds: the list changes slowly, every page shows it


@register.inclusion_tag("articles/includes/most_read.html", takes_context=True)
def most_read_articles(context: template.Context) -> dict[str, Any]:
    """Đọc nhiều: the live, public articles most read this week (Monday first, Vietnam time),
    from the visit counter; two queries, cached a few minutes (and until content changes)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return {"articles": []}
    week = visit_days.periods(visit_days.today())

    def load() -> list[ArticlePage]:
        ranking = most_read_pages(
            site, week.week_start, week.today, model=ArticlePage, limit=MOST_READ_COUNT
        )
        return [article for article, _views in ranking]

    articles = cached(
        "most-read-articles", load, site.pk, week.today.isoformat(), timeout=MOST_READ_TIMEOUT
    )
    return {"articles": articles, "request": request}
