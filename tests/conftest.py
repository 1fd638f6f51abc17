"""Fixtures shared by every capability's tests."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client

from tests.home.factories import home_page
from tests.portal.factories import without_wagtail_default_workflow


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: the test databases hand the same primary keys to
    new rows, and a rendition or fragment cached under another test's image 1 is not this
    test's (tests run in several processes, in an order of their choosing)."""
    cache.clear()


@pytest.fixture
def home(db):
    """The site root created by the home app's migration, without Wagtail's default
    "Moderators approval" workflow, which ``setup_editorial`` takes off every real site.

    Nothing is published around an active workflow (``portal.publishing``): tests of the
    editorial process ask for the ``workflows`` fixture; the others run without moderation.
    """
    without_wagtail_default_workflow()
    return home_page()


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("kythuat", "kythuat@example.vn", "matkhau")


@pytest.fixture
def admin_client(superuser):
    """A client of its own, logged in as the technician (``client`` stays anonymous)."""
    client = Client()
    client.force_login(superuser)
    return client


@pytest.fixture
def debug_urls(settings):
    """The URLs `make run` serves (pictures and videos from the media folder)."""
    import importlib

    from django.urls import clear_url_caches

    import portal.urls

    settings.PORTAL_SERVE_MEDIA = True
    importlib.reload(portal.urls)
    clear_url_caches()
    yield
    settings.PORTAL_SERVE_MEDIA = False
    importlib.reload(portal.urls)
    clear_url_caches()
