"""The visit counter's tables: visits per site and day, views per page and day.

Days are calendar days in Vietnam (Asia/Ho_Chi_Minh). Rows are only ever incremented
(``visits.counting``), never read and written back, so concurrent beacons cannot lose a count.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


class DayCount(models.Model):
    """A count for one day; ``counted`` names its field (``visits`` or ``views``)."""

    counted = ""
    day = models.DateField(_("day"))

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.day}: {getattr(self, self.counted)}"


class DailyVisits(DayCount):
    """Visits to one site on one day (a visit: a counted page view, see ``visits.views``)."""

    counted = "visits"
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    visits = models.PositiveBigIntegerField(_("visits"), default=0)

    class Meta:
        verbose_name = _("daily visits")
        verbose_name_plural = _("daily visits")
        constraints = [
            models.UniqueConstraint(fields=["site", "day"], name="visits_one_row_per_site_day")
        ]


class PageViews(DayCount):
    """Views of one page on one day."""

    counted = "views"
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    views = models.PositiveBigIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("page views")
        verbose_name_plural = _("page views")
        constraints = [
            models.UniqueConstraint(fields=["page", "day"], name="visits_one_row_per_page_day")
        ]
        # "Most read between two days" reads by day first.
        indexes = [models.Index(fields=["day", "page"], name="visits_pageviews_day_page")]


class FlushedBatch(models.Model):
    """A batch of Redis counts already written here: a flush retried after a failure
    (counts written, Redis not yet told) finds its batch and does not count it twice."""

    batch = models.CharField(max_length=64, unique=True)
    flushed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("flushed counter batch")
        verbose_name_plural = _("flushed counter batches")

    def __str__(self) -> str:
        return self.batch


@register_setting(icon="view")
class VisitCounterSettings(BaseSiteSetting):
    previous_total = models.PositiveBigIntegerField(
        _("previous site's total visits"),
        default=0,
        help_text=_(
            "The total the old site's counter showed when this site took over; added to the "
            "all-time figure in the footer, so the count continues from it."
        ),
    )

    panels = [FieldPanel("previous_total")]

    class Meta:
        verbose_name = _("visit counter")
