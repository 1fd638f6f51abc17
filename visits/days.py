"""Calendar days in Vietnam: the counter's day, week (Monday first) and month."""

import datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo

from django.utils import timezone

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def today(now: datetime.datetime | None = None) -> datetime.date:
    """The day in Vietnam at ``now`` (default: the current moment)."""
    return timezone.localtime(now or timezone.now(), VIETNAM).date()


class Periods(NamedTuple):
    today: datetime.date
    yesterday: datetime.date
    week_start: datetime.date
    month_start: datetime.date


def periods(day: datetime.date) -> Periods:
    return Periods(
        today=day,
        yesterday=day - datetime.timedelta(days=1),
        week_start=day - datetime.timedelta(days=day.weekday()),
        month_start=day.replace(day=1),
    )
