"""The search capability in the admin: what readers search for, on the dashboard, in the
"Search terms" report and in the picks form's query chooser (``search.admin_views``)."""

import datetime

from django.urls import path
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.menu import reports_menu
from wagtail.admin.ui.components import Component

from .admin_views import (
    SearchTermsReportView,
    can_choose_picks,
    query_chooser,
    query_chooser_results,
)

DAYS = 7


class PopularQueriesPanel(Component):
    """The ten queries readers typed most this week, for editors choosing editors' picks."""

    name = "popular_queries"
    template_name = "search/admin/popular_queries_panel.html"
    order = 250

    def get_context_data(self, parent_context):
        from wagtail.contrib.search_promotions.models import Query

        context = super().get_context_data(parent_context)
        since = timezone.localdate() - datetime.timedelta(days=DAYS - 1)
        popular = Query.get_most_popular(date_since=since)[:10]
        # `_hits` is the annotation Wagtail sorts by; templates cannot read underscored names.
        context["queries"] = [
            {"text": query.query_string, "hits": query._hits} for query in popular
        ]
        context["days"] = DAYS
        return context


@hooks.register("construct_homepage_panels")
def add_popular_queries_panel(request, panels):
    if can_choose_picks(request.user):
        panels.append(PopularQueriesPanel())


@hooks.register("register_admin_urls")
def readers_search_terms_for_pick_choosers():
    """In front of wagtail.contrib.search_promotions' own views (search is installed first):
    the same addresses, for those who choose picks."""
    report = SearchTermsReportView
    return [
        path("searchpicks/queries/chooser/", query_chooser),
        path("searchpicks/queries/chooser/results/", query_chooser_results),
        path("searchpicks/reports/search-terms/", report.as_view()),
        path("searchpicks/reports/search-terms/results/", report.as_view(results_only=True)),
    ]


@hooks.register("construct_reports_menu")
def show_search_terms_to_pick_choosers(request, menu_items):
    """Wagtail's "Search terms" menu item is shown to superusers only."""
    if can_choose_picks(request.user) and not any(i.name == "search-terms" for i in menu_items):
        menu_items.extend(i for i in reports_menu.registered_menu_items if i.name == "search-terms")
