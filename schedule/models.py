"""Work schedule entries and the public week view."""

import datetime

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin

from portal import dates
from portal.models import PortalPage
from portal.params import EARLIEST_DATE, LATEST_DATE, YEARS
from portal.publishing import PublishRulesMixin


class ScheduleEntry(
    PublishRulesMixin, WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model
):
    """One engagement of the leadership: when, what, who presides, who attends, where."""

    date = models.DateField(_("date"), null=True)  # null: a draft may leave it open
    start_time = models.TimeField(_("time"), null=True, blank=True)
    content = models.TextField(_("content"))
    presides = models.CharField(_("presided by"), max_length=255, blank=True)
    participants = models.TextField(_("participants"), blank=True)
    place = models.CharField(_("place"), max_length=255, blank=True)

    revisions = GenericRelation(
        "wagtailcore.Revision", content_type_field="base_content_type", related_query_name="entry"
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        related_query_name="entry",
        for_concrete_model=False,
    )

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("start_time")]),
        FieldPanel("content"),
        FieldPanel("presides"),
        FieldPanel("participants"),
        FieldPanel("place"),
    ]

    class Meta:
        verbose_name = _("work schedule entry")
        verbose_name_plural = _("work schedule entries")
        ordering = ["date", "start_time"]

    def __str__(self):
        when = self.date.strftime("%d/%m/%Y") if self.date else ""
        return f"{when} {self.content[:60]}".strip()


class WorkSchedulePage(RoutablePageMixin, PortalPage):
    """Lịch công tác: the published entries of one week, Monday to Sunday."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    max_count = 1

    class Meta:
        verbose_name = _("work schedule page")

    @path("")
    def this_week(self, request):
        return self.week_view(request, dates.week_start(timezone.localdate()))

    @path("<int:year>/<int:week>/", name="week")
    def iso_week(self, request, year, week):
        """A week of the site's date range (``portal.params``); any other is not found."""
        from django.http import Http404

        if year not in YEARS:
            raise Http404
        try:
            monday = datetime.date.fromisocalendar(year, week, 1)
        except ValueError:
            raise Http404 from None
        if not EARLIEST_DATE <= monday <= LATEST_DATE:
            raise Http404
        return self.week_view(request, monday)

    def week_url(self, monday):
        """The address of the week starting ``monday``; None outside the site's dates."""
        if not EARLIEST_DATE <= monday <= LATEST_DATE:
            return None
        year, week, _weekday = monday.isocalendar()
        return self.url + self.reverse_subpage("week", args=(year, week))

    def week_view(self, request, monday):
        sunday = monday + datetime.timedelta(days=6)
        entries = ScheduleEntry.objects.filter(live=True, date__range=(monday, sunday))
        by_day = {monday + datetime.timedelta(days=i): [] for i in range(7)}
        for entry in entries:
            by_day[entry.date].append(entry)
        days = [(day, dates.weekday_name(day), items) for day, items in by_day.items()]
        today = timezone.localdate()
        return self.render(
            request,
            context_overrides={
                "monday": monday,
                "sunday": sunday,
                "days": days,
                "today": today if monday <= today <= sunday else None,
                "week_number": monday.isocalendar()[1],
                "previous_url": self.week_url(monday - datetime.timedelta(days=7)),
                "next_url": self.week_url(monday + datetime.timedelta(days=7)),
                "this_week_url": self.url,
            },
        )
