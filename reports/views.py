"""The board's reports in the admin: contributions against quotas, royalties, yearly award.

Leadership and the board (every role above contributor) see everyone's figures; a
contributor sees only their own articles and royalty lines.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site

from portal.params import query_params
from portal.roles import above_contributor
from portal.text import group_thousands

from .award import author_ranking, formula, unit_ranking
from .charts import bar_chart
from .exports import FORMATS, csv_response, xlsx_response
from .figures import ContributionFigures
from .models import ReportSettings
from .periods import PARAMETERS, PeriodChoice, read_period
from .royalties import payment_table, royalty_table
from .tables import Table
from .traffic import daily_bars, traffic_tables


def own_scope(user: Any) -> Any:
    """None (everyone's figures) for leadership and the board; the user for a contributor."""
    return None if above_contributor(user) else user


class BoardReportView(WagtailAdminTemplateMixin, TemplateView):
    """A report of tables for a period, with its CSV and XLSX exports (``?format=``)."""

    template_name = "reports/report.html"
    header_icon = "table"
    export_name = "bao-cao"
    default_period = "year"
    period_kinds: tuple[str, ...] = ("month", "quarter", "year", "range")
    url_name = ""

    def tables(self, choice: PeriodChoice, author: Any) -> list[Table]:
        raise NotImplementedError

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def charts(self, tables: list[Table]) -> list[Any]:
        return []

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.choice = read_period(request, self.default_period)
        self.author = own_scope(request.user)
        self.report_tables = self.tables(self.choice, self.author)
        export = query_params(request).choice("format", FORMATS)
        heading = f"{self.page_title} · {self.choice.period.label()}"
        if export == "csv":
            return csv_response(self.report_tables, self.export_name, heading)
        if export == "xlsx":
            return xlsx_response(self.report_tables, self.export_name)
        return super().get(request, *args, **kwargs)

    def export_url(self, export: str) -> str:
        query = query_params(self.request).form_data(PARAMETERS)
        return f"{reverse(self.url_name)}?{urlencode({**query, 'format': export})}"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            choice=self.choice,
            period_kinds=self.period_kinds,
            months=range(1, 13),
            quarters=range(1, 5),
            tables=self.report_tables,
            charts=self.charts(self.report_tables),
            own_only=self.author is not None,
            csv_url=self.export_url("csv"),
            xlsx_url=self.export_url("xlsx"),
            action_url=reverse(self.url_name),
        )
        return context


class ContributionReportView(BoardReportView):
    page_title = gettext_lazy("Contributions")
    export_name = "dong-gop-tin-bai"
    url_name = "reports_contributions"

    def tables(self, choice: PeriodChoice, author: Any) -> list[Table]:
        self.figures = ContributionFigures(choice.period, author)
        return self.figures.tables()

    def charts(self, tables: list[Table]) -> list[Any]:
        by_key = {table.key: table for table in tables}
        units = [(str(row[0]), int(str(row[-3]))) for row in by_key["units"].rows]
        months = [(str(row[0]), int(str(row[1]))) for row in by_key["months"].rows]
        return [
            bar_chart(_("Items per unit"), [bar for bar in units if bar[1]]),
            bar_chart(_("Items per month"), months),
        ]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["total"] = self.figures.total
        return context


class RoyaltySheetView(BoardReportView):
    page_title = gettext_lazy("Royalties")
    export_name = "nhuan-but"
    default_period = "month"
    period_kinds = ("month",)
    url_name = "reports_royalties"

    def tables(self, choice: PeriodChoice, author: Any) -> list[Table]:
        sheet = royalty_table(choice.period, author)
        return [sheet, payment_table(sheet)]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        scale = ReportSettings.load()
        context["note"] = _(
            "Amount = coefficient × %(value)s VND. Items linking to outlets and collected items "
            "carry no royalty."
        ) % {"value": group_thousands(scale.coefficient_value)}
        return context


class AwardRankingView(BoardReportView):
    page_title = gettext_lazy("Yearly award")
    export_name = "khen-thuong"
    period_kinds = ("year",)
    url_name = "reports_award"

    def tables(self, choice: PeriodChoice, author: Any) -> list[Table]:
        tables = [author_ranking(choice.period, author)]
        if author is None:
            tables.append(unit_ranking(choice.period))
        return tables

    def charts(self, tables: list[Table]) -> list[Any]:
        return [
            bar_chart(table.title, [(str(row[1]), int(str(row[-1]))) for row in table.rows[:15]])
            for table in tables
        ]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["note"] = formula(ReportSettings.load())
        return context


class TrafficReportView(BoardReportView):
    page_title = gettext_lazy("Traffic")
    export_name = "luot-truy-cap"
    default_period = "month"
    url_name = "reports_traffic"

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
        return super().get(request, *args, **kwargs)

    def tables(self, choice: PeriodChoice, author: Any) -> list[Table]:
        return traffic_tables(self.site, choice.period, author)

    def charts(self, tables: list[Table]) -> list[Any]:
        by_key = {table.key: table for table in tables}
        if "days" not in by_key:
            return []
        return [
            bar_chart(_("Visits per day"), daily_bars(by_key["days"], self.choice.period)),
            bar_chart(
                _("Views by section"),
                [(str(row[0]), int(str(row[1]))) for row in by_key["sections"].rows],
            ),
        ]
