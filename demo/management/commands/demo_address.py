"""Point the demo's default Site at the address `make run` serves on (run every time).

Notification mails, feeds, sitemaps and canonical links are built from the Site's hostname
and port; left at Wagtail's "localhost:80" they lead nowhere.
"""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

# Addresses a server listens on but a browser cannot open: links use the loopback instead.
WILDCARD_HOSTS = {"0.0.0.0", "::", "[::]", ""}


def public_host(host: str) -> str:
    """The host a link should name for a server listening on ``host``."""
    return "127.0.0.1" if host.strip() in WILDCARD_HOSTS else host.strip()


class Command(BaseCommand):
    help = "Set the default site's hostname and port to where the demo is served (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)

    def handle(self, *args, **options):
        host, port = public_host(options["host"]), options["port"]
        if not 0 < port < 65536:
            raise CommandError(f"Not a port: {port}")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default site; run migrate first.")
        if (site.hostname, site.port) != (host, port):
            site.hostname, site.port = host, port
            site.save(update_fields=["hostname", "port"])
        self.stdout.write(f"Demo site address: {site.root_url}")
