"""Wagtail's screens of readers' search terms, for those who choose editors' picks.

Wagtail lets anyone in the admin open the query chooser of the picks form (every term readers
typed) and only superusers its "Search terms" report. Both belong to whoever may add or change
editors' picks: the board, who choose picks from what readers search.
"""

from wagtail.admin.auth import PermissionPolicyChecker
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.contrib.search_promotions.views import chooser, chooserresults
from wagtail.contrib.search_promotions.views.reports import (
    SearchTermsReportView as WagtailSearchTermsReportView,
)
from wagtail.permission_policies import ModelPermissionPolicy

from portal.exports import SafeSpreadsheetExportMixin

picks_policy = ModelPermissionPolicy(SearchPromotion)
PICK_ACTIONS = ("add", "change")

for_pick_choosers = PermissionPolicyChecker(picks_policy).require_any(*PICK_ACTIONS)
query_chooser = for_pick_choosers(chooser)
query_chooser_results = for_pick_choosers(chooserresults)


def can_choose_picks(user) -> bool:
    return picks_policy.user_has_any_permission(user, PICK_ACTIONS)


class SearchTermsReportView(SafeSpreadsheetExportMixin, WagtailSearchTermsReportView):
    """Its CSV keeps what readers typed (``=HYPERLINK(...)`` too) as text: the board opens it."""

    permission_policy = picks_policy
    any_permission_required = PICK_ACTIONS

    def dispatch(self, request, *args, **kwargs):
        # Past Wagtail's superusers-only check: the report's own permission check decides.
        return super(WagtailSearchTermsReportView, self).dispatch(request, *args, **kwargs)
