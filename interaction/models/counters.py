"""What the reader-facing forms need to protect themselves: shared rate counters."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RateCounter(models.Model):
    """How many times one key (a form and a client address or session) acted in one window.

    Kept in the database so that every worker process sees the same count on the SQLite
    default, without Redis; old windows are deleted as new ones start.
    """

    key = models.CharField(max_length=200)
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("rate counter")
        constraints = [
            models.UniqueConstraint(fields=["key", "window_start"], name="rate_counter_window")
        ]
        indexes = [models.Index(fields=["window_start"], name="rate_counter_start")]

    def __str__(self):
        return f"{self.key} @ {self.window_start:%d/%m/%Y %H:%M}: {self.count}"
