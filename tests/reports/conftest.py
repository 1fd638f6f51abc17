import pytest

from tests.editorial.fixtures import board, section, workflows  # noqa: F401
from tests.reports.factories import build_year


@pytest.fixture
def year(home):
    return build_year(home)
