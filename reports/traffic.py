"""Traffic: visits per day, the most read articles and documents, views by section.

Figures come from the visit counter (``visits.queries``), for one site. A contributor sees
only the views of their own articles.
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from articles.models import ArticlePage
from documents.models import DocumentPage
from portal.dates import short_date
from visits import buffer
from visits.queries import most_read_pages, views_by_page, views_by_section, visits_per_day

from .periods import Period
from .tables import Table

MOST_READ = 20
# Longer periods are charted by month: a bar a day stops being readable.
DAYS_CHARTED_BY_DAY = 62


def _ranked(key: str, title: str, pages: list[tuple[str, int]]) -> Table:
    """``pages``: (title, views), most read first."""
    rows: list[list[object]] = [
        [rank, page_title, views] for rank, (page_title, views) in enumerate(pages, start=1)
    ]
    return Table(key, title, [_("Rank"), _("Title"), _("Views")], rows, numeric_from=2)


def _most_read(site: Site, period: Period, model: Any) -> list[tuple[str, int]]:
    pages = most_read_pages(site, period.start, period.end, model, MOST_READ)
    return [(page.title, views) for page, views in pages]


def traffic_tables(site: Site, period: Period, author: Any = None) -> list[Table]:
    buffer.flush_quietly()  # counts still waiting in Redis, when it is used
    if author is not None:
        return [own_views(site, period, author)]
    # Days still to come are left out: a month under way ends today.
    last = min(period.end, max(period.start, timezone.localdate()))
    per_day = visits_per_day(site, period.start, last)
    days = Table(
        "days",
        _("Visits per day"),
        [_("Day"), _("Visits")],
        [[short_date(day), visits] for day, visits in per_day],
        footer=[_("Total"), sum(visits for _day, visits in per_day)],
    )
    return [
        days,
        _ranked("articles", _("Most read articles"), _most_read(site, period, ArticlePage)),
        _ranked("documents", _("Most read documents"), _most_read(site, period, DocumentPage)),
        _sections(site, period),
    ]


def _sections(site: Site, period: Period) -> Table:
    views = views_by_section(site, period.start, period.end)
    titles = dict(Page.objects.filter(pk__in=list(views)).values_list("pk", "title"))
    ordered = sorted(views.items(), key=lambda item: (-item[1], titles.get(item[0], "")))
    rows: list[list[object]] = [[titles.get(pk, ""), count] for pk, count in ordered]
    return Table("sections", _("Views by section"), [_("Section"), _("Views")], rows)


def own_views(site: Site, period: Period, author: Any) -> Table:
    """The author's articles read in the period, most read first."""
    own = dict(ArticlePage.objects.filter(author=author).values_list("pk", "title"))
    views = views_by_page(site, period.start, period.end, page_ids=list(own))
    ordered = sorted(views.items(), key=lambda item: (-item[1], own[item[0]]))
    return _ranked(
        "articles",
        _("Your articles read"),
        [(own[pk], count) for pk, count in ordered],
    )


def daily_bars(table: Table, period: Period) -> list[tuple[str, int]]:
    """The chart's bars: one a day, or one a month for a long period."""
    rows = [(str(row[0]), int(str(row[1]))) for row in table.rows]
    if (period.end - period.start).days < DAYS_CHARTED_BY_DAY:
        return rows
    months: dict[str, int] = {}
    for day, visits in rows:
        month = day[3:]  # "dd/mm/yyyy" -> "mm/yyyy"
        months[month] = months.get(month, 0) + visits
    return list(months.items())
