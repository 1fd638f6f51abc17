"""Redis is optional: with REDIS_URL pointing at a stopped server the site still works."""

import socket
import time

import pytest
from django.core.cache import cache
from django.test import override_settings


def _closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when the socket goes


def _redis_cache(url):
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }


@pytest.mark.django_db
def test_site_works_when_redis_is_down(client, home):
    with override_settings(CACHES=_redis_cache(f"redis://127.0.0.1:{_closed_port()}/0")):
        started = time.monotonic()
        cache.set("key", "value")
        assert cache.get("key") is None  # nothing stored, nothing raised
        response = client.get(home.url)
        assert response.status_code == 200
        health = client.get("/healthz").json()
        assert health == {"status": "ok", "database": "ok", "cache": "unavailable"}
        assert time.monotonic() - started < 10


def test_settings_choose_redis_from_redis_url(monkeypatch):
    import importlib

    import portal.settings.base as base

    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/3")
    try:
        reloaded = importlib.reload(base)
        assert reloaded.CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache"
        assert reloaded.CACHES["default"]["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
        monkeypatch.delenv("REDIS_URL")
        reloaded = importlib.reload(base)
        assert "filebased" in reloaded.CACHES["default"]["BACKEND"]  # shared by processes
    finally:
        importlib.reload(base)
