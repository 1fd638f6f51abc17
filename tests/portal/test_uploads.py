"""Document uploads are checked by content and size, with a clear Vietnamese message."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import translation

from portal.models import PortalDocument

pytestmark = pytest.mark.django_db

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


def office_zip(*members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


DOCX = office_zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"))
XLSX = office_zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"))
ODT = office_zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>"))


def upload(client, name, data):
    return client.post(
        "/admin/documents/add/",
        {"title": "Văn bản thử", "file": SimpleUploadedFile(name, data), "collection": 1},
    )


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("ke-hoach.pdf", b"%PDF-1.7\n1 0 obj\n"),
        ("bao-cao.docx", DOCX),
        ("so-lieu.xlsx", XLSX),
        ("to-trinh.doc", OLE2),
        ("bang-tinh.xls", OLE2),
        ("du-thao.odt", ODT),
        ("ho-so.zip", office_zip(("a.txt", "nội dung"))),
    ],
)
def test_real_files_are_accepted(admin_client, name, data):
    response = upload(admin_client, name, data)
    assert response.status_code == 302
    assert PortalDocument.objects.count() == 1


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("gia-mao.pdf", b"MZ\x90\x00 this is a program, not a PDF"),
        ("gia-mao.docx", XLSX),  # a spreadsheet renamed .docx
        ("gia-mao.docx", b"%PDF-1.4 renamed"),
        ("gia-mao.doc", b"plain text saved as .doc"),
        ("gia-mao.odt", office_zip(("mimetype", "application/zip"))),
        ("gia-mao.zip", b"not a zip at all"),
    ],
)
def test_files_whose_content_lies_about_their_type_are_refused(admin_client, name, data):
    with translation.override("vi"):
        response = upload(admin_client, name, data)
    assert response.status_code == 200
    assert PortalDocument.objects.count() == 0
    html = response.content.decode()
    assert "Nội dung tệp này không phải là tệp" in html
    assert 'value="Văn bản thử"' in html  # what was typed is kept


def test_disallowed_extension_is_refused(admin_client):
    response = upload(admin_client, "virus.exe", b"MZ\x90\x00")
    assert response.status_code == 200
    assert PortalDocument.objects.count() == 0


@override_settings(PORTAL_DOCUMENT_MAX_UPLOAD_SIZE=1024)
def test_oversized_file_is_refused(admin_client):
    with translation.override("vi"):
        response = upload(admin_client, "lon.pdf", b"%PDF-1.4\n" + b"0" * 2048)
    assert response.status_code == 200
    assert PortalDocument.objects.count() == 0
    assert "dung lượng tối đa" in response.content.decode()


def test_documents_are_served_through_wagtail_not_the_media_folder(client, admin_client):
    upload(admin_client, "ke-hoach.pdf", b"%PDF-1.7\n1 0 obj\n")
    document = PortalDocument.objects.get()
    assert document.url.startswith("/documents/")
    response = admin_client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_media_folder_never_serves_documents(client, admin_client, debug_urls):
    from tests.factories import ImageFactory

    upload(admin_client, "mat.pdf", b"%PDF-1.7\n1 0 obj\n")
    document = PortalDocument.objects.get()
    assert admin_client.get(f"/media/{document.file.name}").status_code == 404
    assert admin_client.get(document.url).status_code == 200
    image = ImageFactory()
    assert admin_client.get(f"/media/{image.file.name}").status_code == 200
