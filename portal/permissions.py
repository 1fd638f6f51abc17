"""Who may publish directly: nobody, where an active workflow applies.

The chief editor and the deputy hold the publish permission: Wagtail needs it from whoever
gives the final approval, and it lets them take content down at once. Wagtail would also let
them publish around the workflow (the publish button, the page API, copies kept live,
aliases, moves, bulk actions); these answer "no" wherever a workflow applies, for every user,
superusers included (the technician's account is for maintenance, never editorial work), so
the admin neither offers those actions nor performs them when they are posted anyway.
``portal.publishing`` refuses the same at model level for scripts.

Taking content down (unpublish), cancelling a scheduled publication and privacy settings stay
with holders of the publish permission.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.utils.functional import cached_property
from wagtail.models import PagePermissionTester
from wagtail.permissions import ModelPermissionPolicy

from .publishing import publishing_approved, workflow_applies

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User
    from wagtail.models import Page

UNPUBLISH = "unpublish"


class WorkflowPagePermissionTester(PagePermissionTester):
    """Wagtail's tester, with direct publishing refused where a workflow applies."""

    @cached_property
    def _workflow_applies(self) -> bool:
        return workflow_applies(self.page)

    def _holds_publish_permission(self) -> bool:
        return super().can_publish()

    def can_publish(self) -> bool:
        """Publishing or scheduling this page from the editor, the API or a bulk action.

        Wagtail asks it again while the approved workflow publishes: that is allowed.
        """
        if not self._holds_publish_permission():
            return False
        return not self._workflow_applies or publishing_approved(self.page)

    def can_publish_subpage(self) -> bool:
        """Publishing a new page here at once: a page made live, a copy kept live, an alias."""
        return super().can_publish_subpage() and not self._workflow_applies

    def can_unschedule(self) -> bool:
        return self._holds_publish_permission()

    def can_set_view_restrictions(self) -> bool:
        return self._holds_publish_permission()

    @cached_property
    def _is_or_holds_live(self) -> bool:
        return self.page.live or self.page.get_descendants().live().exists()

    def can_move(self) -> bool:
        """Moving a live page (or one with live pages below it) publishes it in another place:
        not out of a place a workflow moderates. Reordering it among its siblings stays with
        ``can_move_to``."""
        return super().can_move() and not (self._workflow_applies and self._is_or_holds_live)

    def can_move_to(self, destination: Page) -> bool:
        """Moving a live page elsewhere publishes it there: only where no workflow applies."""
        if self.page.is_child_of(destination):
            # Reordering among its siblings publishes nothing new: Wagtail's rules alone.
            return PagePermissionTester(self.user, self.page).can_move_to(destination)
        # Wagtail lets a superuser move anything without asking ``can_move()``.
        if not (super().can_move_to(destination) and self.can_move()):
            return False
        return not (self._is_or_holds_live and workflow_applies(destination))


class WorkflowSnippetPermissionPolicy(ModelPermissionPolicy):
    """For snippets a workflow moderates: "publish" (publishing directly) is refused while
    the model's workflow is active; ``UNPUBLISH`` (taking down, cancelling a schedule) asks
    for the model's publish permission."""

    def _actions(self, actions: Iterable[str]) -> set[str]:
        """The Django permissions behind ``actions``, "publish" dropped under a workflow."""
        moderated = self.model.get_default_workflow() is not None
        wanted = set(actions) - ({"publish"} if moderated else set())
        if UNPUBLISH in wanted:
            wanted = (wanted - {UNPUBLISH}) | {"publish"}
        return wanted

    def user_has_permission(self, user: User | AnonymousUser, action: str) -> bool:
        model_has_permission = super().user_has_permission
        return any(model_has_permission(user, a) for a in self._actions([action]))

    def users_with_any_permission(self, actions: Iterable[str]) -> QuerySet[User]:
        wanted = self._actions(actions)
        if not wanted:
            return get_user_model().objects.none()
        return super().users_with_any_permission(wanted)


def user_can_create(model: Any, user: Any) -> bool:
    """A page type may refuse some users (``user_can_create(user)`` on the class)."""
    check = getattr(model, "user_can_create", None)
    return check is None or bool(check(user))
