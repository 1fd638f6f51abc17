"""A photo and video library under the home page."""

import pytest

from tests.gallery.factories import GalleryIndexPageFactory


@pytest.fixture
def gallery(home):
    page = GalleryIndexPageFactory(parent=home)
    page.save_revision().publish()
    return page
