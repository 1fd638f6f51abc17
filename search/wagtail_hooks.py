"""The search capability in the admin: what readers search for, on the dashboard."""

import datetime

from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component

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


def can_choose_picks(user):
    return any(
        user.has_perm(f"wagtailsearchpromotions.{action}_searchpromotion")
        for action in ("add", "change")
    )


@hooks.register("construct_homepage_panels")
def add_popular_queries_panel(request, panels):
    if can_choose_picks(request.user):
        panels.append(PopularQueriesPanel())
