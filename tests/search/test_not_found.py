"""The 404 page: a search box and the newest articles, to go on from somewhere."""

import datetime
import re

import pytest
from django.utils import timezone

from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory

pytestmark = pytest.mark.django_db


def at(day):
    return timezone.make_aware(datetime.datetime(2026, 11, day, 8, 0))


def test_the_404_page_offers_a_search_and_the_newest_articles(client, home):
    section = ArticleIndexPageFactory(parent=home, title="Tin tức")
    for day in range(1, 8):
        ArticlePageFactory(parent=section, title=f"Tin số {day}", date=at(day))
    hidden = ArticlePageFactory(parent=section, title="Tin đã gỡ", date=at(20))
    hidden.unpublish()
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    html = response.content.decode()
    form = re.search(r'<form class="not-found-search".*?</form>', html, re.S).group(0)
    assert 'action="/tim-kiem/"' in form and 'name="q"' in form
    assert "Tìm nội dung bạn cần" in form
    newest = html.split('id="newest-heading"')[1].split("</aside>")[0]
    assert "Tin mới nhất" in html
    titles = [f"Tin số {day}" for day in (7, 6, 5, 4, 3)]
    assert [title for title in titles if title in newest] == titles
    assert newest.index("Tin số 7") < newest.index("Tin số 3"), "newest first"
    assert "Tin số 2" not in newest and "Tin đã gỡ" not in newest


def test_the_404_page_without_articles_still_offers_the_search(client, home):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'id="not-found-q"' in html and "newest-heading" not in html
