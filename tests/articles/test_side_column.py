"""Sections and articles have a side column: the site's newest news and newest documents."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from articles.templatetags.article_tags import NEWEST_COUNT
from documents.models import DocumentPage
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.documents.factories import DocumentLibraryPageFactory, document_page

pytestmark = pytest.mark.django_db

# Queries of a section or an article page with its side column, warmed up; the same at any size.
MAX_QUERIES = 12


def side_column(html: str) -> str:
    match = re.search(r'<aside class="page-aside".*?</aside>', html, re.S)
    assert match, "the page has a side column (aside.page-aside)"
    return match.group(0)


def news_box(html: str) -> str:
    match = re.search(r'<section class="aside-box newest-articles".*?</section>', html, re.S)
    assert match, "the side column has the newest news"
    return match.group(0)


def hours_ago(hours: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(hours=hours)


@pytest.fixture
def news(home):
    """Two sections; eight live articles, newest first, and a draft and a private one newer."""
    first = ArticleIndexPageFactory(parent=home, title="Tin tức – Sự kiện")
    second = ArticleIndexPageFactory(parent=home, title="Xây dựng Đảng")
    articles = [
        ArticlePageFactory(
            parent=first if n % 2 else second, title=f"Tin mới số {n}", date=hours_ago(10 + n)
        )
        for n in range(8)
    ]
    draft = ArticlePageFactory(parent=first, title="Tin chưa đăng", date=hours_ago(1), live=False)
    private = ArticlePageFactory(parent=second, title="Tin nội bộ", date=hours_ago(2))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return first, second, articles, [draft, private]


@pytest.fixture
def documents(home):
    library = DocumentLibraryPageFactory(parent=home)
    shown = [
        document_page(library, f"{n}-NQ/ĐUK", "nghi-quyet", "ĐUK", f"2026-0{n}-15") for n in (1, 2)
    ]
    draft = document_page(library, "9-KH/ĐUK", "ke-hoach", "ĐUK", "2026-09-01", publish=False)
    # Published, then marked for the board only (a live record may still be taken back so).
    board_only = document_page(library, "8-BC/ĐUK", "bao-cao", "ĐUK", "2026-08-01")
    DocumentPage.objects.filter(pk=board_only.pk).update(publishable=False)
    private = document_page(library, "7-BC/ĐUK", "bao-cao", "ĐUK", "2026-07-01")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return library, shown, [draft, board_only, private]


def test_a_section_shows_the_sites_newest_news_and_documents(client, news, documents):
    first, second, articles, unseen = news
    library, shown, hidden = documents
    aside = side_column(client.get(first.url).content.decode())

    assert 'aria-label="Tin mới và văn bản mới"' in aside
    assert "Tin mới</h2>" in aside and "Văn bản mới</h2>" in aside
    for article in articles[:NEWEST_COUNT]:  # from both sections
        assert article.title in aside, f"“{article.title}” is among the site's newest news"
    for article in articles[NEWEST_COUNT:] + unseen:
        assert article.title not in aside, f"“{article.title}” is not in the side column"
    for document in shown:
        assert document.number in aside, f"the document {document.number} is among the newest"
    for document in hidden:
        assert document.number not in aside, f"the document {document.number} is not shown"
    assert f'href="{library.url}"' in aside, "the documents box links to the library"


def test_an_article_leaves_itself_out_of_the_newest_news(client, news, documents):
    articles = news[2]
    newest = articles[0]
    box = news_box(side_column(client.get(newest.url).content.decode()))

    assert newest.title not in box, "the article being read is not in its own side column"
    listed = re.findall(r"<li>", box)
    assert len(listed) == NEWEST_COUNT, "the next newest fill the list"
    assert articles[NEWEST_COUNT].title in box


def test_the_side_column_comes_after_the_main_column(client, news, documents):
    """On phones it follows the content: the page's source order is the reading order."""
    html = client.get(news[2][3].url).content.decode()
    assert html.index('<article class="prose article"') < html.index('<aside class="page-aside"')


def test_without_news_or_documents_the_boxes_are_left_out(client, home):
    section = ArticleIndexPageFactory(parent=home)
    aside = side_column(client.get(section.url).content.decode())
    assert "aside-box" not in aside


def warm_queries(client, url: str, django_assert_max_num_queries) -> int:
    """The queries of ``url`` once caches are filled and renditions made."""
    client.get(url)
    with django_assert_max_num_queries(MAX_QUERIES) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("kind", ["section", "article"])
def test_the_side_column_costs_the_same_queries_however_much_there_is(
    client, home, kind, django_assert_max_num_queries
):
    library = DocumentLibraryPageFactory(parent=home)
    section = ArticleIndexPageFactory(parent=home)
    article = ArticlePageFactory(parent=section, date=hours_ago(100))
    url = section.url if kind == "section" else article.url
    few = warm_queries(client, url, django_assert_max_num_queries)
    for n in range(20):
        ArticlePageFactory(parent=section, date=hours_ago(n))
        document_page(library, f"{n + 1}-CV/ĐUK", "cong-van", "ĐUK", "2026-10-01")
    many = warm_queries(client, url, django_assert_max_num_queries)
    assert many == few, f"the {kind} page made {few} queries, then {many} with more content"
