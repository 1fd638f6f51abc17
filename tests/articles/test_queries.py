"""Readers' pages issue a fixed number of queries, however much content there is."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import ArticleRelatedLink
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.portal.factories import ImageFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12


def build(home, n):
    """A section with n articles; the last has n tags, n body pictures and n related links."""
    section = ArticleIndexPageFactory(parent=home, title=f"Chuyên mục {n}")
    articles = [ArticlePageFactory(parent=section) for _ in range(n)]
    article = articles[-1]
    pictures = [ImageFactory() for _ in range(n)]
    article.body = [("paragraph", f"<p>Đoạn {i}.</p>") for i in range(n)] + [
        ("image", {"image": picture, "caption": ""}) for picture in pictures
    ]
    article.tags.add(*(f"Từ khóa {n}-{i}" for i in range(n)))
    for other in articles[:-1]:
        ArticleRelatedLink(page=article, target=other).save()
        other.tags.add(f"Từ khóa {n}-0")
        other.save()
    article.save_revision().publish()
    return section, article


def queries(client, url):
    client.get(url)  # warm-up: renditions made, caches filled
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), [q["sql"] for q in captured]


@pytest.mark.parametrize("page", ["article", "section"])
def test_query_count_does_not_grow_with_content(client, home, page):
    small = build(home, 3)
    large = build(home, 30)
    pick = 1 if page == "article" else 0
    small_count, small_sql = queries(client, small[pick].url)
    large_count, large_sql = queries(client, large[pick].url)
    assert small_count == large_count, "\n".join(large_sql)
    assert large_count <= MAX_QUERIES, "\n".join(large_sql)
    print(f"{page}: {large_count} queries")
