"""Protection shared by every reader-facing form: the client's address, rate limits, and a
form mixin with a honeypot, a minimum fill time and a one-time token.

The client address comes from ``REMOTE_ADDR`` unless ``PORTAL_CLIENT_IP_HEADER`` names the
header a trusted reverse proxy sets (e.g. ``HTTP_X_FORWARDED_FOR``); then the address
``PORTAL_TRUSTED_PROXIES`` hops from the right is taken, so a reader cannot choose their own
address by sending the header themselves.

The two tables this needs (rate counters, used one-time tokens) belong to the app that
receives reader messages; settings name them (``PORTAL_RATE_COUNTER_MODEL``,
``PORTAL_USED_FORM_TOKEN_MODEL``), as ``AUTH_USER_MODEL`` names the user model, so this
shared module imports no app above it.
"""

import datetime
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from django import forms
from django.apps import apps
from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def rate_counter_model() -> Any:
    """The model of the rate counters (key, window_start, count; unique per key and window)."""
    return apps.get_model(settings.PORTAL_RATE_COUNTER_MODEL)


def used_form_token_model() -> Any:
    """The model of the one-time tokens taken (token, used_at, receipt; ``receipt_for``)."""
    return apps.get_model(settings.PORTAL_USED_FORM_TOKEN_MODEL)


def client_address(request: HttpRequest) -> str:
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

    def _window(self, now: datetime.datetime) -> datetime.datetime:
        epoch = int(now.timestamp())
        start = epoch - epoch % self.seconds
        return datetime.datetime.fromtimestamp(start, tz=datetime.UTC)

    def hit(self, key: str, now: datetime.datetime | None = None, limit: int | None = None) -> bool:
        """Count one action for ``key``; False when it goes over the limit."""
        now = now or timezone.now()
        window = self._window(now)
        full_key = f"{self.name}:{key}"[:200]
        counter_model = rate_counter_model()
        counters = counter_model.objects.filter(key=full_key, window_start=window)
        if not counters.update(count=F("count") + 1):
            try:
                with transaction.atomic():
                    counter_model.objects.create(key=full_key, window_start=window, count=1)
            except IntegrityError:  # another process created it first
                counters.update(count=F("count") + 1)
            # A new window: the finished ones of every key go.
            counter_model.objects.filter(
                window_start__lt=window - datetime.timedelta(days=1)
            ).delete()
        return counters.values_list("count", flat=True).first() <= (limit or self.limit)

    def allows(self, request: HttpRequest, now: datetime.datetime | None = None) -> bool:
        """Counts the request against its client address and its session; both must pass."""
        by_address = self.hit(f"ip:{client_address(request)}", now, self.address_limit)
        if not request.session.session_key:
            request.session.save()
        by_session = self.hit(f"session:{request.session.session_key}", now)
        return by_address and by_session


