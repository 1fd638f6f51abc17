import pytest

from tests.factories import DocumentLibraryPageFactory


@pytest.fixture
def library(home):
    return DocumentLibraryPageFactory(parent=home)
