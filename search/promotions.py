"""Editors' picks (wagtail.contrib.search_promotions), matched the way search matches.

Editors type a query in the admin with or without marks; a reader's query gets the picks
of every promotion query that folds to the same words ("hoi nghi" finds the picks of
"Hội nghị"). Each reader's query is counted for Wagtail's "Search terms" report.
"""

from dataclasses import dataclass
from typing import Any

from portal.cache import cached

from .words import index_text


@dataclass(frozen=True)
class Pick:
    title: str
    url: str
    description: str


def _load_picks():
    from wagtail.contrib.search_promotions.models import SearchPromotion

    picks: dict[str, list[Any]] = {}
    promotions = SearchPromotion.objects.select_related("query", "page").order_by(
        "sort_order", "pk"
    )
    for promotion in promotions:
        if promotion.page_id and not promotion.page.live:
            continue
        url = promotion.page.url if promotion.page_id else promotion.external_link_url
        if not url:
            continue
        pick = Pick(promotion.title or url, url, promotion.description)
        picks.setdefault(index_text(promotion.query.query_string), []).append(pick)
    return picks


def picks_for(text):
    key = index_text(text)
    return cached("search-picks", _load_picks).get(key, []) if key else []


def count_query(text):
    """One more hit for ``text`` in the search-terms report."""
    from wagtail.contrib.search_promotions.models import Query

    if text.strip():
        Query.get(text).add_hit()
