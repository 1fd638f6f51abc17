"""Protection shared by every reader-facing form: the client's address, rate limits, and a
form mixin with a honeypot and a minimum fill time.

The client address comes from ``REMOTE_ADDR`` unless ``PORTAL_CLIENT_IP_HEADER`` names the
header a trusted reverse proxy sets (e.g. ``HTTP_X_FORWARDED_FOR``); then the address
``PORTAL_TRUSTED_PROXIES`` hops from the right is taken, so a reader cannot choose their own
address by sending the header themselves.
"""

import datetime
import time
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import RateCounter


def client_address(request):
    header = getattr(settings, "PORTAL_CLIENT_IP_HEADER", "")
    if header and request.META.get(header):
        hops = [part.strip() for part in request.META[header].split(",") if part.strip()]
        trusted = max(1, int(getattr(settings, "PORTAL_TRUSTED_PROXIES", 1)))
        if hops:
            return hops[-min(trusted, len(hops))]
    return request.META.get("REMOTE_ADDR", "")


@dataclass(frozen=True)
class RateLimit:
    """At most ``limit`` actions per ``seconds`` for one key (a browser session).

    ``address_limit`` (default: ``limit``) is the allowance of one client address, set
    higher where a whole office reaches the site through one address.
    """

    name: str
    limit: int
    seconds: int
    address_limit: int = 0

    def _window(self, now):
        epoch = int(now.timestamp())
        start = epoch - epoch % self.seconds
        return datetime.datetime.fromtimestamp(start, tz=datetime.UTC)

    def hit(self, key, now=None, limit=None):
        """Count one action for ``key``; False when it goes over the limit."""
        now = now or timezone.now()
        window = self._window(now)
        full_key = f"{self.name}:{key}"[:200]
        counters = RateCounter.objects.filter(key=full_key, window_start=window)
        if not counters.update(count=F("count") + 1):
            try:
                with transaction.atomic():
                    RateCounter.objects.create(key=full_key, window_start=window, count=1)
            except IntegrityError:  # another process created it first
                counters.update(count=F("count") + 1)
            # A new window: the finished ones of every key go.
            RateCounter.objects.filter(
                window_start__lt=window - datetime.timedelta(days=1)
            ).delete()
        return counters.values_list("count", flat=True).first() <= (limit or self.limit)

    def allows(self, request, now=None):
        """Counts the request against its client address and its session; both must pass."""
        by_address = self.hit(f"ip:{client_address(request)}", now, self.address_limit)
        if not request.session.session_key:
            request.session.save()
        by_session = self.hit(f"session:{request.session.session_key}", now)
        return by_address and by_session


class GuardedForm(forms.Form):
    """A honeypot field people never see and a signed start time: a post with the honeypot
    filled, or sent sooner than ``MIN_FILL_SECONDS`` after the form was shown, is a robot's.
    ``is_robot`` tells the view, which then drops the post without saving anything."""

    MIN_FILL_SECONDS = 3
    MAX_AGE_SECONDS = 24 * 3600
    SALT = "interaction.form-started"

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = signing.dumps(time.time(), salt=self.SALT)

    ROBOT, TOO_SOON, EXPIRED = "robot", "too-soon", "expired"

    @property
    def guard_problem(self):
        """None for a person's post; ``ROBOT`` for a filled honeypot or a forged start time;
        ``TOO_SOON`` or ``EXPIRED`` for a post a fast or very slow person may also send."""
        if self.data.get("website"):
            return self.ROBOT
        try:
            started = signing.loads(
                self.data.get("started", ""), salt=self.SALT, max_age=self.MAX_AGE_SECONDS
            )
        except signing.SignatureExpired:
            return self.EXPIRED
        except signing.BadSignature:
            return self.ROBOT
        if time.time() - float(started) < self.MIN_FILL_SECONDS:
            return self.TOO_SOON
        return None

    @property
    def is_robot(self):
        return self.guard_problem is not None

    def ask_to_send_again(self):
        """Show the form again with what was typed, a fresh start time and why it was not
        taken: a person who was very quick or left the page open for a day loses nothing."""
        messages = {
            self.TOO_SOON: _(
                "The form was sent very quickly, so it was not taken yet. Please check what "
                "you wrote and press the button again."
            ),
            self.EXPIRED: _(
                "The form was open for a long time and has expired. What you wrote is still "
                "here: please press the button again."
            ),
        }
        problem = self.guard_problem
        self.data = self.data.copy()
        self.data["started"] = signing.dumps(time.time(), salt=self.SALT)
        self.is_valid()
        self.add_error(None, messages[problem])


# The limits of the reader forms: (per session, seconds, per client address). Several
# people behind one office address share its allowance, so it is larger than a session's.
DEFAULT_LIMITS = {
    "question": (5, 3600, 30),
    "correction": (10, 3600, 60),
    "comment": (10, 3600, 60),
    "contact": (5, 3600, 30),
    "vote": (20, 3600, 500),
    "lookup": (20, 600, 120),
}


def rate_limit(name):
    """The limit called ``name``; ``INTERACTION_RATE_LIMITS`` in settings overrides it."""
    overrides = getattr(settings, "INTERACTION_RATE_LIMITS", {})
    per_session, seconds, per_address = overrides.get(name, DEFAULT_LIMITS[name])
    return RateLimit(name, per_session, seconds, per_address)


def too_many_requests(request, limit):
    """The polite page a reader who went over ``limit`` gets, with status 429."""
    from django.template.response import TemplateResponse

    minutes = max(1, round(limit.seconds / 60))
    response = TemplateResponse(
        request, "interaction/rate_limited.html", {"minutes": minutes}, status=429
    )
    response["Retry-After"] = str(limit.seconds)
    return response
