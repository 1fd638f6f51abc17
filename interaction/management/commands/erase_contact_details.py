"""Run daily (cron or a systemd timer): erases readers' contact details after the retention
period set under Settings › Reader messages; messages and answers stay."""

from django.core.management.base import BaseCommand

from interaction.models import InteractionSettings
from interaction.retention import erase_expired_contacts, expired_contacts


class Command(BaseCommand):
    help = "Erase readers' names, units, emails and phones older than the retention period."

    def add_arguments(self, parser):
        parser.add_argument(
            "--months", type=int, help="Use this period instead of the one in the settings."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be erased."
        )

    def handle(self, *args, months=None, dry_run=False, **options):
        if months is None:
            months = InteractionSettings.load().contact_retention_months
        if dry_run:
            count = expired_contacts(months).count()
            self.stdout.write(f"{count} messages hold contact details older than {months} months.")
            return
        count = erase_expired_contacts(months)
        self.stdout.write(f"Erased the contact details of {count} messages (over {months} months).")
