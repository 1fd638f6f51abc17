"""Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
tones after the letters (không dấu, huyền, hỏi, ngã, sắc, nặng), then case.

Both databases sort with a collation named ``vi``: on PostgreSQL the ICU collation created by
portal's migration 0004, on SQLite this module's comparison, registered on every connection.
Names people read in alphabetical lists are columns with ``db_collation=COLLATION``, so a
plain ``order_by("name")`` (and Meta.ordering) sorts them the Vietnamese way; ``vietnamese()``
orders any other text column the same way.
"""

import unicodedata
from typing import Any

from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models.functions import Collate

# (letters as (class, position) pairs, tones, upper-case flags, the text itself)
SortKey = tuple[tuple[tuple[int, int], ...], tuple[int, ...], tuple[bool, ...], str]

COLLATION = "vi"
LETTERS = [*"aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"]
LETTER_ORDER = {letter: position for position, letter in enumerate(LETTERS)}
# The marks that make a letter of its own (ă â ê ô ơ ư) and those that are tones.
LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}
TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def _letters_and_tones(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    letters: list[tuple[int, int]] = []
    tones: list[int] = []
    for char in unicodedata.normalize("NFC", text):
        lower = char.lower()
        decomposed = unicodedata.normalize("NFD", lower)
        base = decomposed[0]
        marks = decomposed[1:]
        letter = unicodedata.normalize("NFC", base + "".join(m for m in marks if m in LETTER_MARKS))
        tone = max((TONES.get(mark, 0) for mark in marks), default=0)
        if letter in LETTER_ORDER:
            letters.append((1, LETTER_ORDER[letter]))
        elif letter.isdigit():
            letters.append((0, ord(letter)))
        elif letter.isspace():
            letters.append((-1, 0))
        else:
            letters.append((2, ord(letter)))
        tones.append(tone)
    return tuple(letters), tuple(tones)


def sort_key(text: str | None) -> SortKey:
    """Letters first, then tones, then lower case before upper case, for ``sorted``."""
    letters, tones = _letters_and_tones(text or "")
    case = tuple(char.isupper() for char in unicodedata.normalize("NFC", text or ""))
    return (letters, tones, case, text or "")


def compare(left: str | None, right: str | None) -> int:
    first, second = sort_key(left), sort_key(right)
    return (first > second) - (first < second)


def register_sqlite_collation(
    sender: object, connection: BaseDatabaseWrapper, **kwargs: Any
) -> None:
    if connection.vendor == "sqlite":
        connection.connection.create_collation(COLLATION, compare)


def vietnamese(field_name: str) -> Collate:
    """An ordering expression: ``Model.objects.order_by(vietnamese("name"))``."""
    return Collate(field_name, COLLATION)
