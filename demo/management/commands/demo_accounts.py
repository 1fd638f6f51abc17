"""Create the demo accounts that are missing: the technician and one account per role."""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from demo.datafiles import read
from portal.roles import ROLES, TECHNICIAN_USERNAME, ensure_groups
from units.models import Unit, UnitMember

ACCOUNTS_FILE = "demo-accounts.txt"


class Command(BaseCommand):
    help = "Create missing demo accounts (DEMO_ADMIN_PASSWORD, else a generated password)."

    @transaction.atomic
    def handle(self, *args, **options):
        User = get_user_model()
        password = os.environ.get("DEMO_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        groups = ensure_groups()
        created = []

        if not User.objects.filter(username=TECHNICIAN_USERNAME).exists():
            User.objects.create_superuser(
                TECHNICIAN_USERNAME, "kythuat@example.vn", password, first_name="Kỹ thuật"
            )
            created.append((TECHNICIAN_USERNAME, "superuser"))
        for role in ROLES:
            for number, username in enumerate(role.demo_usernames, start=1):
                if User.objects.filter(username=username).exists():
                    continue
                user = User.objects.create_user(
                    username,
                    f"{username}@example.vn",
                    password,
                    first_name=role.group_name,
                    last_name=str(number) if len(role.demo_usernames) > 1 else "",
                )
                user.groups.add(groups[role.key])
                created.append((username, role.group_name))
        self._give_units()

        if not created:
            self.stdout.write("Demo accounts already exist; nothing changed.")
            return
        lines = [f"{username:<14} {password}   ({what})" for username, what in created]
        self._remember(lines)
        self.stdout.write(self.style.SUCCESS("Demo accounts created (shown once):"))
        for line in lines:
            self.stdout.write("  " + line)

    def _give_units(self):
        """Each demo account writes for a unit, unless someone has chosen another already."""
        units = {unit.short_code: unit for unit in Unit.objects.all()}
        accounts = get_user_model().objects.filter(username__in=read("accounts")["units"])
        for account in accounts.exclude(unit_membership__isnull=False):
            unit = units.get(read("accounts")["units"][account.username])
            if unit is not None:  # the units come with load_demo
                UnitMember.objects.create(user=account, unit=unit)

    def _remember(self, lines):
        """Keep the generated passwords beside the database, readable by the owner only."""
        var_dir = settings.VAR_DIR
        var_dir.mkdir(parents=True, exist_ok=True)
        path = var_dir / ACCOUNTS_FILE
        with path.open("a", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
        path.chmod(0o600)
        self.stdout.write(f"Also written to {path}")
