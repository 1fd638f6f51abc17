from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from .models import Quota
from .views import (
    AwardRankingView,
    ContributionReportView,
    RoyaltySheetView,
    TrafficReportView,
)
from .viewsets import QuotaViewSet

register_snippet(QuotaViewSet)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/contributions/",
            ContributionReportView.as_view(),
            name="reports_contributions",
        ),
        path("reports/royalties/", RoyaltySheetView.as_view(), name="reports_royalties"),
        path("reports/award/", AwardRankingView.as_view(), name="reports_award"),
        path("reports/traffic/", TrafficReportView.as_view(), name="reports_traffic"),
    ]


class QuotaMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("reports.change_quota")


@hooks.register("register_reports_menu_item")
def register_contributions_menu_item():
    return MenuItem(
        _("Contributions"), reverse("reports_contributions"), icon_name="table", order=10
    )


@hooks.register("register_reports_menu_item")
def register_royalties_menu_item():
    return MenuItem(_("Royalties"), reverse("reports_royalties"), icon_name="table", order=11)


@hooks.register("register_reports_menu_item")
def register_award_menu_item():
    return MenuItem(_("Yearly award"), reverse("reports_award"), icon_name="table", order=12)


@hooks.register("register_reports_menu_item")
def register_traffic_menu_item():
    return MenuItem(_("Traffic"), reverse("reports_traffic"), icon_name="table", order=14)


@hooks.register("register_reports_menu_item")
def register_quota_menu_item():
    url = reverse(f"wagtailsnippets_{Quota._meta.app_label}_quota:list")
    return QuotaMenuItem(_("Quotas"), url, icon_name="table", order=13)
