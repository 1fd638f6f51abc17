"""Admin views that Wagtail offers no hook to narrow, served in front of its own URLs."""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.utils.urlpatterns import decorate_urlpatterns

from .visibility import VisibleBrowseView, VisiblePageSearchView, VisibleSiteHistoryView

urlpatterns = [
    path("choose-page/<int:parent_page_id>/", VisibleBrowseView.as_view()),
    path("pages/search/", VisiblePageSearchView.as_view()),
    path("pages/search/results/", VisiblePageSearchView.as_view(results_only=True)),
    path("reports/site-history/", VisibleSiteHistoryView.as_view()),
    path("reports/site-history/results/", VisibleSiteHistoryView.as_view(results_only=True)),
]
urlpatterns = decorate_urlpatterns(urlpatterns, require_admin_access)
urlpatterns = decorate_urlpatterns(urlpatterns, never_cache)
