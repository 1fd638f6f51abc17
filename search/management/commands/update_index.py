"""``update_index``: the site-search index first, then Wagtail's own (used by the admin)."""

import time

from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndex

from search.indexing import rebuild


class Command(WagtailUpdateIndex):
    help = "Rebuild the site-search index, then Wagtail's search index."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--site-search-only",
            action="store_true",
            help="Rebuild only the site-search index (not Wagtail's admin index).",
        )

    def handle(self, **options):
        self.verbosity = options["verbosity"]
        started = time.monotonic()
        shown = [-1]

        def progress(done, total):
            percent = done * 100 // total if total else 100
            if percent != shown[0] and self.verbosity:
                shown[0] = percent
                self.stdout.write(f"\rsite search: {done}/{total} pages ({percent}%)", ending="")
                self.stdout.flush()

        count = rebuild(progress)
        seconds = time.monotonic() - started
        if self.verbosity:
            self.stdout.write(f"\nsite search: indexed {count} pages in {seconds:.1f} s")
        if not options["site_search_only"]:
            super().handle(**options)
