"""Signal handlers of the document library."""

from wagtail.search.index import insert_or_update_object

from .models import DocumentPage


def after_document_published(sender, instance, **kwargs):
    """Published records: index their files' text, draw each PDF's first page (once).

    The search index is updated when the page row is saved, before its files are; it is
    updated again here, once everything is in place.
    """
    if not isinstance(instance, DocumentPage):
        return
    insert_or_update_object(instance)
    if instance.publishable and not instance.secrecy:
        for attachment in instance.attachments.select_related("file"):
            attachment.file.ensure_preview()
