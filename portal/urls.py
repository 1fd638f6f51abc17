from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from . import views
from .public_files import ADMIN_ONLY_PATH, PUBLIC_PATH

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    # Admin views narrowed to what the user may read or do, in front of Wagtail's own.
    path("admin/", include("editorial.admin_urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("", include("seo.urls")),  # robots.txt, /rss/
    path("", include("search.urls")),  # /tim-kiem/
    path("", include("interaction.urls")),
    path("", include("visits.urls")),  # /luot-truy-cap/, the visit counter's beacon
    # Browsers and feed readers ask for /favicon.ico whatever the page says.
    path("favicon.ico", views.favicon),
    # Originals and private uploads, in production too: the web server passes them here.
    re_path(rf"^media/(?P<path>{ADMIN_ONLY_PATH})$", views.admin_only_media),
]

if settings.PORTAL_SERVE_MEDIA:
    from django.views.static import serve

    # What the web server serves in production: pictures and videos readers may see.
    # Documents are served by Wagtail's view, which checks permissions.
    urlpatterns.append(
        re_path(
            rf"^media/(?P<path>{PUBLIC_PATH})$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    )

urlpatterns += [path("", include(wagtail_urls))]

# The 404 page offers a search and the newest articles: the view lives with the search, above
# the apps whose pages it lists (this core names it without importing it).
handler404 = "search.views.page_not_found"
