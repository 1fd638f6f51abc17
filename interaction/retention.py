"""Readers' contact details are kept for the period the consent notice promises, no longer."""

from django.utils import timezone

from .models import InteractionSettings, ReaderMessage


def months_ago(months, now=None):
    """The same day ``months`` calendar months before ``now`` (the last day when shorter)."""
    now = now or timezone.now()
    year, month = divmod(now.year * 12 + now.month - 1 - months, 12)
    month += 1
    for day in range(now.day, 27, -1):
        try:
            return now.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    return now.replace(year=year, month=month, day=min(now.day, 28))


def expired_contacts(months=None, now=None):
    """Messages received before the retention period that still hold contact details."""
    if months is None:
        months = InteractionSettings.load().contact_retention_months
    has_contact = ReaderMessage.objects.exclude(name="", organisation="", email="", phone="")
    return has_contact.filter(received_at__lt=months_ago(months, now))


def erase_expired_contacts(months=None, now=None):
    """Erase them; returns how many messages were changed."""
    erased_at = now or timezone.now()
    return expired_contacts(months, now).update(
        name="", organisation="", email="", phone="", contact_erased_at=erased_at
    )
