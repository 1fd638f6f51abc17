"""A poll list under the home page."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import gettext, ngettext

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


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def vi(text):
    """``text`` as a Vietnamese reader gets it (the English msgid until it is translated)."""
    with translation.override("vi"):
        return gettext(text)


def votes_text(count, shown=None):
    """ "42 phiếu": the count of votes as the results print it."""
    with translation.override("vi"):
        return ngettext("%(shown)s vote", "%(shown)s votes", count) % {"shown": shown or count}
