"""Where the board is told of new messages, and how long readers' contact details are kept."""

from django.core.validators import validate_email
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from portal.models import SiteIdentity

DEFAULT_RETENTION_MONTHS = 24


def validate_email_list(value):
    for address in email_list(value):
        validate_email(address)


def email_list(value):
    return [part.strip() for part in (value or "").replace(";", ",").split(",") if part.strip()]


@register_setting(icon="mail")
class InteractionSettings(BaseGenericSetting):
    notify_emails = models.TextField(
        _("notify these addresses of new messages"),
        blank=True,
        validators=[validate_email_list],
        help_text=_(
            "Separate addresses with commas. Empty: the site's own email in the site identity."
        ),
    )
    contact_retention_months = models.PositiveSmallIntegerField(
        _("keep readers' contact details for (months)"),
        default=DEFAULT_RETENTION_MONTHS,
        help_text=_(
            "After this many months from receipt, names, units, emails and phone numbers are "
            "erased by the erase_contact_details command; the messages and answers stay."
        ),
    )

    panels = [FieldPanel("notify_emails"), FieldPanel("contact_retention_months")]

    class Meta:
        verbose_name = _("reader messages")

    def notify_addresses(self, site=None):
        addresses = email_list(self.notify_emails)
        if not addresses and site is not None:
            identity = SiteIdentity.for_site(site)
            addresses = email_list(identity.email)
        return addresses
