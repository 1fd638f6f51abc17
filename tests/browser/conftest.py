"""Playwright driving Debian's chromium against a live test server; no browser is downloaded."""

import os
import shutil
import threading
from pathlib import Path

import pytest
from django.core.servers.basehttp import WSGIServer
from django.db import connections
from django.test.testcases import LiveServerThread

from tests.portal.factories import without_wagtail_default_workflow

CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


BROWSER_TESTS = Path(__file__).resolve().parent


class OneRequestAtATimeServer(WSGIServer):
    """The live server answers one request at a time. The admin's scripts send requests of
    their own while a form is posted (autosave, editing-session pings); SQLite's shared
    in-memory test database refuses a second writer at once ("database table is locked")
    instead of waiting as a real database does. Django closes each connection of a server
    without threads, so browsers do not hold it.

    Between tests it stops answering: a page being closed still sends the admin's
    editing-session release, which would otherwise reach the database while the test
    empties it ("couldn't be flushed"), leaving rows behind for the next test."""

    request_lock = threading.Lock()
    answering = True

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)

    def process_request(self, request, client_address):
        with self.request_lock:
            if not OneRequestAtATimeServer.answering:
                self.shutdown_request(request)
                return
            super().process_request(request, client_address)

    @classmethod
    def answer(cls, answering: bool) -> None:
        """Waits for the request being answered, if any, then answers or drops the rest."""
        with cls.request_lock:
            cls.answering = answering


LiveServerThread.server_class = OneRequestAtATimeServer


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Everything here drives chromium: marked `browser`, so `-m "not browser"` leaves it out.

    Runs before pytest's own selection by marker, which would otherwise not see the mark.
    """
    for item in items:
        if BROWSER_TESTS in item.path.parents:
            item.add_marker(pytest.mark.browser)


def chromium_path():
    return os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    if not os.path.exists(executable):
        pytest.fail(
            f"Browser tests need Debian's chromium ({executable}): apt-get install chromium"
        )
    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
    # around it are still synchronous.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    serialized = {
        alias: getattr(connections[alias], "_test_serialized_contents", None)
        for alias in connections
    }
    with sync_playwright() as playwright:
        # Once Playwright's loop runs, Django hands out new connection objects (asgiref's
        # context-local storage); they must still know what migrations created, or a
        # live-server test's flush would not be undone (serialized rollback).
        for alias, contents in serialized.items():
            if contents is not None:
                connections[alias]._test_serialized_contents = contents
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def live_site(live_server, django_db_serialized_rollback):
    """The live server over a database that gets back what migrations created afterwards,
    without Wagtail's default workflow (as the ``home`` fixture)."""
    without_wagtail_default_workflow()
    OneRequestAtATimeServer.answer(True)
    yield live_server
    # Torn down before the database is emptied (pytest-django sets that up first, for
    # every live-server test), so nothing a closed page still sends can touch it.
    OneRequestAtATimeServer.answer(False)


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh")
    page = context.new_page()
    yield page
    context.close()
