"""The admin lists a draft only to those who may read it (``portal.visibility``).

Wagtail's explorer, page chooser, admin API, page search, "pages using" listing and site
history list every page under a section a contributor may add to, and its snippet choosers
every snippet: here each is narrowed through Wagtail's own hooks and view classes (the
snippet choosers, which apps choose per snippet, in ``portal.snippets``). The views
without a hook (page search, site history, the page chooser opened on a page) are served from
``editorial.admin_urls``, which the site mounts in front of Wagtail's admin.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from wagtail import hooks
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.admin.views.chooser import BrowseView
from wagtail.admin.views.pages.bulk_actions import delete, move, publish, unpublish
from wagtail.admin.views.pages.search import SearchView
from wagtail.admin.views.pages.usage import ContentTypeUseView
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction as DeleteSnippetsBulkAction

from portal.visibility import (
    may_see,
    may_see_page,
    visible_log_entries,
    visible_pages,
)


@hooks.register("construct_explorer_page_queryset")
def explore_visible_pages(parent_page, pages, request):
    if not may_see_page(request.user, parent_page):
        raise Http404
    return visible_pages(pages, request.user)


@hooks.register("construct_page_chooser_queryset")
def choose_visible_pages(pages, request):
    return visible_pages(pages, request.user)


class VisibleBrowseView(BrowseView):
    """The page chooser opened on a page: only on one the user may see (no hook covers it)."""

    def get(self, request, parent_page_id=None):
        if parent_page_id is not None:
            parent = get_object_or_404(Page, pk=parent_page_id)
            if not may_see_page(request.user, parent):
                raise Http404
        return super().get(request, parent_page_id)


class VisiblePagesAdminAPIViewSet(PagesAdminAPIViewSet):
    """The explorer's API: listings, details, ``child_of`` and parents of visible pages
    (served by ``editorial.admin_api``)."""

    def get_base_queryset(self):
        return visible_pages(super().get_base_queryset(), self.request.user)


class VisiblePageListingMixin:
    def annotate_queryset(self, pages):
        return visible_pages(super().annotate_queryset(pages), self.request.user)


class VisibleContentTypeUseView(VisiblePageListingMixin, ContentTypeUseView):
    pass


class VisiblePageSearchView(VisiblePageListingMixin, SearchView):
    pass


class VisiblePageViewSet(PageViewSet):
    """Wagtail's viewset for every page type, with the "pages using" listing narrowed."""

    content_type_use_view_class = VisibleContentTypeUseView


@hooks.register("register_admin_viewset")
def register_visible_page_viewset():
    # Registered after Wagtail's own viewset for Page (order -1), so this one is used.
    return VisiblePageViewSet()


class VisibleSiteHistoryView(LogEntriesView):
    def filter_queryset(self, queryset):
        return visible_log_entries(super().filter_queryset(queryset), self.request.user)


class VisibleBulkActionMixin:
    """The confirmation of a bulk action names only what the user may see: Wagtail lists the
    selected items the user may not act on too, and "select all" selects a whole listing."""

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        refused = [
            # A page as its own type, so that the title shown is the one the user may see.
            getattr(item, "specific_deferred", item)
            for item in extra["items_with_no_access"]
            if may_see(self.request.user, item)
        ]
        return objects, {**extra, "items_with_no_access": refused}


class VisibleDeletePagesBulkAction(VisibleBulkActionMixin, delete.DeleteBulkAction):
    pass


class VisibleMovePagesBulkAction(VisibleBulkActionMixin, move.MoveBulkAction):
    pass


class VisiblePublishPagesBulkAction(VisibleBulkActionMixin, publish.PublishBulkAction):
    pass


class VisibleUnpublishPagesBulkAction(VisibleBulkActionMixin, unpublish.UnpublishBulkAction):
    pass


class VisibleDeleteSnippetsBulkAction(VisibleBulkActionMixin, DeleteSnippetsBulkAction):
    pass


# Registered after Wagtail's own (order 0), which these replace.
for _action in (
    VisibleDeletePagesBulkAction,
    VisibleMovePagesBulkAction,
    VisiblePublishPagesBulkAction,
    VisibleUnpublishPagesBulkAction,
    VisibleDeleteSnippetsBulkAction,
):
    hooks.register("register_bulk_action", _action, order=1)
