"""Document uploads are checked by content and size, with a clear Vietnamese message."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import translation

from portal.models import PortalDocument
from tests.portal import sample_files
from tests.portal.factories import pdf_document

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
PDF = sample_files.pdf([(595, 842, "Ke hoach tuyen truyen")])


def upload(client, name, data):
    return client.post(
        "/admin/documents/add/",
        {"title": "Văn bản thử", "file": SimpleUploadedFile(name, data), "collection": 1},
    )


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("ke-hoach.pdf", PDF),
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
        ("gia-mao.pdf", sample_files.html_claiming_pdf()),  # "%PDF-" inside an HTML comment
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
    assert "Không cho phép phần mở rộng" not in html  # no second, confusing error
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
    upload(admin_client, "ke-hoach.pdf", PDF)
    document = PortalDocument.objects.get()
    assert document.url.startswith("/documents/")
    response = admin_client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_media_folder_never_serves_documents(client, admin_client, debug_urls):
    from tests.portal.factories import ImageFactory

    upload(admin_client, "mat.pdf", PDF)
    document = PortalDocument.objects.get()
    assert admin_client.get(f"/media/{document.file.name}").status_code == 404
    assert admin_client.get(document.url).status_code == 200
    image = ImageFactory()
    assert admin_client.get(f"/media/{image.file.name}").status_code == 200


# Documents: checked by what they are, within limits set by the upload itself ---------------


def test_a_pdf_that_pdfium_cannot_open_is_refused(admin_client):
    with translation.override("vi"):
        response = upload(admin_client, "hong.pdf", b"%PDF-1.7\n garbage, no objects at all")
    assert response.status_code == 200
    assert "Tệp PDF này bị hỏng hoặc không đầy đủ" in response.content.decode()
    assert not PortalDocument.objects.exists()


def test_a_pdf_with_a_password_is_refused_with_its_reason(admin_client):
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, encrypt=StandardEncryption("matkhau"))
    canvas.drawString(100, 700, "Tai lieu co mat khau")
    canvas.save()
    with translation.override("vi"):
        response = upload(admin_client, "mat-khau.pdf", buffer.getvalue())
    assert response.status_code == 200
    assert "được bảo vệ bằng mật khẩu" in response.content.decode()
    assert not PortalDocument.objects.exists()


@pytest.mark.parametrize("extension", ["docx", "odt", "xlsx"])
def test_packages_with_thousands_of_parts_are_refused_before_they_are_opened(
    admin_client, extension
):
    data = sample_files.many_entries(extension, entries=3000)
    with translation.override("vi"):
        response = upload(admin_client, f"nhieu-phan.{extension}", data)
    assert response.status_code == 200
    assert f"Tệp .{extension} này chứa hơn 2.000 thành phần" in response.content.decode()
    assert not PortalDocument.objects.exists()


@override_settings(PORTAL_PACKAGE_MAX_XML_SIZE=1024 * 1024)
def test_a_word_file_whose_xml_expands_too_far_is_refused_before_parsing(admin_client):
    data = sample_files.expanding_docx(2 * 1024 * 1024)  # 2 MB of XML in a few KB
    assert len(data) < 64 * 1024
    with translation.override("vi"):
        response = upload(admin_client, "phinh-to.docx", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tệp .docx này khi mở ra chiếm 2,0" in html
    assert not PortalDocument.objects.exists()


def test_uploaded_pdf_and_word_text_is_read_and_searchable(admin_client):
    upload(admin_client, "ke-hoach.pdf", sample_files.pdf([(595, 842, "Ke hoach so 106")]))
    word = sample_files.docx(["Nghị quyết về chuyển đổi số trong cơ quan đảng"])
    upload(admin_client, "nghi-quyet.docx", word)
    pdf, docx = PortalDocument.objects.order_by("pk")
    assert (pdf.text_status, pdf.text, pdf.page_count) == ("ok", "Ke hoach so 106", 1)
    assert docx.text_status == "ok" and "chuyển đổi số" in docx.text
    assert list(PortalDocument.objects.search("chuyển đổi số")) == [docx]


def test_the_upload_only_queues_the_reading_for_the_worker(admin_client, settings):
    """On a real site the request stores the file as "being read"; the worker reads it."""
    from django_tasks_db.management.commands.db_worker import Worker
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }
    response = upload(admin_client, "ke-hoach.pdf", PDF)
    assert response.status_code == 302
    document = PortalDocument.objects.get()
    assert document.text_status == PortalDocument.TextStatus.READING
    assert document.get_text_status_display() == "Đang đọc"
    queued = DBTaskResult.objects.get()
    assert queued.task_path == "portal.tasks.read_document_file"

    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="background",
        startup_delay=False,
        max_tasks=1,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    worker.run_task(DBTaskResult.objects.get())
    document.refresh_from_db()
    assert (document.text_status, document.text) == ("ok", "Ke hoach tuyen truyen")


def test_a_file_the_reader_cannot_finish_is_marked_unreadable_and_kept(admin_client, settings):
    from portal.tasks import read_document_file

    upload(admin_client, "ke-hoach.pdf", PDF)
    document = PortalDocument.objects.get()
    settings.PORTAL_FILE_READER_MEMORY = 1024 * 1024  # the child cannot even start Python
    read_document_file.call(document.pk, document.file.name)  # as the worker runs it
    document.refresh_from_db()
    assert document.text_status == PortalDocument.TextStatus.UNREADABLE
    assert document.file.size == len(PDF)  # the upload itself is never lost


# Images: size read from the header, refused before decoding; damaged files refused ----------


@pytest.fixture
def contributor_client(home):
    from django.test import Client

    from editorial.setup import setup_editorial
    from portal import roles
    from tests.accounts.factories import UserFactory

    setup_editorial()
    client = Client()
    client.force_login(UserFactory(username="congtacvien", roles=[roles.CONTRIBUTOR]))
    return client


def add_image(client, name, data):
    return client.post(
        "/admin/images/add/",
        {"title": "Ảnh thử", "file": SimpleUploadedFile(name, data), "collection": 1},
    )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("dau-png.png", sample_files.png_header_only(), "Ảnh này có quá nhiều điểm ảnh"),
        ("dau-gif.gif", sample_files.gif_header_only(), "Ảnh này có quá nhiều điểm ảnh"),
        ("dong.gif", sample_files.animated_gif(), "Ảnh này có 80.000.000 điểm ảnh"),
        ("cat-doi.jpg", sample_files.jpeg()[:400_000], "Ảnh này bị hỏng hoặc không đầy đủ"),
    ],
)
def test_bombs_and_damaged_images_get_a_clear_error(contributor_client, name, data, message):
    from portal.models import PortalImage

    with translation.override("vi"):
        response = add_image(contributor_client, name, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not PortalImage.objects.exists()


def test_the_multiple_upload_answers_a_bomb_with_its_error(contributor_client):
    """Wagtail's usual "Add images" page posts each file here, as JSON."""
    with translation.override("vi"):
        response = contributor_client.post(
            "/admin/images/multiple/add/",
            {"files[]": SimpleUploadedFile("dau.png", sample_files.png_header_only())},
        )
    assert response.status_code == 200
    answer = response.json()
    assert not answer["success"] and "Ảnh này có quá nhiều điểm ảnh" in answer["error_message"]


