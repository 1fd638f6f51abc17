"""What the admin's user screens post, and the parts of an account a refused request must
leave as they were."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from portal import roles

PASSWORD = "Mat-khau-moi-2026!"


def group(role: roles.Role) -> Group:
    return Group.objects.get(name=role.group_name)


def new_user_data(**fields) -> dict:
    """The "add user" form filled in for a new collaborator; ``fields`` override."""
    data = {
        "username": "nguyenvana",
        "email": "nguyenvana@example.vn",
        "first_name": "Nguyễn Văn",
        "last_name": "An",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "groups": [group(roles.CONTRIBUTOR).pk],
    }
    data.update(fields)
    return data


def edit_user_data(user, **fields) -> dict:
    """The "edit user" form as it shows ``user`` (active, no new password); ``fields``
    override."""
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "password1": "",
        "password2": "",
        "is_active": "on" if user.is_active else "",
        "groups": list(user.groups.values_list("pk", flat=True)),
    }
    if user.is_superuser:
        data["is_superuser"] = "on"
    data.update(fields)
    return {key: value for key, value in data.items() if value != ""}


def add_url() -> str:
    return reverse("wagtailusers_users:add")


def edit_url(user) -> str:
    return reverse("wagtailusers_users:edit", args=(user.pk,))


def delete_url(user) -> str:
    return reverse("wagtailusers_users:delete", args=(user.pk,))


def bulk_url(action: str, *users) -> str:
    url = reverse("wagtail_bulk_action", args=("auth", "user", action))
    return url + "?" + "&".join(f"id={user.pk}" for user in users)


def snapshot(user) -> dict:
    """What a refused request must not change."""
    user = get_user_model().objects.get(pk=user.pk)
    return {
        "username": user.username,
        "password": user.password,
        "first_name": user.first_name,
        "email": user.email,
        "is_active": user.is_active,
        "is_superuser": user.is_superuser,
        "groups": sorted(user.groups.values_list("name", flat=True)),
    }


def refused(response) -> bool:
    """A permission error: 403, or the admin's answer to one (back to the dashboard)."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
