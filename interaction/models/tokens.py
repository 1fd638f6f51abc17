"""One submission per form shown: the one-time tokens reader forms have been taken with."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class UsedFormToken(models.Model):
    """The random token of a reader form whose post was taken, and what the reader was
    shown for it (a message's lookup code; empty for a vote).

    A second post of the same form (a double click, back and send again, two requests at
    once) finds its token here and gets the same answer; nothing is stored or mailed again.
    Rows go once no post can carry their token any more (``GuardedForm.MAX_AGE_SECONDS``).
    """

    token = models.CharField(max_length=64, unique=True)
    used_at = models.DateTimeField(default=timezone.now, db_index=True)
    receipt = models.CharField(max_length=16, blank=True)

    class Meta:
        verbose_name = _("used form token")

    def __str__(self):
        return f"{self.token[:8]}… @ {self.used_at:%d/%m/%Y %H:%M}"

    @classmethod
    def receipt_for(cls, token: str) -> str | None:
        """The receipt of the post taken with ``token``; None when none was."""
        return cls.objects.filter(token=token).values_list("receipt", flat=True).first()
