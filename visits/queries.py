"""Reading the counters: the footer's figures and the query API for reports.

Every function takes a wagtail ``Site`` and inclusive ``start``/``end`` dates (days in
Vietnam, ``visits.days``). Only live pages without a view restriction are ever listed.
Counts still waiting in Redis (``visits.buffer``) are not included; the footer flushes
them first, reports may call ``visits.buffer.flush()`` themselves.

- ``footer_figures(site)``: today, yesterday, this week, this month, all time.
- ``visits_per_day(site, start, end)``: every day of the period with its visits (0 too).
- ``total_visits(site, start=None, end=None)``: the sum, without the old site's total.
- ``most_read_pages(site, start, end, model=None, limit=10)``: [(page, views)], most first.
- ``views_by_page(site, start, end, page_ids=None)``: {page_id: views}.
- ``views_by_section(site, start, end)``: {top-level page id: views of it and below}.
- ``views_of_pages(start, end, pages)``: {page_id: views} of the given page ids (a list or a
  query of ``pk`` values), whatever their site and state: for reports that chose the pages.
"""

import datetime
from collections.abc import Iterable
from typing import Any, TypedDict

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Model, Q, QuerySet, Sum
from django.db.models.functions import Substr
from wagtail.models import Page, Site

from portal.queries import restricted_paths

from . import buffer, days
from .models import DailyVisits, PageViews, VisitCounterSettings

# The footer's figures are shared by every reader for this long (seconds).
FIGURES_TIMEOUT = 5
# Wagtail's tree paths grow by this many characters per level.
STEPLEN = Page.steplen


class Figures(TypedDict):
    today: int
    yesterday: int
    week: int
    month: int
    total: int


def _figures_key(site_id: int, day: datetime.date) -> str:
    return f"visits:figures:{site_id}:{day.isoformat()}"


def previous_total(site: Site) -> int:
    return VisitCounterSettings.for_site(site).previous_total


def compute_figures(site: Site, day: datetime.date) -> Figures:
    """One query over the site's day rows, plus the (cached by Wagtail per request) setting."""
    period = days.periods(day)
    rows = DailyVisits.objects.filter(site=site)
    sums = rows.aggregate(
        total=Sum("visits"),
        today=Sum("visits", filter=Q(day=period.today)),
        yesterday=Sum("visits", filter=Q(day=period.yesterday)),
        week=Sum("visits", filter=Q(day__gte=period.week_start, day__lte=period.today)),
        month=Sum("visits", filter=Q(day__gte=period.month_start, day__lte=period.today)),
    )
    counts = {name: int(value or 0) for name, value in sums.items()}
    return Figures(
        today=counts["today"],
        yesterday=counts["yesterday"],
        week=counts["week"],
        month=counts["month"],
        total=counts["total"] + previous_total(site),
    )


def cached_figures(site: Site, day: datetime.date) -> Figures | None:
    return cache.get(_figures_key(site.pk, day))


def footer_figures(site: Site, day: datetime.date | None = None) -> Figures:
    """The footer's figures, shared by all readers for ``FIGURES_TIMEOUT`` seconds."""
    day = day or days.today()
    figures = cached_figures(site, day)
    if figures is None:
        buffer.flush_quietly()  # with Redis: the counts waiting there first
        figures = compute_figures(site, day)
        cache.set(_figures_key(site.pk, day), figures, FIGURES_TIMEOUT)
    return figures


def visits_per_day(
    site: Site, start: datetime.date, end: datetime.date
) -> list[tuple[datetime.date, int]]:
    rows = DailyVisits.objects.filter(site=site, day__gte=start, day__lte=end)
    counted = dict(rows.values_list("day", "visits"))
    length = (end - start).days + 1
    every_day = (start + datetime.timedelta(days=offset) for offset in range(max(0, length)))
    return [(day, counted.get(day, 0)) for day in every_day]


def total_visits(
    site: Site, start: datetime.date | None = None, end: datetime.date | None = None
) -> int:
    rows = DailyVisits.objects.filter(site=site)
    if start:
        rows = rows.filter(day__gte=start)
    if end:
        rows = rows.filter(day__lte=end)
    return int(rows.aggregate(total=Sum("visits"))["total"] or 0)


def _public_views(site: Site, start: datetime.date, end: datetime.date) -> QuerySet[PageViews]:
    """The period's rows of live, unrestricted pages of ``site``."""
    rows = PageViews.objects.filter(
        day__gte=start,
        day__lte=end,
        page__live=True,
        page__path__startswith=site.root_page.path,
    )
    private = Q()
    for path in restricted_paths():
        private |= Q(page__path__startswith=path)
    return rows.exclude(private) if private else rows


def views_by_page(
    site: Site,
    start: datetime.date,
    end: datetime.date,
    page_ids: list[int] | None = None,
) -> dict[int, int]:
    rows = _public_views(site, start, end)
    if page_ids is not None:
        rows = rows.filter(page_id__in=page_ids)
    return _sum_by_page(rows)


def views_of_pages(
    start: datetime.date, end: datetime.date, pages: Iterable[int] | QuerySet[Any]
) -> dict[int, int]:
    return _sum_by_page(PageViews.objects.filter(day__gte=start, day__lte=end, page_id__in=pages))


def _sum_by_page(rows: QuerySet[PageViews]) -> dict[int, int]:
    totals = rows.values("page_id").annotate(total=Sum("views")).values_list("page_id", "total")
    return {page_id: int(total) for page_id, total in totals}


def most_read_pages(
    site: Site,
    start: datetime.date,
    end: datetime.date,
    model: type[Model] | None = None,
    limit: int = 10,
) -> list[tuple[Any, int]]:
    """The ``limit`` most viewed pages (of ``model`` and its subclasses' rows when given: its
    specific instances, else plain Pages), with their views: two queries."""
    rows = _public_views(site, start, end)
    if model is not None:
        content_type = ContentType.objects.get_for_model(model)
        rows = rows.filter(page__content_type=content_type)
    ranking = list(
        rows.values("page_id")
        .annotate(total=Sum("views"))
        .order_by("-total", "page_id")
        .values_list("page_id", "total")[:limit]
    )
    ids = [page_id for page_id, _total in ranking]
    manager = model._default_manager if model is not None else Page.objects
    pages = manager.in_bulk(ids)
    return [(pages[page_id], int(total)) for page_id, total in ranking if page_id in pages]


def views_by_section(site: Site, start: datetime.date, end: datetime.date) -> dict[int, int]:
    """Views summed per top-level page of the site (a section with everything below it);
    the home page's own views are under its id."""
    root = site.root_page
    section_path_length = len(root.path) + STEPLEN
    rows = _public_views(site, start, end).annotate(
        section_path=Substr("page__path", 1, section_path_length)
    )
    sums = rows.values("section_path").annotate(total=Sum("views"))
    by_path = dict(sums.values_list("section_path", "total"))
    ids = dict(Page.objects.filter(path__in=list(by_path)).values_list("path", "pk"))
    ids[root.path] = root.pk
    return {ids[path]: int(total) for path, total in by_path.items() if path in ids}
