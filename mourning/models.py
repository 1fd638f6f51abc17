"""Mourning mode (Quốc tang, lễ tang): the public site turns grey and festive banners pause.

Set ahead of time with a start and an end; the site switches by itself at those times.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from .forms import MourningModeForm


@register_setting(icon="calendar-alt")
class MourningMode(BaseSiteSetting):
    enabled = models.BooleanField(
        _("mourning mode on"),
        default=False,
        help_text=_(
            "While on, the whole public site is shown in grey and festive banners are not "
            "shown. With a start or an end, it switches on and off by itself at those times."
        ),
    )
    starts_at = models.DateTimeField(
        _("from"),
        null=True,
        blank=True,
        help_text=_("dd/mm/yyyy hh:mm. Empty: from now on."),
    )
    ends_at = models.DateTimeField(
        _("until"),
        null=True,
        blank=True,
        help_text=_("dd/mm/yyyy hh:mm. Empty: until it is turned off."),
    )
    notice = models.CharField(
        _("notice"),
        max_length=300,
        blank=True,
        help_text=_('For example "Thực hiện nghi thức Quốc tang, từ ngày ... đến hết ngày ...".'),
    )
    show_notice = models.BooleanField(_("show the notice at the top of every page"), default=True)

    base_form_class = MourningModeForm
    panels = [
        FieldPanel("enabled"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        MultiFieldPanel([FieldPanel("notice"), FieldPanel("show_notice")], heading=_("Notice")),
    ]

    class Meta:
        verbose_name = _("mourning mode")

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must come after the start.")})

    def is_active(self, now):
        """On at ``now``: enabled, and ``starts_at <= now < ends_at`` (either end may be open)."""
        return (
            self.enabled
            and (self.starts_at is None or self.starts_at <= now)
            and (self.ends_at is None or now < self.ends_at)
        )
