"""An administrator (Quản trị viên) manages ordinary accounts but cannot make anyone more
powerful than themselves: the requests a black-box probe used to become superuser, replayed.

Every refusal is a permission error (the admin answers it by sending the browser back to the
dashboard with "Sorry, you do not have permission") or a form error, and leaves the database as
it was."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from portal import roles
from tests.accounts.factories import UserFactory

from .utils import (
    PASSWORD,
    add_url,
    bulk_url,
    delete_url,
    edit_url,
    edit_user_data,
    group,
    new_user_data,
    refused,
    snapshot,
)

pytestmark = pytest.mark.django_db
User = get_user_model()


def test_administrator_cannot_create_a_superuser(administrator_client):
    response = administrator_client.post(
        add_url(), new_user_data(username="sieuquyen", is_superuser="on", groups=[])
    )

    assert refused(response), "a forged is_superuser must be refused"
    assert not User.objects.filter(username="sieuquyen").exists()


def test_the_add_user_screen_has_no_superuser_field_for_an_administrator(administrator_client):
    response = administrator_client.get(add_url())

    assert response.status_code == 200
    assert 'name="is_superuser"' not in response.content.decode()


def test_administrator_cannot_change_the_technicians_password(administrator_client, superuser):
    before = snapshot(superuser)

    response = administrator_client.post(
        edit_url(superuser), edit_user_data(superuser, password1=PASSWORD, password2=PASSWORD)
    )

    assert refused(response)
    assert snapshot(superuser) == before
    assert refused(administrator_client.get(edit_url(superuser)))


def test_administrator_cannot_give_themselves_a_group(administrator_client, administrator):
    before = snapshot(administrator)
    chief = group(roles.CHIEF_EDITOR)

    response = administrator_client.post(
        edit_url(administrator),
        edit_user_data(administrator, groups=[group(roles.ADMINISTRATOR).pk, chief.pk]),
    )

    assert refused(response)
    assert snapshot(administrator) == before


def test_administrator_edits_their_own_name_without_touching_groups(
    administrator_client, administrator
):
    page = administrator_client.get(edit_url(administrator)).content.decode()
    assert 'name="groups"' not in page, "an administrator's own groups are not theirs to change"

    data = edit_user_data(administrator, first_name="Trần Thị")
    del data["groups"], data["is_active"]  # the screen shows neither for one's own account
    response = administrator_client.post(edit_url(administrator), data)

    assert response.status_code == 302
    administrator.refresh_from_db()
    assert administrator.first_name == "Trần Thị"
    assert list(administrator.groups.values_list("name", flat=True)) == ["Quản trị viên"]


@pytest.mark.parametrize("role", [roles.EDITOR, roles.DEPUTY_CHIEF_EDITOR, roles.CHIEF_EDITOR])
def test_administrator_cannot_grant_a_group_with_rights_they_lack(
    administrator_client, board, role
):
    collaborator = board["contributor"]
    before = snapshot(collaborator)

    response = administrator_client.post(
        edit_url(collaborator),
        edit_user_data(collaborator, first_name="Tên vừa gõ", groups=[group(role).pk]),
    )

    assert response.status_code == 200, "refused with a form error"
    page = response.content.decode()
    assert "Tên vừa gõ" in page, "what was typed is kept"
    assert role.group_name in page, "the error names the group"
    assert snapshot(collaborator) == before


def test_administrator_cannot_create_an_editor(administrator_client):
    response = administrator_client.post(add_url(), new_user_data(groups=[group(roles.EDITOR).pk]))

    assert response.status_code == 200
    assert "nguyenvana@example.vn" in response.content.decode()
    assert not User.objects.filter(username="nguyenvana").exists()


def test_the_groups_offered_to_an_administrator_are_those_they_may_grant(administrator_client):
    page = administrator_client.get(add_url()).content.decode()

    assert f'value="{group(roles.CONTRIBUTOR).pk}"' in page
    for role in (roles.EDITOR, roles.DEPUTY_CHIEF_EDITOR, roles.CHIEF_EDITOR):
        assert f'value="{group(role).pk}"' not in page, role.group_name


@pytest.mark.parametrize("person", ["editor_a", "deputy", "chief"])
def test_administrator_cannot_take_over_an_account_with_rights_they_lack(
    administrator_client, board, person
):
    """A new password for the chief editor would be publishing rights for the administrator."""
    target = board[person]
    before = snapshot(target)

    response = administrator_client.post(
        edit_url(target), edit_user_data(target, password1=PASSWORD, password2=PASSWORD)
    )

    assert refused(response)
    assert snapshot(target) == before


def test_administrator_cannot_edit_another_administrator(administrator_client):
    colleague = UserFactory(username="quantrivien2", roles=[roles.ADMINISTRATOR])
    before = snapshot(colleague)

    assert refused(administrator_client.get(edit_url(colleague)))
    for change in (
        {"password1": PASSWORD, "password2": PASSWORD},
        {"groups": []},
        {"is_active": ""},
        {"first_name": "Đổi tên"},
    ):
        response = administrator_client.post(
            edit_url(colleague), edit_user_data(colleague, **change)
        )
        assert refused(response), change
    assert snapshot(colleague) == before


def test_administrator_cannot_edit_someone_granted_user_management_directly(administrator_client):
    """Holding the user permissions makes someone an administrator, whatever their groups."""
    from django.contrib.auth.models import Permission

    colleague = UserFactory(username="nhansu", roles=[roles.CONTRIBUTOR])
    colleague.user_permissions.add(Permission.objects.get(codename="change_user"))

    assert refused(administrator_client.get(edit_url(colleague)))


def test_a_request_posted_to_the_copy_address_changes_nothing(administrator_client, superuser):
    """Wagtail's copy screen posts to "add"; posted to the copy address itself, the form
    saved into the account being copied: the technician's password, email, superuser flag."""
    before = snapshot(superuser)
    url = f"/admin/users/copy/{superuser.pk}/"  # Wagtail's address for copying an account

    response = administrator_client.post(
        url, new_user_data(username="kythuat", email="ke-gian@example.vn", groups=[])
    )

    assert response.status_code == 404 or refused(response)
    assert snapshot(superuser) == before


