"""python manage.py import_documents FILE --files DIR"""

from django.core.management.base import BaseCommand, CommandError

from documents.importer import DocumentImporter, read_rows
from documents.models import DocumentLibraryPage
from portal.publishing import direct_publishing


class Command(BaseCommand):
    help = "Import documents from an .xlsx or .csv file (one row per document)."

    def add_arguments(self, parser):
        parser.add_argument("file", help=".xlsx, or .csv in UTF-8 (comma or semicolon)")
        parser.add_argument("--files", default="", help="folder holding the attached files")
        parser.add_argument("--library", default="", help="slug of the library page")

    def handle(self, *args, file, files, library, verbosity=1, **options):
        libraries = DocumentLibraryPage.objects.all()
        target = (libraries.filter(slug=library) if library else libraries).first()
        if target is None:
            raise CommandError("No document library page: create one in the admin first.")
        try:
            rows = read_rows(file)
        except (OSError, UnicodeDecodeError, ValueError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        importer = DocumentImporter(target, files, stdout=self.stdout if verbosity else None)
        # Run from the server by whoever administers it: records marked for publication go
        # live without the editorial workflow, as the import's spreadsheet says.
        with direct_publishing("import_documents"):
            report = importer.run(rows)
        for line, number, reason in report.rejected:
            self.stderr.write(f"Line {line} ({number}): {reason}")
        self.stdout.write(
            self.style.SUCCESS(
                f"{report.created} created, {report.updated} updated, "
                f"{report.unchanged} unchanged, "
                f"{len(report.rejected)} rejected in {report.seconds:.1f} s "
                f"({report.per_second:.1f} documents per second)."
            )
        )
