"""The document library and its records for the tests."""

import datetime

import wagtail_factories

from documents.models import DocumentAttachment, DocumentPage, DocumentType, Issuer
from portal.publishing import direct_publishing
from tests.portal.factories import FIXTURES, pdf_document


class DocumentLibraryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = "documents.DocumentLibraryPage"

    title = "Văn bản"
    slug = "van-ban"


def document_page(
    library,
    number,
    type_slug,
    issuer,
    date,
    summary="Về công tác xây dựng Đảng",
    publish=True,
    text=None,
    **fields,
):
    """A complete library record with one PDF, published unless told otherwise."""
    page = DocumentPage(
        title=f"Văn bản {number}",
        number=number,
        doc_type=DocumentType.objects.get(slug=type_slug),
        issuer=Issuer.objects.get(code=issuer),
        date_issued=datetime.date.fromisoformat(date) if isinstance(date, str) else date,
        summary=summary,
        live=False,
        **fields,
    )
    library.add_child(instance=page)
    page.attachments = [
        DocumentAttachment(file=pdf_document(text or summary, title=f"Tệp {number}"))
    ]
    page.save()
    revision = page.save_revision()
    if publish:
        with direct_publishing(FIXTURES):
            revision.publish()
        page.refresh_from_db()
    return page


def document_form_data(**fields):
    """What the admin's document form posts: one file, no relations; ``fields`` over it."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    return nested_form_data(
        {
            "title": "Văn bản",
            "slug": "van-ban-moi",
            "summary": "Về công tác xây dựng Đảng",
            "publishable": "on",
            "attachments": inline_formset([{"file": pdf_document().pk, "label": ""}]),
            "relations": inline_formset([]),
            "comments": inline_formset([]),
            **fields,
        }
    )
