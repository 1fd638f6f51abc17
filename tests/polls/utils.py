"""Reading poll pages as a Vietnamese reader sees them."""

from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import gettext, ngettext


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
