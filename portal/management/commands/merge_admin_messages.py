"""Bring the admin's Vietnamese catalogue (locale/wagtail) in step with the installed Wagtail,
wagtail-modeladmin, wagtailmedia and django-taggit, and say what needs translating.

Run by ``make messages`` after an upgrade: new msgids are listed, with the package's own
Vietnamese (if any) as a fuzzy suggestion; ``--check`` fails while anything is untranslated
or fuzzy, as the tests do.
"""

from django.core.management.base import BaseCommand, CommandError

from portal.admin_catalogue import DOMAINS, merge


class Command(BaseCommand):
    help = "Merge the installed admin packages' msgids into locale/wagtail and report."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Fail if work is left.")
        parser.add_argument("--dry-run", action="store_true", help="Report without writing.")
        parser.add_argument("--list", action="store_true", help="List each entry left to do.")

    def handle(self, *args, check=False, dry_run=False, list=False, **options):
        left = 0
        for domain in DOMAINS:
            report = merge(domain, write=not dry_run)
            self.stdout.write(
                f"{domain}: {report.total} messages, {report.translated} translated, "
                f"{len(report.new)} new, {len(report.untranslated)} untranslated, "
                f"{len(report.fuzzy)} fuzzy, {len(report.dropped)} no longer used"
            )
            if list:
                for label, keys in (("untranslated", report.untranslated), ("fuzzy", report.fuzzy)):
                    for context, msgid in keys:
                        prefix = f"[{context}] " if context else ""
                        self.stdout.write(f"  {label}: {prefix}{msgid!r}")
            left += len(report.untranslated) + len(report.fuzzy)
        if check and left:
            raise CommandError(f"{left} admin messages need translating (make messages).")
