from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Document library")

    def ready(self):
        from wagtail.signals import page_published

        from .signals import after_document_published

        page_published.connect(after_document_published, dispatch_uid="documents-published")
