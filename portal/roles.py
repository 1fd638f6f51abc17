"""The editorial roles: one list that groups, permissions and demo accounts are built from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from django.contrib.auth.models import Group


@dataclass(frozen=True)
class Role:
    key: str
    group_name: str  # stored in the database and shown in the admin
    demo_usernames: tuple[str, ...]


CONTRIBUTOR = Role("contributor", "Cộng tác viên", ("congtacvien",))
# Two editors: the review and edit steps need two different people (four eyes).
EDITOR = Role("editor", "Biên tập viên", ("bientapvien", "bientapvien2"))
DEPUTY_CHIEF_EDITOR = Role("deputy_chief_editor", "Phó trưởng ban biên tập", ("photruongban",))
CHIEF_EDITOR = Role("chief_editor", "Trưởng ban biên tập", ("truongban",))
ADMINISTRATOR = Role("administrator", "Quản trị viên", ("quantrivien",))

ROLES = (CONTRIBUTOR, EDITOR, DEPUTY_CHIEF_EDITOR, CHIEF_EDITOR, ADMINISTRATOR)


def holds_role(user: Any, *roles: Role) -> bool:
    """Whether ``user`` is a member of one of ``roles``' groups."""
    return bool(user.groups.filter(name__in=[role.group_name for role in roles]).exists())


def above_contributor(user: Any) -> bool:
    """A superuser or a member of a role above contributor: shapes sections, credits authors."""
    return user.is_superuser or holds_role(user, *(r for r in ROLES if r is not CONTRIBUTOR))


# The technician's account: the only superuser, for maintenance, never for editorial work.
TECHNICIAN_USERNAME = "kythuat"


def ensure_groups() -> dict[str, Group]:
    """Create each role's group with access to the admin; return them by role key."""
    from django.contrib.auth.models import Group, Permission

    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    groups: dict[str, Group] = {}
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role.group_name)
        group.permissions.add(access_admin)
        groups[role.key] = group
    return groups
