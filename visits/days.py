"""Calendar days in the site's time zone (Vietnam): the counter's day, week and month."""

import datetime
from typing import NamedTuple

from django.utils import timezone

from portal.dates import week_start


def today(now: datetime.datetime | None = None) -> datetime.date:
    """The day in the site's time zone at ``now`` (default: the current moment)."""
    return timezone.localdate(now or timezone.now())


class Periods(NamedTuple):
    today: datetime.date
    yesterday: datetime.date
    week_start: datetime.date
    month_start: datetime.date


def periods(day: datetime.date) -> Periods:
    return Periods(
        today=day,
        yesterday=day - datetime.timedelta(days=1),
        week_start=week_start(day),
        month_start=day.replace(day=1),
    )
