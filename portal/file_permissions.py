"""Who may change or delete an uploaded image, document or video.

Wagtail's rule for files (``CollectionOwnershipPermissionPolicy``) lets whoever uploaded a file
change and delete it for as long as they may add files, and counts "delete" as "change": the
collection's "delete" permission, given to administrators only, meant nothing, and the
uploader could still replace or delete a picture a published article shows. Here:

- **delete** needs the collection's "delete" permission (administrators), or being the
  uploader with "add" while the file is not public yet nor used by work under review;
- **change** (its details, a new file) needs the collection's "change" permission (the
  editorial board), or being the uploader with "add" while the file is not public yet nor
  used by work under review (reviewers approved the file they saw);
- **choose** needs "choose"; wagtailmedia has no such permission, so for videos it is "add"
  or "change": the gallery and article bodies use the whole library.

A file is public once something published used it (``portal.public_files``). Lists filter on
that mark; a single file is also checked against what live content uses now.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Collection
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy

from .public_files import is_public, public_filter, used_by_work_in_review

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User
    from wagtail.models import CollectionMember  # images, documents and videos

    AnyUser = User | AnonymousUser

OWNER_ACTIONS = ("change", "delete")  # what the uploader may do while the file is private


class UploadPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's policy for images, documents and videos, with the rules above."""

    def _granting(self, action: str) -> list[str]:
        """The collection permissions that allow ``action`` on anyone's file."""
        if action == "choose":
            opts = self.auth_model._meta
            if f"choose_{opts.model_name}" not in dict(opts.permissions):
                return ["add", "change"]
        return [action]

    def _owner_id(self, instance: CollectionMember) -> Any:
        return getattr(instance, self.model._meta.get_field(self.owner_field_name).attname)

    def _uploader_may(self, user: AnyUser, instance: CollectionMember) -> bool:
        """The uploader, while they may still add files there and readers have not got it."""
        return (
            user.is_authenticated
            and self._owner_id(instance) == user.pk
            and self._check_perm(user, ["add"], collection=instance.collection)
            and not is_public(instance)
            and not used_by_work_in_review(instance)
        )

    def _may(self, user: AnyUser, action: str, instance: CollectionMember) -> bool:
        if action in ("add", "choose", *OWNER_ACTIONS):
            granted = self._check_perm(user, self._granting(action), collection=instance.collection)
            return granted or (action in OWNER_ACTIONS and self._uploader_may(user, instance))
        return user.is_active and user.is_superuser  # unknown actions, as Wagtail's policy

    def _model_permissions(self, actions: Iterable[str]) -> set[str]:
        """The collection permissions by which a user may take one of ``actions`` on some
        file: whoever may add may change or delete their own uploads."""
        found: set[str] = set()
        for action in actions:
            if action in OWNER_ACTIONS:
                found |= {action, "add"}
            elif action in ("add", "choose"):
                found |= set(self._granting(action))
        return found

    def user_has_permission(self, user: AnyUser, action: str) -> bool:
        if action not in ("add", "choose", *OWNER_ACTIONS):
            return user.is_active and user.is_superuser
        return self._check_perm(user, self._model_permissions([action]))

    def users_with_any_permission(self, actions: Iterable[str]) -> QuerySet[User]:
        permissions = self._model_permissions(actions)
        if not permissions:
            return get_user_model().objects.filter(is_active=True, is_superuser=True)
        return self._users_with_perm(permissions)

    def user_has_permission_for_instance(
        self, user: AnyUser, action: str, instance: CollectionMember
    ) -> bool:
        return self._may(user, action, instance)

    def user_has_any_permission_for_instance(
        self, user: AnyUser, actions: Iterable[str], instance: CollectionMember
    ) -> bool:
        return any(self._may(user, action, instance) for action in actions)

    def instances_user_has_any_permission_for(
        self, user: AnyUser, actions: Iterable[str]
    ) -> QuerySet:
        manager = self.model._default_manager
        if user.is_active and user.is_superuser:
            return manager.all()
        if not user.is_authenticated:
            return manager.none()
        found = Q(pk__in=[])
        for action in set(actions) & {"choose", *OWNER_ACTIONS}:
            found |= Q(collection__in=self._collections_with_perm(user, self._granting(action)))
            if action in OWNER_ACTIONS:
                found |= (
                    Q(collection__in=self._collections_with_perm(user, ["add"]))
                    & Q(**{self.owner_field_name: user})
                    & ~public_filter(self.model)
                )
        return manager.filter(found)

    def users_with_any_permission_for_instance(
        self, actions: Iterable[str], instance: CollectionMember
    ) -> QuerySet[User]:
        known = set(actions) & {"choose", *OWNER_ACTIONS}
        if not known:
            return get_user_model().objects.filter(is_active=True, is_superuser=True)
        permissions = {permission for action in known for permission in self._granting(action)}
        granted = self._users_with_perm_filter(permissions, collection=instance.collection)
        owner = getattr(instance, self.owner_field_name)
        if known & set(OWNER_ACTIONS) and owner and self._uploader_may(owner, instance):
            granted |= Q(pk=owner.pk)
        return get_user_model().objects.filter(granted).distinct()

    def collections_user_has_any_permission_for(
        self, user: AnyUser, actions: Iterable[str]
    ) -> QuerySet[Collection]:
        if user.is_active and user.is_superuser:
            return Collection.objects.all()
        permissions = self._model_permissions(actions)
        if not user.is_authenticated or not permissions:
            return Collection.objects.none()
        return self._collections_with_perm(user, permissions)

    def refusal_reason(self, user: AnyUser, action: str, instance: CollectionMember) -> str | None:
        """Why ``user`` may not take ``action`` on this file, when the rules above are why."""
        if action not in OWNER_ACTIONS or self._may(user, action, instance):
            return None
        if is_public(instance):
            if action == "delete":
                return gettext(
                    "This file has been used in published content: only administrators "
                    "may delete it."
                )
            if self._owner_id(instance) == user.pk:
                return gettext(
                    "This file has been used in published content: only the editorial board "
                    "and administrators may change it or replace its file."
                )
        elif self._owner_id(instance) == user.pk and used_by_work_in_review(instance):
            return gettext(
                "This file is used by content under review or scheduled to go live: only the "
                "editorial board and administrators may change or delete it now."
            )
        elif action == "delete" and self._owner_id(instance) != user.pk:
            return gettext("Only administrators may delete a file someone else uploaded.")
        return None


