"""Bench-only URLs (bench/visit_beacon.py): the site's own, plus its home page behind Django's
per-view cache, which stands for "a page served from the application cache"."""

from django.urls import path
from django.views.decorators.cache import cache_page
from wagtail.views import serve

from portal.urls import handler404  # noqa: F401 (handler404)
from portal.urls import urlpatterns as site_urls


def home(request):
    return serve(request, "")


urlpatterns = [path("bench/cached-home/", cache_page(600)(home)), *site_urls]
