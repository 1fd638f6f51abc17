"""Vietnamese dates for readers: "Chủ nhật, 29/11/2026 08:30".

Weekday names are computed from the date and translated by the catalogue (the same
msgids Django's ``date`` filter uses, so ``|date:"l"`` agrees with these helpers).
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

WEEKDAYS = (
    _("Monday"),
    _("Tuesday"),
    _("Wednesday"),
    _("Thursday"),
    _("Friday"),
    _("Saturday"),
    _("Sunday"),
)
WEEKDAYS_ABBR = (_("Mon"), _("Tue"), _("Wed"), _("Thu"), _("Fri"), _("Sat"), _("Sun"))


def week_start(day: datetime.date) -> datetime.date:
    """The Monday of ``day``'s week (Vietnamese weeks start on Monday)."""
    return day - datetime.timedelta(days=day.weekday())


def weekday_name(value: datetime.date) -> str:
    return str(WEEKDAYS[value.weekday()])


def _local(value: datetime.date) -> datetime.date:
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        return timezone.localtime(value)
    return value


def long_date(value: datetime.date) -> str:
    """ "Chủ nhật, 29/11/2026" """
    value = _local(value)
    return f"{weekday_name(value)}, {value:%d/%m/%Y}"


def long_datetime(value: datetime.date) -> str:
    """ "Chủ nhật, 29/11/2026 08:30" (in the site's time zone)"""
    value = _local(value)
    return f"{weekday_name(value)}, {value:%d/%m/%Y %H:%M}"


def short_date(value: datetime.date) -> str:
    """ "29/11/2026 08:30" for a moment (in the site's time zone), "29/11/2026" for a day:
    the admin's lists, exports and warnings."""
    value = _local(value)
    if isinstance(value, datetime.datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    return f"{value:%d/%m/%Y}"