def install() -> None:
    """Give Wagtail's images and documents and wagtailmedia this policy, everywhere.

    Wagtail 7.4 has no setting for a file model's policy: each app builds one object at import
    and its views, forms, bulk actions, choosers and hooks keep a reference to it. So those
    objects take this class (keeping their model and owner field). wagtailmedia builds a new
    policy at each call of its ``get_permission_policy()``, which its views call when first
    used and its admin modules at import: it returns one object of this class from now on.
    Runs in the portal app's ``ready()``, before wagtailmedia's admin modules are imported;
    ``tests/portal/test_file_permissions.py`` checks that every view sees this class.
    """
    import wagtailmedia
    from wagtail.documents import permissions as documents
    from wagtail.images import permissions as images

    for policy in (images.permission_policy, documents.permission_policy):
        policy.__class__ = UploadPermissionPolicy
    media_policy = wagtailmedia.get_permission_policy()
    media_policy.__class__ = UploadPermissionPolicy
    wagtailmedia.get_permission_policy = lambda: media_policy


def policy_for(app_label: str) -> UploadPermissionPolicy:
    """The policy of the admin area ``wagtailimages``, ``wagtaildocs`` or ``wagtailmedia``."""
    if app_label == "wagtailimages":
        from wagtail.images.permissions import permission_policy
    elif app_label == "wagtaildocs":
        from wagtail.documents.permissions import permission_policy
    else:
        from wagtailmedia import get_permission_policy

        permission_policy = get_permission_policy()
    return permission_policy


# The edit and delete screens of a file, by URL name: the action each needs.
FILE_SCREENS = {
    f"{app}:{view}": action
    for app in ("wagtailimages", "wagtaildocs", "wagtailmedia")
    for view, action in (("edit", "change"), ("delete", "delete"))
}


class FileRefusalMiddleware:
    """Add why to Wagtail's "permission denied" on a file's edit or delete screen, when the
    file being published (or someone else's) is why."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        action = FILE_SCREENS.get(match.view_name) if match else None
        if match and action and len(match.kwargs) == 1 and _is_permission_denied(response):
            policy = policy_for(match.namespace)
            upload = policy.model._default_manager.filter(pk=[*match.kwargs.values()][0]).first()
            with translation.override(_admin_language(request.user)):
                reason = upload and policy.refusal_reason(request.user, action, upload)
            if reason:
                messages.error(request, reason)
        return response


def _is_permission_denied(response: HttpResponse) -> bool:
    """Wagtail's answer to a refused screen: back to the dashboard (with its message)."""
    return response.status_code == 302 and response.get("Location") == reverse("wagtailadmin_home")


def _admin_language(user: AnyUser) -> str | None:
    """The language the admin speaks to ``user`` (Wagtail sets it for its views only)."""
    profile = getattr(user, "wagtail_userprofile", None)
    return profile.get_preferred_language() if profile else translation.get_language()
