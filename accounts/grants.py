"""Who holds what, read from the permission tables, and what a user may therefore hand on.

A group confers everything that points at it: its model permissions, its permissions on pages,
collections and sites (``GroupPagePermission`` and the like) and its place in the group lists
of other objects (the approving groups of a workflow step, the groups that may see a private
page). A user *holds* a model permission when they or one of their groups have it, a
permission on a page or collection when one of their groups has it there or on an ancestor,
and a place in an object's group list when they belong to one of the groups listed there.

A non-superuser may grant a group only when they hold everything it confers, and may manage
another account only when they hold everything that account has, so giving someone a group or
a new password never gives the giver anything they did not have. Relations to groups are found
on the models, not listed here: one added by a future app counts too (and if its shape is not
understood, counts as not held).
"""

from collections.abc import Iterator
from functools import cached_property

from django.contrib.auth import get_permission_codename, get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Model, Q, QuerySet
from treebeard.mp_tree import MP_Node

USER_MANAGEMENT_ACTIONS = ("add", "change", "delete")


def _model_permissions_of(user) -> QuerySet:
    """The model permissions a user has, active or not (a disabled account may come back)."""
    return Permission.objects.filter(Q(user=user) | Q(group__user=user))


def _user_management(permissions: QuerySet) -> QuerySet:
    """Those of ``permissions`` that create, change or delete accounts."""
    opts = get_user_model()._meta
    codenames = [get_permission_codename(action, opts) for action in USER_MANAGEMENT_ACTIONS]
    return permissions.filter(content_type__app_label=opts.app_label, codename__in=codenames)


def manages_users(user) -> bool:
    """Whether the account may create, change or delete accounts (a superuser always may)."""
    return user.is_superuser or _user_management(_model_permissions_of(user)).exists()


def _confers_user_management(group: Group) -> bool:
    return _user_management(group.permissions.all()).exists()


def _group_relations() -> Iterator:
    """The reverse relations through which something gives rights to a group."""
    User = get_user_model()
    for relation in Group._meta.get_fields(include_hidden=True):
        if not (relation.auto_created and not relation.concrete and relation.is_relation):
            continue
        if relation.related_model._meta.auto_created:
            continue  # the hidden through-table of a many-to-many field, covered by that field
        if relation.related_model is User and relation.field.name == "groups":
            continue  # membership itself
        yield relation


def _object_field(model: type[Model], group_field: str) -> str | None:
    """In a table like GroupPagePermission (group, permission, object), the object's field."""
    names = {field.name for field in model._meta.concrete_fields}
    if "permission" not in names:
        return None
    others = [
        field.name
        for field in model._meta.concrete_fields
        if field.is_relation and field.name not in (group_field, "permission")
    ]
    return others[0] if len(others) == 1 else None


def _ancestor_paths(node: MP_Node) -> list[str]:
    step = node.steplen
    return [node.path[:end] for end in range(step, len(node.path) + 1, step)]


def _unheld_object_permissions(user, model, group_field: str, group: Group) -> Iterator:
    object_field = _object_field(model, group_field)
    rows = model._default_manager.filter(**{group_field: group})
    if object_field is None:
        yield from rows  # a shape this module does not understand: never held
        return
    for row in rows.select_related(object_field):
        target = getattr(row, object_field)
        where = (
            {f"{object_field}__path__in": _ancestor_paths(target)}
            if isinstance(target, MP_Node)
            else {object_field: target}
        )
        held = model._default_manager.filter(
            **{f"{group_field}__user": user, "permission_id": row.permission_id, **where}
        )
        if not held.exists():
            yield row


def _unheld_memberships(user, relation, group: Group) -> Iterator:
    """Objects listing the group (e.g. a workflow step's approvers) that list none of the
    user's groups."""
    model, field = relation.related_model, relation.field.name
    listing_user = model._default_manager.filter(**{f"{field}__user": user}).values("pk")
    yield from model._default_manager.filter(**{field: group}).exclude(pk__in=listing_user)


def unheld_rights(user, group: Group) -> Iterator:
    """What the group confers that the user does not hold (nothing for a superuser)."""
    if user.is_superuser:
        return
    yield from group.permissions.exclude(pk__in=_model_permissions_of(user).values("pk"))
    for relation in _group_relations():
        if relation.many_to_many:
            yield from _unheld_memberships(user, relation, group)
        else:
            yield from _unheld_object_permissions(
                user, relation.related_model, relation.field.name, group
            )


class Grantor:
    """What one user may hand on. A screen asks this for every group and account it shows,
    so the groups the user may grant are worked out once."""

    def __init__(self, user) -> None:
        self.user = user

    @cached_property
    def grantable_group_ids(self) -> frozenset[int]:
        # A group that manages accounts makes its members unmanageable by anyone but a
        # superuser, so only a superuser hands it on: otherwise an administrator could make
        # accounts that nobody but the technician can take back.
        return frozenset(
            group.pk
            for group in Group.objects.all()
            if not _confers_user_management(group)
            and next(unheld_rights(self.user, group), None) is None
        )

    def may_grant(self, group: Group) -> bool:
        return self.user.is_superuser or group.pk in self.grantable_group_ids

    def grantable_groups(self) -> QuerySet:
        groups = Group.objects.order_by("name")
        return groups if self.user.is_superuser else groups.filter(pk__in=self.grantable_group_ids)

    def may_manage(self, account) -> bool:
        """Whether the user may change ``account``'s password, groups or active flag.

        A superuser may manage anyone. Nobody else may manage a superuser, anyone who manages
        accounts (another administrator), or anyone with a right the user does not hold: a new
        password for such an account would be that right in the user's hands. Their own
        account is not "managed": they change their details, never their groups, through it.
        """
        user = self.user
        if user.is_superuser:
            return True
        if account.pk == user.pk or account.is_superuser or manages_users(account):
            return False
        unheld = account.user_permissions.exclude(pk__in=_model_permissions_of(user).values("pk"))
        return not unheld.exists() and all(self.may_grant(group) for group in account.groups.all())


def grantor(user) -> Grantor:
    """The user's Grantor, kept on the user object for the request, as Wagtail keeps its
    permission caches."""
    if not hasattr(user, "_accounts_grantor"):
        user._accounts_grantor = Grantor(user)
    return user._accounts_grantor


def may_grant(user, group: Group) -> bool:
    return Grantor(user).may_grant(group)


def may_manage_account(user, account) -> bool:
    return Grantor(user).may_manage(account)
