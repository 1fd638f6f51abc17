"""A document's page: metadata, files with their first page, relations both ways, articles."""

import pytest
from django.core.files.base import ContentFile

from documents.models import DocumentRelation
from portal.models import PortalDocument
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.documents.factories import document_page

pytestmark = pytest.mark.django_db


def test_metadata_files_relations_and_articles(
    client, home, library, django_capture_on_commit_callbacks
):
    nd43 = document_page(
        library,
        "43/2011/NĐ-CP",
        "nghi-dinh",
        "CP",
        "2011-06-13",
        summary="Về cung cấp thông tin trên trang thông tin điện tử",
        signer="Nguyễn Văn Ký",
        signer_position="Thủ tướng",
    )
    nd42 = document_page(library, "42/2022/NĐ-CP", "nghi-dinh", "CP", "2022-06-24")
    DocumentRelation.objects.create(page=nd42, target=nd43, kind="replaces")
    section = ArticleIndexPageFactory(parent=home)
    with django_capture_on_commit_callbacks(execute=True):  # the reference index updates
        ArticlePageFactory(
            parent=section,
            title="Triển khai Nghị định mới",
            body=[("document_link", {"document": nd42, "label": ""})],
        )
    html = client.get(nd43.url).content.decode()
    for text in (
        "43/2011/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "13/06/2011",
        "Nguyễn Văn Ký, Thủ tướng",
        "Hết hiệu lực toàn bộ",
        "Tải về",
        "PDF",
    ):
        assert text in html, text
    assert "Bị thay thế bởi" in html and nd42.url in html
    assert "file-preview" in html  # a picture of the PDF first page, drawn on the server
    assert "<iframe" not in html and "<embed" not in html

    html42 = client.get(nd42.url).content.decode()
    assert "Thay thế" in html42 and nd43.url in html42
    assert "Triển khai Nghị định mới" in html42  # the article that links to it


def test_first_page_picture_only_for_published_records(library):
    hidden = document_page(
        library, "07-BC/ĐUK", "bao-cao", "ĐUK", "2024-02-06", publishable=False, publish=False
    )
    assert hidden.attachments.get().file.preview is None
    public = document_page(library, "05-NQ/ĐUK", "nghi-quyet", "ĐUK", "2024-01-05")
    preview = public.attachments.get().file.preview
    assert preview is not None and preview.width == 1000


def test_scanned_and_broken_files_are_reported_never_fatal():
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (600, 800), "white").save(buffer, "PDF")  # a scan: pictures, no text
    scanned = PortalDocument(title="Bản quét")
    scanned.file.save("ban-quet.pdf", ContentFile(buffer.getvalue()), save=False)
    scanned.save()
    assert scanned.text_status == PortalDocument.TextStatus.NO_TEXT

    broken = PortalDocument(title="Hỏng")
    broken.file.save("hong.pdf", ContentFile(b"%PDF-1.7\n garbage"), save=False)
    broken.save()
    assert broken.text_status == PortalDocument.TextStatus.UNREADABLE


def test_file_text_is_searchable_in_the_admin(admin_client, library):
    document_page(
        library,
        "106-KH/TU",
        "ke-hoach",
        "TU",
        "2015-06-22",
        text="ứng dụng công nghệ thông tin trong hoạt động của các cơ quan đảng",
    )
    files = PortalDocument.objects.search("hoạt động của các cơ quan đảng")
    assert [f.title for f in files] == ["Tệp 106-KH/TU"]
    html = admin_client.get("/admin/documents/", {"q": "hoạt động của các cơ quan đảng"})
    assert "Tệp 106-KH/TU" in html.content.decode()


def test_admin_page_search_finds_a_record_by_a_phrase_of_its_pdf(admin_client, library):
    document_page(
        library,
        "106-KH/TU",
        "ke-hoach",
        "TU",
        "2015-06-22",
        text="ứng dụng công nghệ thông tin trong hoạt động của các cơ quan đảng",
    )
    response = admin_client.get("/admin/pages/search/", {"q": "hoạt động của các cơ quan đảng"})
    assert "Văn bản 106-KH/TU" in response.content.decode()
