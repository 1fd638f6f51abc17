"""Records for the board only never reach readers, search or feeds; their files answer 403."""

import pytest
from django.urls import reverse
from django.utils import translation

from documents.models import DocumentPage
from tests.documents.factories import document_form_data, document_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def records(library):
    return {
        "public": document_page(
            library,
            "05-NQ/ĐUK",
            "nghi-quyet",
            "ĐUK",
            "2024-01-05",
            summary="Về công tác dân vận",
            text="chương trình dân vận khéo",
        ),
        "hidden": document_page(
            library,
            "07-BC/ĐUK",
            "bao-cao",
            "ĐUK",
            "2024-02-06",
            summary="Báo cáo nhân sự nội bộ",
            text="nhân sự dự kiến nội bộ",
            publishable=False,
            publish=False,
        ),
    }


def test_hidden_record_is_absent_from_library_search_and_feed(client, library, records):
    html = client.get(library.url).content.decode()
    assert "Về công tác dân vận" in html
    assert "Báo cáo nhân sự nội bộ" not in html
    feed = client.get(f"{library.url}rss/").content.decode()
    assert "05-NQ/ĐUK" in feed and "07-BC/ĐUK" not in feed
    readers = DocumentPage.objects.live().filter(publishable=True)
    assert records["public"] in readers.search("dân vận khéo")
    assert not list(readers.search("nhân sự dự kiến nội bộ"))


def test_hidden_record_cannot_be_published(library, records):
    from portal.publishing import PublishRefused

    with pytest.raises(PublishRefused):
        records["hidden"].save_revision().publish()


def test_hidden_record_page_is_404_even_if_live(client, records):
    hidden = records["hidden"]
    DocumentPage.objects.filter(pk=hidden.pk).update(live=True)  # a script went around the rules
    hidden.refresh_from_db()
    assert client.get(hidden.url).status_code == 404


def test_hidden_files_answer_403_outside_the_board(client, admin_client, records):
    hidden_file = records["hidden"].attachments.get().file
    public_file = records["public"].attachments.get().file
    assert client.get(hidden_file.url).status_code == 403
    assert client.get(public_file.url).status_code == 200
    assert admin_client.get(hidden_file.url).status_code == 200  # the board still reads it


def test_classified_records_are_refused_outright(admin_client, library):
    from documents.models import DocumentType, Issuer

    data = document_form_data(
        title="Văn bản mật",
        slug="van-ban-mat",
        number="01-BC/ĐUK",
        doc_type=DocumentType.objects.get(slug="bao-cao").pk,
        issuer=Issuer.objects.get(code="ĐUK").pk,
        date_issued="01/02/2024",
        summary="Nội dung mật",
        secrecy="mat",
    )
    url = reverse("wagtailadmin_pages:add", args=("documents", "documentpage", library.pk))
    with translation.override("vi"):
        response = admin_client.post(url, data)  # even as a draft
    assert response.status_code == 200
    assert "Không được đưa văn bản mật" in response.content.decode()
    assert not DocumentPage.objects.filter(slug="van-ban-mat").exists()


def test_a_file_whose_content_is_not_its_name_is_refused(admin_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("ke-hoach.pdf", b"PK\x03\x04 this is a zip")
    response = admin_client.post(
        "/admin/documents/add/", {"title": "Giả PDF", "file": upload, "collection": 1}
    )
    assert response.status_code == 200
    from portal.models import PortalDocument

    assert not PortalDocument.objects.filter(title="Giả PDF").exists()


def test_the_document_form_takes_a_number_as_people_write_it(admin_client, library):
    """The type's name before the number, and a number under 10 without its zero: stored as
    issued, with nothing flagged for the content-health report."""
    data = document_form_data(
        title="Nghị quyết về chính quyền số",
        slug="nq-chinh-quyen-so",
        number="Nghị quyết số 8/2022/NQ-HĐND",  # type and issuer are read from it
        date_issued="13/07/2022",
    )
    url = reverse("wagtailadmin_pages:add", args=("documents", "documentpage", library.pk))
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    page = DocumentPage.objects.get(slug="nq-chinh-quyen-so")
    assert (page.number, page.number_flags) == ("08/2022/NQ-HĐND", "")
    assert page.doc_type.slug == "nghi-quyet-nha-nuoc" and page.issuer.code == "HĐND"
