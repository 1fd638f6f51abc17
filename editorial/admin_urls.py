"""Admin views that Wagtail offers no hook to narrow or guard, served in front of its own URLs."""

from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import PermissionPolicyChecker, require_admin_access
from wagtail.admin.views import workflows
from wagtail.permissions import workflow_permission_policy
from wagtail.utils.urlpatterns import decorate_urlpatterns

from .visibility import VisibleBrowseView, VisiblePageSearchView, VisibleSiteHistoryView

# Wagtail's task chooser (the workflow form's "add a step") checks nothing: it listed every
# approval step and its groups to anyone in the admin. Only who may add or change workflows.
task_chooser = decorate_urlpatterns(
    [
        path("workflows/task_chooser/", workflows.TaskChooserView.as_view()),
        path("workflows/task_chooser/results/", workflows.TaskChooserResultsView.as_view()),
        path("workflows/task_chooser/create/", workflows.TaskChooserCreateView.as_view()),
        path("workflows/task_chooser/<int:task_id>/", workflows.task_chosen),
    ],
    PermissionPolicyChecker(workflow_permission_policy).require_any("add", "change"),
)

urlpatterns = [
    path("choose-page/<int:parent_page_id>/", VisibleBrowseView.as_view()),
    path("pages/search/", VisiblePageSearchView.as_view()),
    path("pages/search/results/", VisiblePageSearchView.as_view(results_only=True)),
    path("reports/site-history/", VisibleSiteHistoryView.as_view()),
    path("reports/site-history/results/", VisibleSiteHistoryView.as_view(results_only=True)),
    *task_chooser,
]
urlpatterns = decorate_urlpatterns(urlpatterns, require_admin_access)
urlpatterns = decorate_urlpatterns(urlpatterns, never_cache)