def test_administrator_cannot_delete_anyone(administrator_client, board, superuser):
    for target in (superuser, board["contributor"]):
        assert refused(administrator_client.post(delete_url(target)))
        assert User.objects.filter(pk=target.pk).exists()


def test_bulk_assign_role_refuses_a_group_the_administrator_lacks(administrator_client, board):
    collaborator = board["contributor"]
    before = snapshot(collaborator)

    response = administrator_client.post(
        bulk_url("assign_role", collaborator), {"role": group(roles.CHIEF_EDITOR).pk}
    )

    assert response.status_code == 200 or refused(response)
    assert snapshot(collaborator) == before


def test_bulk_assign_role_refuses_the_administrator_themselves(administrator_client, administrator):
    before = snapshot(administrator)

    response = administrator_client.post(
        bulk_url("assign_role", administrator), {"role": group(roles.CONTRIBUTOR).pk}
    )

    assert response.status_code == 200 or refused(response)
    assert snapshot(administrator) == before


def test_bulk_deactivation_refuses_the_technician_and_other_administrators(
    administrator_client, superuser, board
):
    colleague = UserFactory(username="quantrivien2", roles=[roles.ADMINISTRATOR])
    targets = (superuser, colleague, board["chief"])
    before = [snapshot(user) for user in targets]

    response = administrator_client.post(
        bulk_url("set_active_state", *targets), {"mark_as_active": "False"}
    )

    assert refused(response)
    assert [snapshot(user) for user in targets] == before


def test_bulk_delete_is_refused(administrator_client, board):
    collaborator = board["contributor"]

    response = administrator_client.post(bulk_url("delete", collaborator))

    assert refused(response)
    assert User.objects.filter(pk=collaborator.pk).exists()


def test_administrator_cannot_open_the_group_screens(administrator_client):
    from django.urls import reverse

    chief = group(roles.CHIEF_EDITOR)
    for url in (
        reverse("wagtailusers_groups:index"),
        reverse("wagtailusers_groups:add"),
        reverse("wagtailusers_groups:edit", args=(chief.pk,)),
        reverse("wagtailusers_groups:delete", args=(chief.pk,)),
    ):
        assert refused(administrator_client.get(url)), url
    response = administrator_client.post(
        reverse("wagtailusers_groups:edit", args=(group(roles.ADMINISTRATOR).pk,)),
        {"name": "Quản trị viên", "permissions": []},
    )
    assert refused(response)
    assert Group.objects.get(name="Quản trị viên").permissions.exists()


