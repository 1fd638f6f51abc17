"""Background work on uploaded files, out of the request that stored them.

The tasks run on the ``background`` task backend (``TASKS`` in the settings): a database
queue and its worker (``manage.py db_worker --backend background``) on a real site, at once
in the tests. Whichever runs them, the reading itself happens in a child process with
memory and time limits (``portal.extraction``). The document model is looked up by name
(``WAGTAILDOCS_DOCUMENT_MODEL``): the models enqueue these tasks.
"""

from django_tasks import task
from wagtail.documents import get_document_model


@task(backend="background")
def read_document_file(document_id: int, file_name: str) -> None:
    """Read a document's text and page count, unless it was deleted or replaced since."""
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is not None and document.file.name == file_name:
        document.read_contents()


@task(backend="background")
def draw_document_preview(document_id: int, collection_id: int | None = None) -> None:
    """Draw a document's first page as an image, once."""
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is not None:
        document.draw_preview(collection_id)
