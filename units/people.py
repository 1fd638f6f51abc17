"""People in the admin's pickers: the editorial board by name, unit and role, never bare
usernames and never the technician's maintenance account."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet

from portal import roles

ROLE_GROUPS = [role.group_name for role in roles.ROLES]


def board_accounts() -> QuerySet[Any]:
    """Active members of an editorial role; superusers (the technician) are left out."""
    return (
        get_user_model()
        .objects.filter(is_active=True, is_superuser=False, groups__name__in=ROLE_GROUPS)
        .distinct()
    )


def may_name_another_person(user: Any) -> bool:
    """Editors and above may credit someone else; a contributor writes under their own name."""
    return roles.above_contributor(user)


def person_label(user: Any) -> str:
    """ "Nguyễn Văn An – Đảng bộ Sở Tài chính (Cộng tác viên)": name, unit, role."""
    name = user.get_full_name().strip() or user.username
    membership = getattr(user, "unit_membership", None)
    if membership is not None:
        name = f"{name} – {membership.unit.name}"
    groups = [group.name for group in user.groups.all() if group.name in ROLE_GROUPS]
    return f"{name} ({', '.join(groups)})" if groups else name


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return person_label(obj)


def people_field(field: forms.Field, among: QuerySet[Any], keep: Any = None) -> PersonChoiceField:
    """A picker of ``among`` (plus ``keep``, the person already chosen), sorted by name."""
    chosen = Q(pk__in=among.values("pk")) | Q(pk=keep)
    queryset = (
        get_user_model()
        .objects.filter(chosen)
        .select_related("unit_membership__unit")
        .prefetch_related("groups")
        .order_by("first_name", "last_name", "username")
    )
    return PersonChoiceField(
        queryset=queryset,
        required=field.required,
        label=field.label,
        help_text=field.help_text,
        widget=forms.Select,
    )
