"""A photo and video library under the home page."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import GalleryIndexPageFactory


@pytest.fixture
def gallery(home):
    page = GalleryIndexPageFactory(parent=home)
    page.save_revision().publish()
    return page


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")
