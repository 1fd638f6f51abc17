"""Who reads which drafts in the admin.

Wagtail lets anybody with "add" permission on a section explore all of it, other people's
drafts included, and its choosers list every snippet. Here a draft (a page or snippet that is
not live, or the unpublished latest title of a live page) is read only by those who may edit
or publish it; everybody else sees live content, under its live title, and their own work.

The admin shows a page under ``get_admin_display_title()``, which Wagtail calls without the
user; ``AdminViewerMiddleware`` keeps the user of the current request at hand for it.
"""

from collections.abc import Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING

from django.contrib.auth.models import AbstractUser, AnonymousUser
from django.db.models import Model, Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

from .permissions import UNPUBLISH

if TYPE_CHECKING:
    from wagtail.models import Page
    from wagtail.permission_policies.base import BasePermissionPolicy
    from wagtail.permission_policies.pages import PagePermissionPolicy

# A user who may change or publish something may also read its drafts.
DRAFT_READER_ACTIONS = frozenset({"change", "publish"})
# A moderated snippet is published through its workflow only; who may take it down (the chief
# editors, who approve it) reads its drafts too (portal.permissions).
SNIPPET_DRAFT_READER_ACTIONS = DRAFT_READER_ACTIONS | {UNPUBLISH}

HIDDEN_DRAFT_TITLE = _("(draft)")

_viewer: ContextVar = ContextVar("admin_viewer", default=None)

User = AbstractUser | AnonymousUser


def current_viewer() -> User | None:
    """The user of the request being answered, None outside a request (commands, tasks)."""
    return _viewer.get()


class AdminViewerMiddleware:
    """Remember the request's user while the view runs and its template is rendered."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _viewer.set(getattr(request, "user", None))
        try:
            return self.get_response(request)
        finally:
            _viewer.reset(token)


def _page_policy() -> "PagePermissionPolicy":
    from wagtail.permissions import page_permission_policy

    return page_permission_policy


def reads_every_draft(user: User) -> bool:
    return user.is_active and user.is_superuser


def readable_page_ids(user: User) -> QuerySet:
    """The pages whose drafts ``user`` may read: those they may edit (their own, for a
    contributor) or publish."""
    pages = _page_policy().instances_user_has_any_permission_for(user, DRAFT_READER_ACTIONS)
    return pages.values("pk")


def visible_pages(queryset: QuerySet, user: User) -> QuerySet:
    """Live pages and the pages whose drafts ``user`` may read."""
    if reads_every_draft(user):
        return queryset
    return queryset.filter(Q(live=True) | Q(pk__in=readable_page_ids(user)))


def may_read_page_draft(user: User, page: "Page") -> bool:
    return _page_policy().user_has_any_permission_for_instance(user, DRAFT_READER_ACTIONS, page)


def may_see_page(user: User, page: "Page") -> bool:
    return reads_every_draft(user) or page.live or may_read_page_draft(user, page)


def may_read_drafts_of(user: User, obj: Model) -> bool:
    """Whether ``user`` may edit or publish ``obj`` (and so read its drafts)."""
    from wagtail.models import Page

    if reads_every_draft(user):
        return True
    if isinstance(obj, Page):
        return may_read_page_draft(user, obj)
    return _model_policy(type(obj)).user_has_any_permission(user, SNIPPET_DRAFT_READER_ACTIONS)


def may_see(user: User, obj: Model) -> bool:
    """Whether ``user`` may learn that ``obj`` exists and what it is called."""
    from wagtail.models import DraftStateMixin, Page

    if isinstance(obj, Page):
        return may_see_page(user, obj)
    if isinstance(obj, DraftStateMixin) and not obj.live:
        return _model_policy(type(obj)).user_has_any_permission(user, SNIPPET_DRAFT_READER_ACTIONS)
    return True


def admin_title(page: "Page", draft_title: str) -> str:
    """The title the current viewer may see: the draft's, the live one, or "(draft)"."""
    user = current_viewer()
    if user is None or not user.is_authenticated or (page.live and draft_title == page.title):
        return draft_title
    if may_read_page_draft(user, page):
        return draft_title
    return page.title if page.live else str(HIDDEN_DRAFT_TITLE)


def _model_policy(model: type[Model]) -> "BasePermissionPolicy":
    viewset = getattr(model, "snippet_viewset", None)
    if viewset is not None:
        return viewset.permission_policy
    from wagtail.permission_policies import ModelPermissionPolicy

    return ModelPermissionPolicy(model)


def visible_objects(queryset: QuerySet, user: User) -> QuerySet:
    """For a model with drafts (banners, menus, schedule entries): live objects only, unless
    ``user`` may edit or publish that model. A live object's row holds its live content."""
    from wagtail.models import DraftStateMixin

    model = queryset.model
    if not issubclass(model, DraftStateMixin):
        return queryset
    if _model_policy(model).user_has_any_permission(user, SNIPPET_DRAFT_READER_ACTIONS):
        return queryset
    return queryset.filter(live=True)


def _draft_models() -> list[type[Model]]:
    """Models other than pages that keep drafts (snippets with ``DraftStateMixin``)."""
    from django.apps import apps
    from wagtail.models import DraftStateMixin, Page

    return [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]


def visible_log_entries(queryset: QuerySet, user: User) -> QuerySet:
    """History entries of what ``user`` may read: a page's entries carry its draft titles,
    so they are listed to those who may read its drafts; so are a draft model's."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import PageLogEntry

    if reads_every_draft(user):
        return queryset
    if issubclass(queryset.model, PageLogEntry):
        return queryset.filter(page_id__in=readable_page_ids(user))
    hidden = [
        ContentType.objects.get_for_model(model, for_concrete_model=False).pk
        for model in _draft_models()
        if not _model_policy(model).user_has_any_permission(user, SNIPPET_DRAFT_READER_ACTIONS)
    ]
    return queryset.exclude(content_type_id__in=hidden) if hidden else queryset
