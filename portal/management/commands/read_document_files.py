"""Once, after upgrading: read the uploaded files again, keeping their pages and lines.

Files read before kept their text as one line, which search needs but a reader cannot read
page by page on the document's page. This queues the reading of every PDF and Word file
again (the task worker does it, as after an upload); nothing else about them changes.
"""

from django.core.management.base import BaseCommand
from wagtail.documents import get_document_model

from portal.extraction import READABLE
from portal.tasks import read_document_file


class Command(BaseCommand):
    help = "Read the text of every uploaded PDF and Word file again (after upgrading)."

    def handle(self, *args, **options):
        queued = 0
        for document in get_document_model().objects.defer("text").iterator():
            if document.file_extension.lower() in READABLE:
                read_document_file.enqueue(document.pk, document.file.name)
                queued += 1
        self.stdout.write(f"{queued} files queued for reading.")
