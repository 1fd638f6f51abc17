"""A poll list under the home page."""

import pytest

from tests.polls.factories import PollIndexPageFactory


@pytest.fixture
def poll_index(home):
    page = PollIndexPageFactory(parent=home)
    page.save_revision().publish()
    return page


@pytest.fixture(autouse=True)
def quiet_limits(settings):
    """Limits far away unless a test sets its own."""
    settings.INTERACTION_RATE_LIMITS = {"vote": (1000, 3600, 10000)}
