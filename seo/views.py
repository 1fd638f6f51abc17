"""robots.txt and the site-wide news feed."""

import posixpath

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from portal.feeds import site_root_url

from . import feeds


def disallowed_paths():
    """What crawlers are asked to leave alone: the admin, search results, internals."""
    password_form = reverse("wagtaildocs_authenticate_with_password", args=[0])
    return [
        reverse("wagtailadmin_home"),
        # Result pages; the search page itself (no query) may be indexed.
        reverse("search") + "?",
        # The password form of protected documents; the files themselves stay crawlable.
        posixpath.dirname(password_form.rstrip("/")) + "/",
        reverse("healthz"),
    ]


@require_safe
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = ["User-agent: *", "Allow: /"]
    lines += [f"Disallow: {path}" for path in disallowed_paths()]
    lines += ["", f"Sitemap: {site_root_url(request)}{reverse('sitemap')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
def news_feed(request):
    return feeds.news_feed(request)
