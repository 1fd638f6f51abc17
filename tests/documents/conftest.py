import pytest

from tests.documents.factories import DocumentLibraryPageFactory


@pytest.fixture
def library(home):
    return DocumentLibraryPageFactory(parent=home)
