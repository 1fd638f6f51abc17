"""The head tags cost no query: they use what the request already loaded and cached renditions."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from seo.head import HeadTags
from tests.documents.factories import DocumentLibraryPageFactory, document_page
from tests.home.factories import StandardPageFactory
from tests.seo.utils import published_article

pytestmark = pytest.mark.django_db


def warm_count(client, url):
    client.get(url)  # warm-up: renditions made, caches filled
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_head_tags_add_no_query(client, identity, home, section, monkeypatch):
    article = published_article(section)
    about = StandardPageFactory(parent=home)
    library = DocumentLibraryPageFactory(parent=home)
    document = document_page(library, "106-KH/TU", "ke-hoach", "TU", "2025-06-22")
    urls = [home.url, section.url, article.url, about.url, library.url, document.url]
    urls += ["/tim-kiem/", "/tim-kiem/?q=hội+nghị"]
    with_tags = [warm_count(client, url) for url in urls]

    import seo.templatetags.seo_tags

    monkeypatch.setattr(seo.templatetags.seo_tags, "head_tags", lambda context: HeadTags())
    without_tags = [warm_count(client, url) for url in urls]
    assert with_tags == without_tags, dict(
        zip(urls, zip(with_tags, without_tags, strict=True), strict=True)
    )
