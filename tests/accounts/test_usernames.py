"""Usernames are one plain, lower-case ASCII form: no two accounts that differ only by case or
by a look-alike letter, and signing in works whatever the case typed."""

import unicodedata

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.db import IntegrityError, transaction
from django.urls import reverse

from portal import roles
from tests.accounts.factories import UserFactory

from .utils import PASSWORD, add_url, edit_url, edit_user_data, new_user_data

pytestmark = pytest.mark.django_db
User = get_user_model()
CYRILLIC_A = "\u0430"  # looks like the Latin "a"


@pytest.fixture
def quantrivien(workflows):
    return UserFactory(username="quantrivien", roles=[roles.ADMINISTRATOR])


def form_errors(response) -> str:
    assert response.status_code == 200, "the form is shown again with an error"
    return str(response.context["form"].errors.get("username", ""))


@pytest.mark.parametrize("typed", ["QuanTriVien", " QUANTRIVIEN ", "ｑｕａｎｔｒｉｖｉｅｎ"])
def test_a_name_differing_only_by_case_or_width_is_refused(technician_client, quantrivien, typed):
    response = technician_client.post(add_url(), new_user_data(username=typed))

    assert "đã có" in form_errors(response)
    assert User.objects.filter(username__iexact="quantrivien").count() == 1


def test_a_cyrillic_look_alike_is_refused_with_what_is_allowed(technician_client, quantrivien):
    response = technician_client.post(add_url(), new_user_data(username=f"qu{CYRILLIC_A}ntrivien"))

    error = form_errors(response)
    assert "a–z" in error and "0–9" in error, "the message says which characters are allowed"
    assert User.objects.count() == 2


def test_letters_with_marks_typed_decomposed_are_refused(technician_client, workflows):
    typed = unicodedata.normalize("NFD", "nguyễnvăna")
    assert typed != unicodedata.normalize("NFC", typed)

    response = technician_client.post(add_url(), new_user_data(username=typed))

    assert "a–z" in form_errors(response)
    assert not User.objects.exclude(username="kythuat").exists()


def test_a_new_name_is_stored_lower_case_and_trimmed(technician_client, workflows):
    response = technician_client.post(add_url(), new_user_data(username="  Nguyen.Van-A_2@ubnd "))

    assert response.status_code == 302
    assert User.objects.filter(username="nguyen.van-a_2@ubnd").exists()


def test_renaming_to_another_users_name_in_capitals_is_refused(technician_client, quantrivien):
    other = UserFactory(username="congtacvien", roles=[roles.CONTRIBUTOR])

    response = technician_client.post(
        edit_url(other), edit_user_data(other, username="QuanTriVien")
    )

    assert "đã có" in form_errors(response)
    other.refresh_from_db()
    assert other.username == "congtacvien"


def test_an_account_keeps_its_name_when_saved_again(technician_client, quantrivien):
    response = technician_client.post(
        edit_url(quantrivien), edit_user_data(quantrivien, username="QuanTriVien")
    )

    assert response.status_code == 302
    quantrivien.refresh_from_db()
    assert quantrivien.username == "quantrivien"


def test_the_database_refuses_a_case_variant(quantrivien):
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create_user("QuanTriVien", password=PASSWORD)


@pytest.mark.parametrize("typed", ["QuanTriVien", " quantrivien", "ＱｕａｎＴｒｉＶｉｅｎ"])
def test_signing_in_ignores_case(quantrivien, typed):
    quantrivien.set_password(PASSWORD)
    quantrivien.save()

    assert authenticate(username=typed, password=PASSWORD) == quantrivien


def test_a_look_alike_name_does_not_sign_in(quantrivien):
    quantrivien.set_password(PASSWORD)
    quantrivien.save()

    assert authenticate(username=f"qu{CYRILLIC_A}ntrivien", password=PASSWORD) is None
    assert authenticate(username="QuanTriVien", password="sai-mat-khau") is None


def test_the_admin_login_accepts_capitals(client, quantrivien):
    quantrivien.set_password(PASSWORD)
    quantrivien.save()

    response = client.post(
        reverse("wagtailadmin_login"), {"username": "QuanTriVien", "password": PASSWORD}
    )

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(quantrivien.pk)
