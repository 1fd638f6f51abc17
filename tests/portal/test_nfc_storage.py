"""Everything stored is NFC: model text, StreamField bodies, revisions, form input, file names."""

import unicodedata

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Page

from home.models import ContactOfficial, StandardPage
from portal.models import PortalDocument
from tests.home.factories import StandardPageFactory
from tests.portal.sample_files import pdf

pytestmark = pytest.mark.django_db


def nfd(text):
    return unicodedata.normalize("NFD", text)


def is_nfc(text):
    return unicodedata.is_normalized("NFC", text)


def test_model_text_fields_are_stored_nfc():
    official = ContactOfficial.objects.create(
        name=nfd("Nguyễn Thị Hoà"), position=nfd("Chánh Văn phòng"), unit=nfd("Văn phòng")
    )
    stored = ContactOfficial.objects.values_list("name", "position", "unit").get(pk=official.pk)
    assert stored == ("Nguyễn Thị Hoà", "Chánh Văn phòng", "Văn phòng")
    assert all(is_nfc(value) for value in stored)


def test_page_titles_bodies_and_revisions_are_stored_nfc(home):
    page = StandardPageFactory(
        parent=home,
        title=nfd("Cơ cấu tổ chức"),
        body=[("paragraph", nfd("<p>Ban Tuyên giáo Đảng ủy Khối</p>"))],
    )
    revision = page.save_revision()
    stored = StandardPage.objects.get(pk=page.pk)
    assert stored.title == "Cơ cấu tổ chức"
    assert stored.slug == "co-cau-to-chuc"
    assert stored.body.raw_data[0]["value"] == "<p>Ban Tuyên giáo Đảng ủy Khối</p>"
    revision.refresh_from_db()
    assert revision.content["title"] == "Cơ cấu tổ chức"
    assert is_nfc(str(revision.content))


def test_admin_form_input_is_stored_nfc(admin_client, home):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    data = nested_form_data(
        {
            "title": nfd("Lịch sử hình thành"),
            "slug": "lich-su-hinh-thanh",
            "intro": nfd("Đảng bộ Khối được thành lập năm 2020."),
            "body": streamfield(
                [("paragraph", rich_text(nfd("<p>Hợp nhất hai Đảng bộ Khối.</p>")))]
            ),
        }
    )
    response = admin_client.post(f"/admin/pages/add/home/standardpage/{home.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = StandardPage.objects.get(slug="lich-su-hinh-thanh")
    assert page.title == "Lịch sử hình thành"
    assert page.intro == "Đảng bộ Khối được thành lập năm 2020."
    assert "Hợp nhất hai Đảng bộ Khối." in page.body.raw_data[0]["value"]


def test_query_strings_reach_views_nfc(rf):
    from portal.middleware import NormalizeInputMiddleware

    seen = {}

    def view(request):
        seen["q"] = request.GET["q"]
        return None

    request = rf.get("/", {"q": nfd("Nghị quyết")})
    NormalizeInputMiddleware(view)(request)
    assert seen["q"] == "Nghị quyết"


def test_uploaded_file_names_become_ascii_slugs(admin_client):
    upload = SimpleUploadedFile(
        nfd("Kế hoạch tuyên truyền Quý IV.pdf"), pdf([(595, 842, "Ke hoach tuyen truyen")])
    )
    response = admin_client.post(
        "/admin/documents/add/",
        {"title": nfd("Kế hoạch tuyên truyền"), "file": upload, "collection": 1},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    document = PortalDocument.objects.get()
    assert document.title == "Kế hoạch tuyên truyền"
    assert document.file.name.startswith("documents/ke-hoach-tuyen-truyen-quy-iv")
    assert document.file.name.endswith(".pdf")


def test_slug_generated_from_vietnamese_title_when_left_empty(home):
    page = StandardPage(title="Đảng ủy Khối tổ chức Hội nghị")
    home.add_child(instance=page)
    assert page.slug == "dang-uy-khoi-to-chuc-hoi-nghi"
    second = StandardPage(title="Đảng ủy Khối tổ chức Hội nghị")
    home.add_child(instance=second)
    assert second.slug == "dang-uy-khoi-to-chuc-hoi-nghi-2"
    assert Page.objects.filter(slug__startswith="dang-uy-khoi").count() == 2


def test_drafts_get_the_same_vietnamese_slug(home):
    draft = StandardPage(title="Nghị định 42/2022/NĐ-CP", live=False)
    home.add_child(instance=draft)
    assert draft.slug == "nghi-dinh-42-2022-nd-cp"
