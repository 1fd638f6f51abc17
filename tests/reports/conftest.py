import pytest

from portal import roles
from tests.accounts.factories import UserFactory
from tests.editorial.fixtures import board, section, workflows  # noqa: F401
from tests.reports.factories import build_year


@pytest.fixture
def year(home):
    return build_year(home)


@pytest.fixture
def chief(year):
    """The chief editor, with the hand-counted year in the database."""
    return UserFactory(username="truongban-thu", roles=[roles.CHIEF_EDITOR])
