"""Write the visit counts waiting in Redis to the database (run every minute by a timer)."""

from django.core.management.base import BaseCommand

from visits import buffer


class Command(BaseCommand):
    help = "Write the visit counts waiting in Redis to the database (nothing without Redis)."

    def handle(self, *args, **options):
        if not buffer.uses_redis():
            self.stdout.write("No Redis: visits are counted in the database directly.")
            return
        written = buffer.flush()
        self.stdout.write(f"{written} visits written to the database.")
