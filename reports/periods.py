"""The period a report covers, read from its filters: a month, a quarter, a year or from–to."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.dates import short_date
from portal.params import EARLIEST_DATE, LATEST_DATE, query_params

KINDS = ("month", "quarter", "year", "range")
# The query parameters that name a period (``read_period``), carried on to the exports.
PARAMETERS = ("period", "year", "month", "quarter", "from", "to")
DATE_FORMAT = "%d/%m/%Y"


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date  # inclusive

    def bounds(self) -> tuple[datetime.datetime, datetime.datetime]:
        """From the first day's midnight to the midnight after the last, in Vietnam time."""
        first = datetime.datetime.combine(self.start, datetime.time.min)
        after = datetime.datetime.combine(self.end + datetime.timedelta(days=1), datetime.time.min)
        return timezone.make_aware(first), timezone.make_aware(after)

    @property
    def year(self) -> int | None:
        """The year when the period lies within one (quotas are yearly)."""
        return self.start.year if self.start.year == self.end.year else None

    def label(self) -> str:
        return f"{short_date(self.start)} – {short_date(self.end)}"


def month_period(year: int, month: int) -> Period:
    start = datetime.date(year, month, 1)
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return Period(start, following - datetime.timedelta(days=1))


def year_period(year: int) -> Period:
    return Period(datetime.date(year, 1, 1), datetime.date(year, 12, 31))


def quarter_period(year: int, quarter: int) -> Period:
    first = month_period(year, 3 * quarter - 2)
    return Period(first.start, month_period(year, 3 * quarter).end)


def parse_day(text: str) -> datetime.date | None:
    try:
        day = datetime.datetime.strptime(text, DATE_FORMAT).date()
    except ValueError:
        return None
    return day if EARLIEST_DATE <= day <= LATEST_DATE else None


@dataclass
class PeriodChoice:
    """The filters as the form shows them again, the period they mean, and what was wrong."""

    kind: str
    year: int
    month: int
    quarter: int
    start_text: str
    end_text: str
    period: Period
    errors: list[str]


def read_period(request: HttpRequest, default_kind: str = "year") -> PeriodChoice:
    """The period asked for; bad input gives a message and the default, never an error."""
    params = query_params(request)
    today = timezone.localdate()
    kind = params.choice("period", KINDS, default_kind)
    year = params.year("year") or today.year
    month = params.integer("month", minimum=1, maximum=12) or today.month
    quarter = params.integer("quarter", minimum=1, maximum=4) or (today.month - 1) // 3 + 1
    start_text, end_text = params.text("from", 10), params.text("to", 10)
    errors: list[str] = []
    if kind == "month":
        period = month_period(year, month)
    elif kind == "quarter":
        period = quarter_period(year, quarter)
    elif kind == "range":
        start, end = parse_day(start_text), parse_day(end_text)
        if start is None or end is None:
            errors.append(_("Type both dates as dd/mm/yyyy, for example 13/01/2021."))
        elif start > end:
            errors.append(_("The first date is after the last one."))
        if errors or start is None or end is None or start > end:
            period = year_period(year)
        else:
            period = Period(start, end)
    else:
        period = year_period(year)
    if not start_text:
        start_text = period.start.strftime(DATE_FORMAT)
    if not end_text:
        end_text = period.end.strftime(DATE_FORMAT)
    return PeriodChoice(kind, year, month, quarter, start_text, end_text, period, errors)
