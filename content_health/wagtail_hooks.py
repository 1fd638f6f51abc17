from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import ContentHealthReportView


@hooks.register("register_admin_urls")
def register_content_health_url():
    view = ContentHealthReportView
    return [
        path("reports/content-health/", view.as_view(), name="content_health"),
        path(
            "reports/content-health/results/",
            view.as_view(results_only=True),
            name="content_health_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_content_health_menu_item():
    return MenuItem(_("Content health"), reverse("content_health"), icon_name="warning", order=50)
