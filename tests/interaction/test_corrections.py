"""Báo lỗi nội dung: a link under every article and document opens a form on its own
address; the report reaches the inbox tied to the page and the revision the reader read."""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from interaction.models import ReaderMessage
from portal.publishing import direct_publishing
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.documents.factories import DocumentLibraryPageFactory, document_page
from tests.home.factories import StandardPageFactory
from tests.interaction.factories import filled
from tests.portal.factories import FIXTURES

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(home):
    section = ArticleIndexPageFactory(parent=home)
    page = ArticlePageFactory(parent=section, title="Hội nghị tổng kết năm 2026")
    page.save_revision().publish()
    page.refresh_from_db()
    return page


REPORT = {
    "text": "Bài ghi hội nghị ngày 12/11, đúng ra là ngày 21/11.",
    "suggested_fix": "Sửa thành ngày 21/11/2026.",
}


def test_the_article_links_to_the_form_and_carries_no_reader_token(client, article):
    html = client.get(article.url).content.decode()
    assert f'href="/bao-loi/{article.pk}/"' in html and "Báo lỗi nội dung" in html
    # The article page stays cacheable by anyone: no per-reader token in it.
    assert "csrfmiddlewaretoken" not in html


def test_a_report_is_saved_with_the_page_and_the_revision_read(client, article):
    form = client.get(f"/bao-loi/{article.pk}/")
    assert article.title in form.content.decode()
    assert form["Cache-Control"] == "private, no-store"
    response = client.post(f"/bao-loi/{article.pk}/", filled(REPORT))
    assert response.status_code == 302
    report = ReaderMessage.objects.get()
    assert report.kind == "correction"
    assert report.page_id == article.pk and report.revision_id == article.live_revision_id
    assert report.page_title == article.title
    assert report.suggested_fix == "Sửa thành ngày 21/11/2026."
    assert not report.has_contact and report.consent_at is None  # anonymous is fine
    assert report.code.startswith("BL-")


def test_contact_details_need_consent(client, article):
    response = client.post(f"/bao-loi/{article.pk}/", filled({**REPORT, "email": "a@example.vn"}))
    assert response.status_code == 200 and "Hãy đánh dấu đồng ý" in response.content.decode()
    assert not ReaderMessage.objects.exists()


def test_the_document_page_has_the_link_too(client, home):
    library = DocumentLibraryPageFactory(parent=home)
    page = document_page(library, "106-KH/TU", "ke-hoach", "TU", "2026-03-02")
    assert f"/bao-loi/{page.pk}/" in client.get(page.url).content.decode()
    assert client.get(f"/bao-loi/{page.pk}/").status_code == 200


def test_only_live_public_articles_and_documents_can_be_reported(client, home, article):
    other = StandardPageFactory(parent=home)
    assert client.get(f"/bao-loi/{other.pk}/").status_code == 404
    assert client.get("/bao-loi/999999/").status_code == 404
    PageViewRestriction.objects.create(page=article, restriction_type="login")
    assert client.get(f"/bao-loi/{article.pk}/").status_code == 404
    article.unpublish()
    assert Client().post(f"/bao-loi/{article.pk}/", filled(REPORT)).status_code == 404
    assert not ReaderMessage.objects.exists()


def test_the_rate_limit_trips_at_the_configured_count(client, article, settings):
    settings.INTERACTION_RATE_LIMITS = {"correction": (2, 3600, 10)}
    codes = [client.post(f"/bao-loi/{article.pk}/", filled(REPORT)).status_code for _ in range(3)]
    assert codes == [302, 302, 429]
    assert ReaderMessage.objects.count() == 2


def test_the_editor_compares_what_the_reader_read_with_the_live_page(
    client, article, board, editor_client
):
    client.post(f"/bao-loi/{article.pk}/", filled(REPORT))
    report = ReaderMessage.objects.get()
    article.title = "Hội nghị tổng kết năm 2026 (đã sửa ngày)"
    with direct_publishing(FIXTURES):  # the correction, as the board's workflow would publish it
        article.save_revision().publish()
    html = editor_client.get(f"/admin/interaction/readermessage/edit/{report.pk}/").content.decode()
    compare = f"/admin/pages/{article.pk}/revisions/compare/{report.revision_id}...live/"
    assert compare in html and f"/admin/pages/{article.pk}/edit/" in html
    diff = editor_client.get(compare)
    assert diff.status_code == 200 and "đã sửa ngày" in diff.content.decode()
