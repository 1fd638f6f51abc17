import pytest
from django.test import Client

from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory

from .factories import BROWSER


@pytest.fixture
def reader():
    """An anonymous reader's browser."""
    return Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.10")


@pytest.fixture
def section(home):
    return ArticleIndexPageFactory(parent=home, title="Tin tức", slug="tin-tuc")


@pytest.fixture
def article(section):
    return ArticlePageFactory(parent=section, title="Hội nghị triển khai nhiệm vụ", slug="hoi-nghi")
