"""Mail about reader messages. The message is always saved before any mail is tried, and a
mail server that fails is logged, never shown to the reader as a failure of their message.

Mails to the board carry no contact details: those stay in the inbox, where only the board
sees them and the retention period erases them.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from wagtail.models import Site
from wagtail_modeladmin.helpers import AdminURLHelper

from .models import InteractionSettings, ReaderMessage

logger = logging.getLogger(__name__)

# The inbox's addresses, from the modeladmin that serves it (no URL names spelled here).
INBOX_URLS = AdminURLHelper(ReaderMessage)


def admin_url(message):
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    return base + INBOX_URLS.get_action_url("edit", message.pk)


def board_addresses(message, site):
    addresses = InteractionSettings.load().notify_addresses(site)
    receiving = getattr(getattr(message.page, "specific", None), "receiving_email", "")
    if receiving and receiving not in addresses:
        addresses.append(receiving)
    return addresses


def notify_board(message, site=None):
    """Tell the board a message arrived. Returns True when a mail went out."""
    recipients = board_addresses(message, site)
    if not recipients:
        return False
    subject = _("[%(kind)s] %(code)s received") % {
        "kind": message.get_kind_display(),
        "code": message.code,
    }
    body = render_to_string(
        "interaction/email/new_message.txt", {"message": message, "admin_url": admin_url(message)}
    )
    try:
        send_mail(subject, body, None, recipients)
    except Exception:  # the message is saved; the board still finds it in the inbox
        logger.exception("Could not mail the board about reader message %s", message.code)
        return False
    return True


def notify_board_on_commit(message, request=None):
    site = Site.find_for_request(request) if request is not None else None
    transaction.on_commit(lambda: notify_board(message, site))


def send_answer(message):
    """Mail the board's answer to the reader who asked. True when it went out."""
    if not message.email:
        return False
    subject = _("Answer to your message %(code)s") % {"code": message.code}
    body = render_to_string("interaction/email/answer.txt", {"message": message})
    try:
        send_mail(subject, body, None, [message.email])
    except Exception:
        logger.exception("Could not mail the answer to reader message %s", message.code)
        return False
    return True
