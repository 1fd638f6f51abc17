"""{% week_schedule %}: the engagements of the coming seven days, for the home page."""

import datetime

from django import template
from django.utils import timezone

from portal import dates

from ..models import ScheduleEntry, WorkSchedulePage

register = template.Library()
SHOWN = 6


@register.inclusion_tag("schedule/includes/week_schedule.html")
def week_schedule():
    # Seven days from today rather than the calendar week, which is nearly over by Friday.
    today = timezone.localdate()
    last = today + datetime.timedelta(days=6)
    entries = list(
        ScheduleEntry.objects.filter(live=True, date__range=(today, last)).order_by(
            "date", "start_time"
        )[:SHOWN]
    )
    return {
        "entries": [(entry, dates.weekday_name(entry.date)) for entry in entries if entry.date],
        "schedule_page": WorkSchedulePage.objects.live().public().first(),
        "today": today,
    }
