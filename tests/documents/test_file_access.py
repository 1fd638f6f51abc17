"""A document file is served to readers only while something live uses it, as published.

Live uses: an attachment of a published record, a link in a live page's body, a published
banner or menu entry. Anyone working in the admin gets every file (they preview drafts).
"""

import pytest
from django.core.files.base import ContentFile
from wagtail.models import ReferenceIndex

from demo.pdfs import make_pdf
from navigation.models import Menu
from tests.banners.factories import BannerFactory
from tests.home.factories import StandardPageFactory
from tests.navigation.factories import menu_item
from tests.portal.factories import pdf_document

pytestmark = pytest.mark.django_db


def draft_record(library, number="12-KH/ĐUK"):
    from tests.documents.factories import document_page

    return document_page(library, number, "ke-hoach", "ĐUK", "2025-03-01", publish=False)


def link_to(document):
    return [("paragraph", f'<p><a linktype="document" id="{document.pk}">tệp</a></p>')]


def test_a_linked_file_is_served_from_the_pages_publication_until_it_is_unpublished(
    client, admin_client, home
):
    document = pdf_document(title="Kế hoạch")
    page = StandardPageFactory(parent=home, live=False, body=link_to(document))
    page.save_revision()
    assert client.get(document.url).status_code == 403
    assert admin_client.get(document.url).status_code == 200  # the board previews it

    page.save_revision().publish()
    assert client.get(document.url).status_code == 200

    page.refresh_from_db()
    page.unpublish()
    assert client.get(document.url).status_code == 403


def test_a_file_linked_from_a_live_page_is_served_and_one_in_its_draft_is_not(client, home):
    published, drafted = pdf_document(title="Kế hoạch"), pdf_document(title="Dự thảo")
    page = StandardPageFactory(parent=home, live=False)
    page.body = link_to(published)
    page.save_revision().publish()
    page.body = link_to(drafted)
    page.save_revision()  # a newer draft; the live page still links the first file

    assert client.get(published.url).status_code == 200
    assert client.get(drafted.url).status_code == 403
    # Wagtail's reference index recorded the live link, not the draft's.
    linked = ReferenceIndex.get_references_to(drafted)
    assert not linked.exists()


def test_a_published_menu_or_banner_serves_the_file_it_leads_to(client, home):
    in_menu, on_banner = pdf_document(title="Điều lệ"), pdf_document(title="Thể lệ")
    item = menu_item(label="Điều lệ Đảng")
    item["value"]["document"] = in_menu.pk
    menu = Menu.objects.create(location="footer", items=[item], live=False)
    banner = BannerFactory(target_url="", target_document=on_banner)
    assert client.get(in_menu.url).status_code == 403
    assert client.get(on_banner.url).status_code == 403

    menu.save_revision().publish()
    banner.save_revision().publish()
    assert client.get(in_menu.url).status_code == 200
    assert client.get(on_banner.url).status_code == 200


def test_a_replaced_file_waits_for_the_record_to_be_published_again(client, admin_client, library):
    record = draft_record(library)
    record.save_revision().publish()
    document = record.attachments.get().file
    assert client.get(document.url).status_code == 200

    document.file = ContentFile(make_pdf(["ĐẢNG ỦY KHỐI"], "KHÁC", ["Nội dung khác."]), "khac.pdf")
    document.save()
    assert client.get(document.url).status_code == 403
    assert admin_client.get(document.url).status_code == 200

    record.save_revision().publish()
    assert client.get(document.url).status_code == 200
