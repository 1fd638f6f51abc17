"""sitemap.xml lists what readers may see, each with its last change, and nothing else."""

import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.articles.factories import ArticlePageFactory
from tests.documents.factories import DocumentLibraryPageFactory, document_page
from tests.home.factories import StandardPageFactory
from tests.seo.utils import ROOT, published_article

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.findtext("s:loc", namespaces=NS): url.findtext("s:lastmod", namespaces=NS)
        for url in root.findall("s:url", NS)
    }


def test_sitemap_lists_public_pages_with_their_last_change(client, home, section):
    article = published_article(section, title="Hội nghị Ban Chấp hành")
    about = StandardPageFactory(parent=home, title="Giới thiệu", slug="gioi-thieu")
    about.save_revision().publish()
    library = DocumentLibraryPageFactory(parent=home)
    document = document_page(library, "106-KH/TU", "ke-hoach", "TU", "2025-06-22")
    entries = sitemap(client)
    for page in (home, section, article, about, library, document):
        assert f"{ROOT}{page.url}" in entries, f"{page.title} should be listed"
    for page in (article, about, document):
        page.refresh_from_db()
        # The date in Vietnam, as the sitemap writes it (not the UTC date, a day behind at night).
        lastmod = timezone.localtime(page.last_published_at).date().isoformat()
        assert entries[f"{ROOT}{page.url}"] == lastmod, f"{page.title}: lastmod"


def test_sitemap_leaves_out_private_unpublished_and_hidden_pages(client, home, section):
    shown = published_article(section, title="Tin công khai")
    draft = ArticlePageFactory(parent=section, title="Bản nháp", live=False)
    members = StandardPageFactory(parent=home, title="Dành cho đảng viên", slug="noi-bo")
    inside = StandardPageFactory(parent=members, title="Tài liệu nội bộ", slug="tai-lieu")
    PageViewRestriction.objects.create(
        page=members, restriction_type=PageViewRestriction.PASSWORD, password="matkhau"
    )
    library = DocumentLibraryPageFactory(parent=home)
    board_only = document_page(library, "07-TB/ĐUK", "thong-bao", "ĐUK", "2025-01-02")
    # Published once, then marked for the board only: its page answers 404 (see serve).
    type(board_only).objects.filter(pk=board_only.pk).update(publishable=False)
    assert client.get(board_only.url).status_code == 404

    entries = sitemap(client)
    assert f"{ROOT}{shown.url}" in entries
    for page in (draft, members, inside, board_only):
        assert not any(page.slug in loc for loc in entries), f"{page.title} must not be listed"
    assert not any("/tim-kiem/" in loc for loc in entries), "the search page is not a page"
