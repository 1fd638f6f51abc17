"""What a page gives the site's search index, declared here so that pages can answer for
themselves and the search app need not know every page type.

A page type is found by site search when it has a ``search_record`` method
(``SearchablePage``); the search app (search.indexing) writes the record into its index. A
type may also have a ``prepare_for_search_index(queryset)`` class method that fetches at once
what ``search_record`` reads when many pages are indexed together.
"""

import datetime
import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from django.utils import timezone

if TYPE_CHECKING:
    from wagtail.blocks import StreamValue
    from wagtail.models import Page

_TAGS = re.compile(r"<[^>]+>")
# Keys of StreamField values that hold ids, addresses or choices, not words for readers.
_NOT_TEXT = {"image", "images", "document", "page", "url", "video", "poster", "level", "type", "id"}


@dataclass(frozen=True)
class SearchRecord:
    """A page as the index holds it; ``kind`` is one of ``search.models.SearchEntry.Kind``."""

    kind: str
    summary: str
    # Every word the page is found by. A result shows its title apart, and its passage is
    # this text without the title it may begin with.
    text: str
    date: datetime.datetime | None
    section: str = ""  # shown under the result: the section, or a document's issuer
    number_key: str = ""  # a document's number, as documents.vocabulary reads it
    # Words ranked as part of the title and left out of the passage: a document's type.
    title_words: str = ""
    # Words the page is also found by that its result shows apart, not in the passage: a
    # document's number and issuer.
    labels: str = ""


class IndexLookups(Protocol):
    """What a record needs from other tables: read once per chunk when pages are indexed in
    bulk, or page by page when one page changes."""

    def section_title(self, page: "Page") -> str:
        """The title of the page above ``page``."""
        ...

    def file_text(self, page: "Page") -> str:
        """The text read from the files attached to ``page``."""
        ...


@runtime_checkable
class SearchablePage(Protocol):
    def search_record(self, lookups: IndexLookups) -> SearchRecord | None:
        """The page's record (the page is live, specific), or None to leave it out."""
        ...


def _stream_text(value: object, found: list[str]) -> list[str]:
    if isinstance(value, str):
        found.append(html.unescape(_TAGS.sub(" ", value)))
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in _NOT_TEXT:
                _stream_text(item, found)
    elif isinstance(value, list):
        for item in value:
            _stream_text(item, found)
    return found


def body_text(stream_value: "StreamValue") -> str:
    """The words readers see in a StreamField value, without markup."""
    raw = list(stream_value.raw_data)  # a RawDataView, not a list
    return " ".join(" ".join(_stream_text(raw, [])).split())


def start_of(day: datetime.date) -> datetime.datetime:
    """Midnight of ``day`` in the site's time zone: a date as a record's date."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))
