"""Site-wide views: the health check, the site icon."""

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponsePermanentRedirect, JsonResponse
from django.templatetags.static import static
from django.views.decorators.cache import never_cache


def _database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


def _cache_answers():
    """True when the cache stores and returns a value (an absent Redis is not fatal)."""
    try:
        cache.set("healthz", "ok", 10)
        return cache.get("healthz") == "ok"
    except Exception:  # a cache backend may raise anything; health must still answer
        return False


@never_cache
def healthz(request):
    """200 when the database answers, 503 otherwise; the cache is reported, not required."""
    database_ok = _database_answers()
    body = {
        "status": "ok" if database_ok else "error",
        "database": "ok" if database_ok else "unavailable",
        "cache": "ok" if _cache_answers() else "unavailable",
    }
    return JsonResponse(body, status=200 if database_ok else 503)


def favicon(request):
    """Browsers and feed readers ask for /favicon.ico whatever the page says. The address is
    looked up per request: collected static files have hashed names, known only at run time."""
    return HttpResponsePermanentRedirect(static("portal/favicon.ico"))
