"""Create or update the editorial groups, their permissions and the workflows."""

from django.core.management.base import BaseCommand

from editorial.setup import setup_editorial


class Command(BaseCommand):
    help = "Create or update editorial groups, permissions and workflows (safe to run again)."

    def handle(self, *args, **options):
        for workflow in setup_editorial():
            steps = " → ".join(task.name for task in workflow.tasks)
            self.stdout.write(f"{workflow.name}: {steps}")