class GuardedForm(forms.Form):
    """A honeypot field people never see and a signed start time: a post with the honeypot
    filled, or sent sooner than ``MIN_FILL_SECONDS`` after the form was shown, is a robot's.
    ``is_robot`` tells the view, which then drops the post without saving anything.

    The signed start also carries a random token, new each time the form is shown: the view
    takes a post through ``submit_once``, so the same form sent twice is taken once and its
    second post gets the answer the first got (``earlier_receipt``).

    A form that is one click rather than typing (a poll vote) sets ``MIN_FILL_SECONDS = 0``:
    the honeypot, the signed start, the one-time token and the view's rate limits still hold.
    """

    MIN_FILL_SECONDS = 3
    MAX_AGE_SECONDS = 24 * 3600
    SALT = "interaction.form-started"

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = self.new_start()

    @classmethod
    def new_start(cls, at: float | None = None) -> str:
        """The signed value of a form shown at ``at`` (now), with a fresh one-time token."""
        shown = time.time() if at is None else at
        return signing.dumps({"at": shown, "once": secrets.token_urlsafe(24)}, salt=cls.SALT)

    ROBOT, TOO_SOON, EXPIRED = "robot", "too-soon", "expired"

    def _start(self, max_age: int | None = None) -> dict[str, Any]:
        """The signed start, checked; a start signed before tokens existed is expired."""
        start = signing.loads(self.data.get("started", ""), salt=self.SALT, max_age=max_age)
        if not isinstance(start, dict) or not isinstance(start.get("once"), str):
            raise signing.SignatureExpired("signed before one-time tokens")
        return start

    @property
    def guard_problem(self) -> str | None:
        """None for a person's post; ``ROBOT`` for a filled honeypot or a forged start time;
        ``TOO_SOON`` or ``EXPIRED`` for a post a fast or very slow person may also send."""
        if self.data.get("website"):
            return self.ROBOT
        try:
            start = self._start(max_age=self.MAX_AGE_SECONDS)
        except signing.SignatureExpired:
            return self.EXPIRED
        except signing.BadSignature:
            return self.ROBOT
        if self.MIN_FILL_SECONDS and time.time() - float(start["at"]) < self.MIN_FILL_SECONDS:
            return self.TOO_SOON
        return None

    @property
    def token(self) -> str:
        """The one-time token of the form posted, whatever its age; "" when not signed."""
        try:
            return self._start()["once"]
        except signing.BadSignature:  # SignatureExpired included
            return ""

    def earlier_receipt(self) -> str | None:
        """What a post of this very form was answered with, or None when none was taken."""
        return used_form_token_model().receipt_for(self.token) if self.token else None

    @property
    def is_robot(self) -> bool:
        return self.guard_problem is not None

    def ask_to_send_again(self) -> None:
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
        # A QueryDict from the request (a dict in tests): either copies into a mutable one.
        data = self.data.copy()  # type: ignore[attr-defined]
        data["started"] = self.new_start()
        self.data = data
        self.is_valid()
        # Views ask only after a TOO_SOON or EXPIRED problem, never for a person's post.
        self.add_error(None, messages[problem])  # type: ignore[index]


def submit_once(token: str, save: Callable[[], str]) -> str:
    """Run ``save`` for the post of a form with this one-time ``token``, once: returns what
    ``save`` returned (the receipt shown to the reader), or, when a post of the same form
    was taken first, that post's receipt, and ``save`` leaves nothing behind.

    ``save`` and the token's row are one transaction, and the token is unique: of two posts
    at once, the second waits for the first and then rolls back. Mail that ``save`` sends
    with ``transaction.on_commit`` goes only when it is kept.
    """
    token_model = used_form_token_model()
    try:
        with transaction.atomic():
            receipt = save()
            token_model.objects.create(token=token, receipt=receipt)
    except IntegrityError:
        earlier = token_model.receipt_for(token)
        if earlier is None:
            raise  # not a token taken before: a real error of ``save``
        return earlier
    # No post can carry a token older than the forms' maximum age: those rows can go.
    oldest = timezone.now() - datetime.timedelta(seconds=GuardedForm.MAX_AGE_SECONDS)
    token_model.objects.filter(used_at__lt=oldest).delete()
    return receipt


class Allowance(NamedTuple):
    """How many posts one browser session, and one client address, may send per window."""

    per_session: int
    seconds: int
    per_address: int


# The limits of the reader forms. Several people behind one office address share its
# allowance, so it is larger than a session's.
DEFAULT_LIMITS = {
    "question": Allowance(5, 3600, 30),
    "correction": Allowance(10, 3600, 60),
    "comment": Allowance(10, 3600, 60),
    "contact": Allowance(5, 3600, 30),
    "vote": Allowance(20, 3600, 500),
    "lookup": Allowance(20, 600, 120),
}


def rate_limit(name: str) -> RateLimit:
    """The limit called ``name``; ``INTERACTION_RATE_LIMITS`` in settings overrides it with
    (per session, seconds, per client address)."""
    overrides = getattr(settings, "INTERACTION_RATE_LIMITS", {})
    allowance = Allowance(*overrides.get(name, DEFAULT_LIMITS[name]))
    return RateLimit(name, allowance.per_session, allowance.seconds, allowance.per_address)


def too_many_requests(request: HttpRequest, limit: RateLimit) -> TemplateResponse:
    """The polite page a reader who went over ``limit`` gets, with status 429."""
    minutes = max(1, round(limit.seconds / 60))
    response = TemplateResponse(
        request, "portal/rate_limited.html", {"minutes": minutes}, status=429
    )
    response["Retry-After"] = str(limit.seconds)
    return response
