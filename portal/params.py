"""Reading the query string of a public page: every value parsed defensively, one way.

A reader, a crawler or a probe may send anything: a year of 23 digits, ``1e309``, NUL bytes,
5,000 characters, the same name twice. Every public view reads its parameters through
``query_params(request)``, whose readers never raise: bad input gives the default, and the
view decides what the default means (the whole listing, an empty one, the first page).

- A repeated name counts by its last value, as ``QueryDict.get`` does everywhere in Django.
- Control characters (NUL included) become spaces; values are cut to what the site uses.
- Numbers are ASCII digits only: ``int()`` would also read "２０２４" and "٢", and
  ``str.isdigit()`` accepts "²", which ``int()`` then refuses.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Collection, Iterable

from django.http import HttpRequest, QueryDict

# The dates a public filter or address may name: wider than anything the site publishes,
# and far from the ends of Python's dates (years 1 and 9999), where adding a week or
# shifting to UTC overflows.
EARLIEST_DATE = datetime.date(1900, 1, 1)
LATEST_DATE = datetime.date(2100, 12, 31)
YEARS = range(EARLIEST_DATE.year, LATEST_DATE.year + 1)
TEXT_LENGTH = 100  # longer than any slug, code or number a filter compares with
LAST_PAGE = 10_000  # a page number past this is taken as this (a paginator shows its last)
_NUMBER_LENGTH = 30
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_WHOLE_NUMBER = re.compile(r"-?[0-9]+")


def whole_number(value: str) -> int | None:
    """``value`` as an integer when it is one in ASCII digits (at most 30 of them)."""
    value = value.strip()
    if len(value) > _NUMBER_LENGTH or not _WHOLE_NUMBER.fullmatch(value):
        return None
    return int(value)


class QueryParams:
    """The parameters of one request, read only through methods that cannot fail."""

    def __init__(self, query: QueryDict) -> None:
        self._query = query

    def names(self) -> list[str]:
        return list(self._query.keys())

    def text(self, name: str, max_length: int = TEXT_LENGTH) -> str:
        """The value, control characters as spaces, trimmed and cut; "" when absent."""
        value = self._query.get(name) or ""
        return _CONTROL.sub(" ", value).strip()[:max_length]

    def integer(self, name: str, *, minimum: int, maximum: int) -> int | None:
        """A whole number from ``minimum`` to ``maximum``; None when absent or anything else."""
        number = whole_number(self.text(name))
        return number if number is not None and minimum <= number <= maximum else None

    def year(self, name: str) -> int | None:
        """A year within ``YEARS``; None otherwise."""
        return self.integer(name, minimum=YEARS.start, maximum=YEARS.stop - 1)

    def choice(self, name: str, allowed: Collection[str], default: str = "") -> str:
        """The value when ``allowed`` holds it, else ``default``."""
        value = self.text(name)
        return value if value in allowed else default

    def page(self, name: str = "page", last: int = LAST_PAGE) -> int:
        """A page number from 1 to ``last``: 1 for anything that is not a number, ``last``
        for a larger one (Django's ``Paginator.get_page`` then shows its own last page)."""
        number = whole_number(self.text(name))
        return 1 if number is None else max(1, min(number, last))

    def form_data(self, names: Iterable[str], max_length: int = TEXT_LENGTH) -> dict[str, str]:
        """The given ones of ``names`` as one cleaned value each, to bind a Django form."""
        return {name: self.text(name, max_length) for name in names if name in self._query}


def query_params(request: HttpRequest) -> QueryParams:
    return QueryParams(request.GET)
