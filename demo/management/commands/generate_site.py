"""``generate_site --articles N --documents M``: a large site for benchmarks, in minutes."""

import sys

from django.core.management.base import BaseCommand

from demo.generated_site import SiteGenerator
from portal.publishing import direct_publishing
from search.indexing import tidy_after_bulk_writes


class Command(BaseCommand):
    help = (
        "Add N generated live articles and M generated documents (realistic Vietnamese text) "
        "in bulk, and index them for site search. For benchmarks, not for a real site."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=0)
        parser.add_argument("--documents", type=int, default=0)
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, articles, documents, seed, verbosity, **options):
        def progress(label, done, total):
            if verbosity:
                end = "\n" if done == total else ""
                self.stdout.write(f"\r{label}: {done}/{total}", ending=end)
                sys.stdout.flush()

        generator = SiteGenerator(seed=seed, progress=progress)
        with direct_publishing("generate_site"):  # benchmark content, never a real site
            if articles:
                generator.add_articles(articles)
            if documents:
                generator.add_documents(documents)
            timings = generator.finish()
        tidy_after_bulk_writes()
        if verbosity:
            self.stdout.write(
                f"pages written: {timings.pages} in {timings.page_seconds:.1f} s; "
                f"indexed: {timings.indexed} in {timings.index_seconds:.1f} s "
                f"({timings.indexed / max(timings.index_seconds, 1e-9):.0f} pages/s)"
            )
