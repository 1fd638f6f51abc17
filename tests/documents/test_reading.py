"""A document's text read on its page, page by page: paragraphs rebuilt from a PDF's lines."""

import pytest
from django.core.files.base import ContentFile

from demo.pdfs import make_pdf
from documents.models import DocumentAttachment
from documents.reading import PART_CHARACTERS, text_pages
from portal.extraction import tidy_text
from portal.models import PortalDocument
from tests.documents.factories import document_page

FULL = "Các cấp ủy, tổ chức đảng tiếp tục quán triệt và triển khai thực hiện nghiêm"
BODY_LINES = [FULL, FULL, "các nội dung của nghị quyết.", FULL, "đến từng chi bộ."]


def test_a_pdf_page_is_read_as_paragraphs_not_printed_lines():
    page = "\n".join(["NGHỊ QUYẾT", *BODY_LINES])
    [only] = text_pages(page, from_pdf=True)
    assert only.number == 1
    assert only.paragraphs == [
        "NGHỊ QUYẾT",
        f"{FULL} {FULL} các nội dung của nghị quyết.",
        f"{FULL} đến từng chi bộ.",
    ]


def test_numbered_and_lettered_items_start_their_own_paragraph():
    lines = [FULL, "1. Mục tiêu chung " + FULL[:55], "a) Nâng cao chất lượng " + FULL[:50]]
    [only] = text_pages("\n".join(lines), from_pdf=True)
    assert len(only.paragraphs) == 3
    assert only.paragraphs[1].startswith("1. Mục tiêu")
    assert only.paragraphs[2].startswith("a) Nâng cao")


def test_pages_keep_the_files_numbers_even_after_an_empty_page():
    text = "\f".join(["Trang đầu.", "", "Trang thứ ba."])
    pages = text_pages(text, from_pdf=True)
    assert [(page.number, page.paragraphs) for page in pages] == [
        (1, ["Trang đầu."]),
        (3, ["Trang thứ ba."]),
    ]


def test_a_word_file_is_shown_in_parts_of_whole_paragraphs():
    paragraph = "Đoạn văn của tệp Word. " * 40
    parts = text_pages("\n".join([paragraph] * 12), from_pdf=False)
    assert len(parts) > 1
    for part in parts:
        assert all(text == paragraph for text in part.paragraphs)
        assert sum(map(len, part.paragraphs)) < PART_CHARACTERS + len(paragraph)


def test_tidy_text_keeps_pages_and_lines_and_collapses_spaces():
    assert (
        tidy_text("  Một   dòng \r\n hai\t dòng\n\n\fTrang  hai ")
        == "Một dòng\nhai dòng\fTrang hai"
    )


@pytest.mark.django_db
def test_the_document_page_shows_its_text_page_by_page(client, library):
    record = document_page(library, "05-NQ/ĐUK", "nghi-quyet", "ĐUK", "2024-01-05")
    body = [f"Đoạn {number}: các cấp ủy triển khai nghị quyết. " * 12 for number in range(30)]
    data = make_pdf(["ĐẢNG ỦY KHỐI"], "NGHỊ QUYẾT VỀ CÔNG TÁC", body, "T/M BAN THƯỜNG VỤ")
    file = PortalDocument(title="Nghị quyết 05")
    file.file.save("nghi-quyet-05.pdf", ContentFile(data), save=False)
    file.save()  # read at once in the tests, as the worker does after an upload
    assert file.page_count and file.page_count >= 3
    assert file.text.count("\f") == file.page_count - 1
    record.attachments = [DocumentAttachment(file=file)]
    record.save_revision().publish()

    html = client.get(record.url).content.decode()
    text = html.split('id="toan-van"')[1].split("</section>")[0]
    assert "Toàn văn" in text and "Trang 1" in text
    assert '<p class="document-text-heading">NGHỊ QUYẾT VỀ CÔNG TÁC</p>' in text
    assert "Đoạn 0: các cấp ủy" in text and "Đoạn 29:" not in text
    assert "?page=2#toan-van" in text and "Trang sau" in text
    assert "Tải về" in html  # the file stays downloadable

    last = client.get(record.url, {"page": file.page_count}).content.decode()
    last_text = last.split('id="toan-van"')[1].split("</section>")[0]
    assert f"Trang {file.page_count}" in last_text
    assert "T/M BAN THƯỜNG VỤ" in last_text and "Đoạn 0:" not in last_text
    assert client.get(record.url, {"page": "x<script>"}).status_code == 200


@pytest.mark.django_db
def test_no_text_section_for_a_scan(client, library):
    record = document_page(library, "06-NQ/ĐUK", "nghi-quyet", "ĐUK", "2024-01-05")
    file = record.attachments.get().file
    PortalDocument.objects.filter(pk=file.pk).update(
        text="", text_status=PortalDocument.TextStatus.NO_TEXT
    )
    html = client.get(record.url).content.decode()
    assert 'id="toan-van"' not in html and "Tải về" in html
