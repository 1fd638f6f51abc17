"""Development settings: what `make run` uses."""

import os
import secrets
from urllib.parse import urlsplit

from .base import *  # noqa: F403
from .base import (
    ALLOWED_HOSTS,
    INSTALLED_APPS,
    STATIC_ROOT,
    STORAGES,
    VAR_DIR,
    env_bool,
)

# Readers of `make run` get the site's own Vietnamese 404 and 500 pages; the traceback of a
# 500 is printed in the console (LOGGING). DEBUG=1 brings back Django's debug pages.
DEBUG = env_bool("DEBUG", False)
PORTAL_SERVE_MEDIA = True
# Links in mails name the address `make run` serves on (WAGTAILADMIN_BASE_URL, set by the
# Makefile from HOST and PORT); that host is let in, as localhost is.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
_served_host = urlsplit(WAGTAILADMIN_BASE_URL).hostname or ""
if _served_host and _served_host not in ALLOWED_HOSTS and "*" not in ALLOWED_HOSTS:
    ALLOWED_HOSTS = [*ALLOWED_HOSTS, _served_host]


def _secret_key():
    """SECRET_KEY from the environment, else one generated once and kept under var/."""
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Static files straight from the apps, no collectstatic needed while developing.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
# The demo's videos resolve locally; EMBED_FINDER=oembed asks the providers instead.
if os.environ.get("EMBED_FINDER", "local") == "local":
    WAGTAILEMBEDS_FINDERS = [{"class": "portal.embeds.LocalEmbedFinder"}]
# The demo site's data and commands (load_demo, demo_accounts, generate_site).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
