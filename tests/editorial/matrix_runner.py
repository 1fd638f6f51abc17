"""Sending the matrix's requests and reading what came back: allowed, denied (and how), a
method the view does not take, or an error; and which tables a request wrote to."""

import copy
import re
from dataclasses import dataclass

from django.contrib.messages import constants as message_levels
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape, strip_tags
from django.utils.translation import gettext

from tests.editorial.admin_urls import AdminRequest

ALLOWED = "allowed"
DENIED = "denied"
METHOD = "not taken"  # 405, or 400: the view takes no such request (body), for anyone
ERROR = "error"

# Bookkeeping a request may write whoever sends it: the session, the admin's user profile.
BOOKKEEPING_TABLES = {"django_session", "wagtailusers_userprofile"}
WRITE = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE)


@dataclass(frozen=True)
class Outcome:
    kind: str
    detail: str  # what came back, e.g. "403", "302 → /admin/login/", "200"
    writes: tuple[str, ...] = ()  # tables written to (bookkeeping left out)

    def __str__(self) -> str:
        text = f"{self.kind} ({self.detail})"
        if self.writes:
            text += f", wrote {', '.join(self.writes)}"
        return text


def _denial_messages() -> set[str]:
    """Wagtail's permission_denied() message, as its messages show it (HTML) in every
    language the admin may speak."""
    text = "Sorry, you do not have permission to access this area."
    found = {escape(text)}
    for language in ("vi", "en"):
        with translation.override(language):
            found.add(escape(gettext(text)))
    return found


def _queued_messages(response):
    storage = getattr(response.wsgi_request, "_messages", None)
    return list(getattr(storage, "_queued_messages", []))


def classify(response) -> tuple[str, str]:
    """(kind, detail) of a response; a redirect is a denial only when it is one."""
    status = response.status_code
    if status >= 500:
        return ERROR, str(status)
    if status in (400, 405):
        return METHOD, str(status)
    if status in (401, 403, 404):
        return DENIED, str(status)
    if 300 <= status < 400:
        location = response.get("Location", "")
        path = location.split("?")[0]
        if path == reverse("wagtailadmin_login"):
            return DENIED, f"{status} → login"
        errors = [str(m) for m in _queued_messages(response) if m.level == message_levels.ERROR]
        if path == reverse("wagtailadmin_home") and any(
            text in shown for shown in errors for text in _denial_messages()
        ):
            return DENIED, f"{status} → dashboard, 'permission denied'"
        if errors:  # sent back with an error: the project's refusals (publishing, ...)
            return DENIED, f"{status} → {path}, refused: {strip_tags(errors[0]).strip()[:80]}"
        return ALLOWED, f"{status} → {path}"
    return ALLOWED, str(status)


class WriteWatcher:
    """A database execute wrapper noting the tables each statement writes to (every
    statement, however many a request runs)."""

    def __init__(self):
        self.tables: set[str] = set()

    def __call__(self, execute, sql, params, many, context):
        match = WRITE.match(sql)
        if match and match.group(1) not in BOOKKEEPING_TABLES:
            self.tables.add(match.group(1))
        return execute(sql, params, many, context)


def _redirected_within_admin(response) -> str | None:
    if response.status_code not in (301, 302):
        return None
    location = response.get("Location", "").split("?")[0]
    if location.startswith("/admin/") and location not in (
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_login"),
    ):
        return response["Location"]
    return None


def _bulk_outcome(response, kind: str, detail: str, writes) -> tuple[str, str]:
    """Wagtail shows a bulk action to anyone and acts only on the objects the user may act
    on: the object asked for is either among them (allowed) or left aside (denied)."""
    context = response.context
    if kind == ALLOWED and context is not None and "items" in context:
        if not context["items"]:
            return DENIED, f"{detail}, with nothing it may act on"
    elif kind == ALLOWED and 300 <= response.status_code < 400 and not writes:
        return DENIED, f"{detail}, having done nothing"
    return kind, detail


def send(client: Client, method: str, request: AdminRequest) -> Outcome:
    """Send one request, note what it wrote, and undo whatever it changed: the database, the
    client's cookies."""
    cookies = copy.deepcopy(client.cookies)
    watcher = WriteWatcher()
    try:
        with connection.execute_wrapper(watcher), transaction.atomic():
            try:
                if method == "GET":
                    response = client.get(request.url)
                else:
                    response = client.post(request.url, **request.post_kwargs())
                first = None
                if request.follow and (target := _redirected_within_admin(response)):
                    first = classify(response)[1]
                    response = client.get(target)
            finally:
                transaction.set_rollback(True)
    except Exception as error:  # a view that raised: the admin would answer 500
        return Outcome(ERROR, f"{type(error).__name__}: {str(error)[:200]}")
    finally:
        client.cookies = cookies
    kind, detail = classify(response)
    writes = tuple(sorted(watcher.tables))
    if request.bulk:
        kind, detail = _bulk_outcome(response, kind, detail, writes)
    if first:
        detail = f"{first}, then {detail}"
    return Outcome(kind, detail, writes)
