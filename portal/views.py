"""Site-wide views: the health check, the site icon, files for the admin only."""

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import (
    Http404,
    HttpRequest,
    HttpResponsePermanentRedirect,
    JsonResponse,
)
from django.http.response import HttpResponseBase
from django.templatetags.static import static
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import never_cache
from django.views.static import serve

from . import public_files


def _database_answers() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


def _cache_answers() -> bool:
    """True when the cache stores and returns a value (an absent Redis is not fatal)."""
    try:
        cache.set("healthz", "ok", 10)
        return cache.get("healthz") == "ok"
    except Exception:  # a cache backend may raise anything; health must still answer
        return False


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when the database answers, 503 otherwise; the cache is reported, not required."""
    database_ok = _database_answers()
    body = {
        "status": "ok" if database_ok else "error",
        "database": "ok" if database_ok else "unavailable",
        "cache": "ok" if _cache_answers() else "unavailable",
    }
    return JsonResponse(body, status=200 if database_ok else 503)


def favicon(request: HttpRequest) -> HttpResponsePermanentRedirect:
    """Browsers and feed readers ask for /favicon.ico whatever the page says. The address is
    looked up per request: collected static files have hashed names, known only at run time."""
    return HttpResponsePermanentRedirect(static("portal/favicon.ico"))


def admin_only_media(request: HttpRequest, path: str) -> HttpResponseBase:
    """Image originals and uploads nothing published uses yet: for people working in the
    admin, never for readers (who get 404, as for a file that does not exist)."""
    if public_files.may_see_unpublished(request.user):
        response = serve(request, path, document_root=str(settings.MEDIA_ROOT))
        patch_cache_control(response, private=True)
        return response
    if public_files.now_public_rendition(path):
        return serve(request, path, document_root=str(settings.MEDIA_ROOT))
    raise Http404
