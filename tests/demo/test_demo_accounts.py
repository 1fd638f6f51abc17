"""`demo_accounts` creates the technician and one non-superuser account per role, once."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings

from portal.roles import ROLES, TECHNICIAN_USERNAME
from tests.units.factories import UnitFactory
from units.models import Unit, unit_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def var_dir(tmp_path):
    with override_settings(VAR_DIR=tmp_path):
        yield tmp_path


def test_accounts_created_once_with_given_password(var_dir, monkeypatch, capsys):
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "mat-khau-demo-2026")
    call_command("demo_accounts")
    User = get_user_model()

    technician = User.objects.get(username=TECHNICIAN_USERNAME)
    assert technician.is_superuser
    assert technician.check_password("mat-khau-demo-2026")
    for role in ROLES:
        for username in role.demo_usernames:
            user = User.objects.get(username=username)
            assert not user.is_superuser, role
            assert list(user.groups.values_list("name", flat=True)) == [role.group_name]
            assert user.has_perm("wagtailadmin.access_admin")
            assert user.check_password("mat-khau-demo-2026")
    assert "mat-khau-demo-2026" in capsys.readouterr().out

    count = User.objects.count()
    call_command("demo_accounts")
    assert User.objects.count() == count
    assert "nothing changed" in capsys.readouterr().out


def test_generated_password_is_printed_once_and_kept(var_dir, monkeypatch, capsys):
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    call_command("demo_accounts")
    out = capsys.readouterr().out
    saved = (var_dir / "demo-accounts.txt").read_text()
    line = next(line for line in saved.splitlines() if line.startswith(TECHNICIAN_USERNAME))
    password = line.split()[1]
    assert password in out
    assert get_user_model().objects.get(username=TECHNICIAN_USERNAME).check_password(password)
    assert oct((var_dir / "demo-accounts.txt").stat().st_mode)[-3:] == "600"


def test_each_account_writes_for_its_unit_from_the_data_file(var_dir, monkeypatch):
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "mat-khau-demo-2026")
    office = UnitFactory(short_code="VP", kind=Unit.Kind.OFFICE)
    finance = UnitFactory(short_code="ĐB-STC", kind=Unit.Kind.PARTY_ORGANISATION)
    propaganda = UnitFactory(short_code="BTG", kind=Unit.Kind.OFFICE)
    call_command("demo_accounts")
    User = get_user_model()
    assert unit_of(User.objects.get(username="congtacvien")) == finance
    assert unit_of(User.objects.get(username="truongban")) == office
    assert unit_of(User.objects.get(username=TECHNICIAN_USERNAME)) is None

    # A unit someone has chosen since is kept when the command runs again.
    contributor = User.objects.get(username="congtacvien")
    contributor.unit_membership.unit = propaganda
    contributor.unit_membership.save()
    call_command("demo_accounts")
    assert unit_of(contributor) == propaganda