# What an administrator may still do.


def test_administrator_creates_a_collaborator(administrator_client):
    response = administrator_client.post(add_url(), new_user_data())

    assert response.status_code == 302
    user = User.objects.get(username="nguyenvana")
    assert not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["Cộng tác viên"]
    assert user.check_password(PASSWORD)


def test_administrator_edits_a_collaborators_name_and_password(administrator_client, board):
    collaborator = board["contributor"]

    response = administrator_client.post(
        edit_url(collaborator),
        edit_user_data(collaborator, first_name="Lê Văn", password1=PASSWORD, password2=PASSWORD),
    )

    assert response.status_code == 302
    collaborator.refresh_from_db()
    assert collaborator.first_name == "Lê Văn"
    assert collaborator.check_password(PASSWORD)
    assert list(collaborator.groups.values_list("name", flat=True)) == ["Cộng tác viên"]


def test_administrator_deactivates_a_collaborator_in_bulk(administrator_client, board):
    collaborator = board["contributor"]

    response = administrator_client.post(
        bulk_url("set_active_state", collaborator), {"mark_as_active": "False"}
    )

    assert response.status_code == 302
    collaborator.refresh_from_db()
    assert not collaborator.is_active


def test_administrator_assigns_the_collaborator_group_in_bulk(administrator_client):
    newcomer = UserFactory(username="nguoimoi")

    response = administrator_client.post(
        bulk_url("assign_role", newcomer), {"role": group(roles.CONTRIBUTOR).pk}
    )

    assert response.status_code == 302
    assert list(newcomer.groups.values_list("name", flat=True)) == ["Cộng tác viên"]


# The technician may do everything.


def test_technician_creates_a_superuser(technician_client, board):
    response = technician_client.post(
        add_url(), new_user_data(username="kythuat2", is_superuser="on", groups=[])
    )

    assert response.status_code == 302
    assert User.objects.get(username="kythuat2").is_superuser


def test_technician_grants_publishing_and_manages_administrators(technician_client, board):
    collaborator, administrator = board["contributor"], board["admin"]
    chief = group(roles.CHIEF_EDITOR)

    response = technician_client.post(
        edit_url(collaborator), edit_user_data(collaborator, groups=[chief.pk])
    )
    assert response.status_code == 302
    assert list(collaborator.groups.all()) == [chief]

    response = technician_client.post(
        edit_url(administrator),
        edit_user_data(administrator, password1=PASSWORD, password2=PASSWORD, is_active=""),
    )
    assert response.status_code == 302
    administrator.refresh_from_db()
    assert administrator.check_password(PASSWORD) and not administrator.is_active

    editor = board["editor_a"]
    response = technician_client.post(
        bulk_url("assign_role", editor), {"role": group(roles.DEPUTY_CHIEF_EDITOR).pk}
    )
    assert response.status_code == 302
    assert editor.groups.filter(name=roles.DEPUTY_CHIEF_EDITOR.group_name).exists()


def test_the_user_list_shows_everyone_but_links_only_manageable_accounts(
    administrator_client, board, superuser
):
    from django.urls import reverse

    page = administrator_client.get(reverse("wagtailusers_users:index")).content.decode()

    assert superuser.username in page and board["chief"].username in page
    assert edit_url(board["contributor"]) in page
    for user in (superuser, board["chief"], board["editor_a"]):
        assert f'href="{edit_url(user)}"' not in page, user.username


def test_the_superuser_box_is_not_named_like_the_administrators_group(technician_client, board):
    """Wagtail calls a superuser "Administrator"; the board's Quản trị viên group is not one."""
    page = technician_client.get(add_url()).content.decode()

    assert 'name="is_superuser"' in page
    assert "Quản trị tối cao" in page


def test_administrator_cannot_make_another_administrator(administrator_client, board):
    """Accounts that manage accounts are the technician's to hand out: an administrator who
    could grant the group would make accounts that only the technician can take back."""
    collaborator = board["contributor"]
    before = snapshot(collaborator)

    response = administrator_client.post(
        edit_url(collaborator),
        edit_user_data(collaborator, groups=[group(roles.ADMINISTRATOR).pk]),
    )

    assert response.status_code == 200, "refused with a form error"
    assert snapshot(collaborator) == before
    page = administrator_client.get(add_url()).content.decode()
    assert f'value="{group(roles.ADMINISTRATOR).pk}"' not in page