@pytest.mark.parametrize(
    ("name", "format_name"),
    [("a.png", "PNG"), ("b.jpg", "JPEG"), ("c.webp", "WEBP"), ("d.gif", "GIF")],
)
def test_ordinary_images_are_accepted(contributor_client, name, format_name):
    from portal.models import PortalImage

    response = add_image(contributor_client, name, sample_files.image(format_name, 640, 480))
    assert response.status_code == 302
    assert (PortalImage.objects.get().width, PortalImage.objects.get().height) == (640, 480)


# Videos and sounds: the container by its signature, the thumbnail a real picture ----------


def add_media(client, kind, name, data, thumbnail=None):
    post = {
        "title": "Video thử",
        "file": SimpleUploadedFile(name, data),
        "collection": 1,
        "duration": "0",
        "tags": "",
    }
    if thumbnail:
        post["thumbnail"] = SimpleUploadedFile(*thumbnail)
    return client.post(f"/admin/media/{kind}/add/", post)


@pytest.mark.parametrize(
    ("kind", "name", "data", "thumbnail", "message"),
    [
        ("video", "clip.mp4", sample_files.html_named_video(), None, "không phải là tệp .mp4"),
        ("video", "clip.webm", sample_files.mp4(), None, "không phải là tệp .webm"),
        ("audio", "bai-hat.mp3", b"<html>not a sound</html>", None, "không phải là tệp .mp3"),
        (
            "video",
            "clip.mp4",
            sample_files.mp4(),
            ("t.png", sample_files.svg_with_script()),
            "Tệp này không phải là ảnh .png thật",
        ),
        (
            "video",
            "clip.mp4",
            sample_files.mp4(),
            ("t.svg", sample_files.svg_with_script()),
            "Tệp này không phải là ảnh .svg thật",
        ),
    ],
)
def test_videos_and_thumbnails_are_checked_by_content(
    contributor_client, kind, name, data, thumbnail, message
):
    from wagtailmedia.models import Media

    with translation.override("vi"):
        response = add_media(contributor_client, kind, name, data, thumbnail)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Media.objects.exists()


@override_settings(PORTAL_MEDIA_MAX_UPLOAD_SIZE=64)
def test_oversized_video_is_refused(contributor_client):
    with translation.override("vi"):
        response = add_media(contributor_client, "video", "dai.mp4", sample_files.mp4())
    assert response.status_code == 200
    assert "dung lượng tối đa" in response.content.decode()


@pytest.mark.parametrize(
    ("kind", "name", "data"),
    [
        ("video", "clip.mp4", sample_files.mp4()),
        ("video", "clip.webm", sample_files.webm()),
        ("audio", "bai-hat.mp3", b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 8),
    ],
)
def test_real_videos_and_sounds_are_accepted(contributor_client, kind, name, data):
    from wagtailmedia.models import Media

    thumbnail = ("anh.jpg", sample_files.image("JPEG")) if kind == "video" else None
    response = add_media(contributor_client, kind, name, data, thumbnail)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Media.objects.get().file.read() == data


def test_a_package_with_a_zip64_end_record_is_refused_before_it_is_opened(
    admin_client, monkeypatch
):
    """zipfile reads the directory a Zip64 record announces, whatever its size."""
    import portal.uploads

    def never(*args, **kwargs):
        raise AssertionError("the zip was opened")

    data = sample_files.with_zip64_end(sample_files.docx(["Văn bản"]))
    monkeypatch.setattr(portal.uploads.zipfile, "ZipFile", never)
    with translation.override("vi"):
        response = upload(admin_client, "zip64.docx", data)
    assert "Tệp .docx này chứa hơn 2.000 thành phần" in response.content.decode()


def test_files_read_before_are_read_again_with_their_pages(db):
    from django.core.management import call_command

    document = pdf_document("Nội dung văn bản cần đọc lại.")
    PortalDocument.objects.filter(pk=document.pk).update(text="một dòng cũ")
    assert [d.pk for d in PortalDocument.objects.defer("text")] == [document.pk]
    call_command("read_document_files", stdout=io.StringIO())
    document.refresh_from_db()
    assert "ĐẢNG ỦY KHỐI\n" in document.text and "cần đọc lại" in document.text
