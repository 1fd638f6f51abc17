"""Test settings: fast hashing, throw-away media, no network, no mail sent."""

import os
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403
from .base import CACHES, INSTALLED_APPS, REDIS_URL, STORAGES


def redis_worker_url(url: str) -> str:
    """``url`` with its database number raised by the worker's: gw0 keeps it, gw1 the next."""
    parts = urlsplit(url)
    worker = int(os.environ["PYTEST_XDIST_WORKER"].removeprefix("gw"))
    database = int(parts.path.strip("/") or 0) + worker
    return urlunsplit(parts._replace(path=f"/{database}"))


if not os.environ.get("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
elif os.environ.get("PYTEST_XDIST_WORKER"):
    # Tests run in parallel clear the cache, which empties a whole Redis database: each
    # worker (gw0, gw1...) has a database of its own, counted from the one REDIS_URL names.
    CACHES = {"default": {**CACHES["default"], "LOCATION": redis_worker_url(REDIS_URL)}}
SECRET_KEY = "test-only-secret-key-not-for-any-real-site-0123456789abcdef"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="portal-test-media-"))
VAR_DIR = Path(tempfile.mkdtemp(prefix="portal-test-var-"))
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="portal-test-static-"))
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# AVIF encoding is slow; the tests check the same <picture> markup with WebP and JPEG.
PORTAL_PICTURE_FORMATS = ("webp", "jpeg")
# Files are read as soon as they are stored (still in a child process with limits).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
# Embeds are resolved locally: tests never reach a provider over the network.
WAGTAILEMBEDS_FINDERS = [{"class": "portal.embeds.LocalEmbedFinder"}]
# The demo site's data and commands (load_demo, demo_accounts, generate_site).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
