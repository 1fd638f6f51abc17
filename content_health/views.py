"""The content-health report in Wagtail's Reports menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView

from portal.exports import SafeSpreadsheetExportMixin

from .checks import all_problems


class ContentHealthReportView(SafeSpreadsheetExportMixin, ReportView):
    page_title = _("Content health")
    header_icon = "warning"
    index_url_name = "content_health"
    index_results_url_name = "content_health_results"
    results_template_name = "content_health/report_results.html"
    export_filename = "suc-khoe-noi-dung"
    list_export = ["area", "subject", "detail", "edit_url"]
    export_headings = {
        "area": _("Area"),
        "subject": _("What"),
        "detail": _("Problem"),
        "edit_url": _("Where to fix it"),
    }
    paginate_by = 100

    def get_queryset(self):
        return all_problems(self.request.user)

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        row["edit_url"] = self.request.build_absolute_uri(item.edit_url) if item.edit_url else ""
        return row
