"""Publish and unpublish scheduled items every minute (what `make run` keeps running).

Production uses the operating system's timer instead (see the README).
"""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections


class Command(BaseCommand):
    help = "Run publish_scheduled every --interval seconds until stopped."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60)

    def handle(self, *args, interval, **options):
        while True:
            close_old_connections()
            try:
                call_command("publish_scheduled", verbosity=0)
            except Exception as error:  # keep the loop alive; the cause is in the log
                self.stderr.write(f"publish_scheduled failed: {error!r}")
            time.sleep(interval)
