"""Admin for the document taxonomies, file protection, first-page pictures."""

from django.contrib import admin, messages
from django.db.models import Count
from django.http import HttpResponseForbidden
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail_modeladmin.options import ModelAdminGroup, modeladmin_register

from portal import public_files
from portal.modeladmin import StrictModelAdmin

from .models import DocumentField, DocumentPage, DocumentType, Issuer


class CountedModelAdmin(StrictModelAdmin):
    """Every value is listed with its number of documents, zero included."""

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(document_count=Count("documents"))

    @admin.display(description=pgettext_lazy("library", "documents"))
    def document_count(self, obj):
        return obj.document_count


class DocumentTypeAdmin(CountedModelAdmin):
    model = DocumentType
    menu_icon = "tag"
    list_display = ("name", "system", "symbols", "document_count")
    list_filter = ("system",)
    search_fields = ("name", "symbols")
    prepopulated_fields = {"slug": ("name",)}


class IssuerAdmin(CountedModelAdmin):
    model = Issuer
    menu_icon = "group"
    list_display = ("code", "name", "system", "parent", "local", "active", "document_count")
    list_filter = ("system", "active")
    search_fields = ("code", "name")


class DocumentFieldAdmin(CountedModelAdmin):
    model = DocumentField
    menu_icon = "folder-inverse"
    list_display = ("name", "document_count")
    search_fields = ("name",)


class DocumentTaxonomyGroup(ModelAdminGroup):
    menu_label = _("Document lists")
    menu_icon = "folder-open-inverse"
    menu_order = 205
    items = (DocumentTypeAdmin, IssuerAdmin, DocumentFieldAdmin)


modeladmin_register(DocumentTaxonomyGroup)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_an_open_ended_period(request, page):
    """A plan or programme naming its period but given no expiry date: say so on saving."""
    if isinstance(page, DocumentPage):
        problem = page.period_problem()
        if problem:
            messages.warning(request, problem)


def _belongs_to_hidden_record(file):
    """True when the file is attached to a record readers may not see."""
    hidden = DocumentPage.objects.filter(attachments__file=file).exclude(
        live=True, publishable=True, secrecy=""
    )
    return hidden.exists()


@hooks.register("before_serve_document")
def protect_unpublished_files(file, request):
    """Readers get a file only while something live uses it (a published record's
    attachment, a link in a live page, a published banner or menu), as published, and never
    one of a record for the board. Anyone working in the admin gets every file (previews)."""
    if public_files.may_see_unpublished(request.user):
        return None
    if _belongs_to_hidden_record(file) or not public_files.readers_may_fetch(file):
        return HttpResponseForbidden("403")
    return None
