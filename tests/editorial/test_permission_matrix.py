"""Every role against every admin URL: each is allowed or denied as the policy says.

The URL patterns come from walking the resolver (``admin_urls``), so a URL added to the admin
(a new snippet, report, viewset, Wagtail upgrade) fails ``test_every_admin_url_has_an_entry``
until ``matrix_expectations`` says who may open it. Each role's test GETs and POSTs every URL
(a POST carries no more than the admin's own scripts always send, empty), undoes what it
changed, and reports every disagreement at once, one line each::

    role METHOD url_name -> got <outcome>, expected <allowed|denied>

A denied request must also leave the database untouched (its writes are watched), and no
request may raise (a 500), whoever sends it.
"""

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.test.utils import ContextList
from django.urls import reverse
from wagtail.admin.menu import admin_menu

from tests.editorial.admin_urls import admin_patterns, requests_for
from tests.editorial.matrix_expectations import TABLE, Expect
from tests.editorial.matrix_runner import ALLOWED, DENIED, ERROR, METHOD, Outcome, send
from tests.editorial.matrix_world import ANONYMOUS, ROLE_KEYS, build_world

# Every test here needs the test database (pytest-django creates it only for such tests).
pytestmark = pytest.mark.django_db

METHODS = ("GET", "POST")
# What turning a visitor away looks like: the login page, or 401/403 for scripts.
VISITOR_DENIALS = ("→ login", "401", "403")


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The matrix's site, built once for the module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)
    cache.clear()  # nothing cached about the rolled-back site may outlive it


@pytest.fixture(scope="module")
def admin_requests(world):
    return [request for pattern in admin_patterns() for request in requests_for(pattern, world)]


def _first_context_only(store, signal, sender, template, context, **kwargs):
    if "context" not in store:
        store["context"] = ContextList([context])


@pytest.fixture
def light_sidebar(monkeypatch):
    """The admin's main menu is built (every menu item asks for permissions) on the dashboard
    only: what a role's menu shows is not what the matrix checks, and building it on every
    screen takes a sixth of the matrix's time."""
    render = admin_menu.render_component
    dashboard = reverse("wagtailadmin_home")
    monkeypatch.setattr(
        admin_menu,
        "render_component",
        lambda request: render(request) if request.path == dashboard else [],
    )


@pytest.fixture
def quiet_client(monkeypatch, light_sidebar):
    """The test client keeping only the page's own context (bulk actions are judged by it),
    not a copy of every template's: a good part of the matrix's time."""
    monkeypatch.setattr("django.test.client.store_rendered_templates", _first_context_only)
    return Client()


def test_every_admin_url_has_an_entry(admin_requests):
    keys = [request.key for request in admin_requests]
    missing = [key for key in keys if key not in TABLE]
    stale = sorted(set(TABLE) - set(keys))
    message = []
    if missing:
        message.append(
            "Admin URLs without an entry in tests/editorial/matrix_expectations.py (add each "
            "with allow(roles allowed to GET, roles allowed to POST)):"
        )
        message += [f"    {key!r}" for key in missing]
    if stale:
        message.append("Entries for URLs that no longer exist (remove them):")
        message += [f"    {key!r}" for key in stale]
    assert not message, "\n".join(message)


def judge(role: str, allowed: bool, outcome: Outcome, expect: Expect) -> str | None:
    """What is wrong with ``outcome``, or None."""
    if outcome.kind == ERROR:
        return "the view raised (a 500)"
    if not allowed and outcome.writes:
        return f"turned away, yet it wrote to {', '.join(outcome.writes)}"
    if outcome.kind == METHOD:
        return None  # the view takes no such request from anyone
    if allowed:
        success = expect.success_redirect and outcome.detail.endswith(expect.success_redirect)
        return None if outcome.kind == ALLOWED or success else "refused"
    if outcome.kind != DENIED:
        return "let through"
    if role == ANONYMOUS and not outcome.detail.endswith(VISITOR_DENIALS):
        return "a visitor must be sent to the login page"
    return None


@pytest.mark.parametrize("role", ROLE_KEYS)
def test_role_against_every_admin_url(role, world, admin_requests, quiet_client):
    client = quiet_client
    if role != ANONYMOUS:
        client.force_login(world.users[role])
    mismatches = []
    for request in admin_requests:
        expect = TABLE.get(request.key)
        if expect is None:
            continue  # test_every_admin_url_has_an_entry names it
        for method in METHODS:
            if expect.skipped(role, method):
                continue
            allowed = role in (expect.get if method == "GET" else expect.post)
            outcome = send(client, method, request)
            problem = judge(role, allowed, outcome, expect)
            if problem:
                expected = "allowed" if allowed else "denied"
                mismatches.append(
                    f"{role} {method} {request.key} -> got {outcome}, expected {expected} "
                    f"[{problem}] {request.url}"
                )
    assert not mismatches, f"{len(mismatches)} disagreements with the policy:\n" + "\n".join(
        mismatches
    )
