"""Vietnamese text handling shared by every feature: NFC storage, folding, slugs, numbers.

Vietnamese reaches the site in both Unicode normalisation forms (Windows and macOS
keyboards often send decomposed text), so everything is stored as NFC, matched through
``fold`` and turned into ASCII URLs and file names through ``slugify``.

``slug_formatters`` hands the very same slug mapping to the admin's live slug field
(Wagtail's ``w-slug`` controller), so the slug an editor sees while typing is the slug
Python would make.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from pathlib import PurePath
from typing import Any

SLUG_MAX_LENGTH = 255

# Đ/đ carry a stroke, not a combining mark: no Unicode decomposition removes it.
_STROKE_D = str.maketrans({"Đ": "D", "đ": "d"})
# Bidirectional controls reorder the text around them (U+202E shows "gpj.exe" as "exe.jpg");
# zero-width characters show nothing, so two names that look alike are different strings.
# Vietnamese needs none of them; in a title, a name or a caption they only hide or spoof.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
ZERO_WIDTH = "\u180e\u200b\u200c\u200d\u2060\ufeff"
_BIDI_CONTROL = re.compile(f"[{BIDI_CONTROLS}]+")
_INVISIBLE = re.compile(f"[{BIDI_CONTROLS}{ZERO_WIDTH}]+")
# The combining diacritical mark blocks; Vietnamese tone and vowel marks are U+0300–U+0323.
COMBINING_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_COMBINING_MARK = re.compile(f"[{COMBINING_MARKS}]+")
_NOT_ASCII_ALNUM = re.compile(r"[^A-Za-z0-9]+")


def nfc(value: str) -> str:
    """Return ``value`` in Unicode Normalisation Form C (cheap when it already is)."""
    if unicodedata.is_normalized("NFC", value):
        return value
    return unicodedata.normalize("NFC", value)


def strip_invisible(value: str) -> str:
    """``value`` without bidirectional controls and zero-width characters (single-line text:
    titles, names, captions, slugs)."""
    return _INVISIBLE.sub("", value)


def strip_bidi_controls(value: str) -> str:
    """``value`` without bidirectional controls (longer text, where zero-width joiners may
    belong to an emoji or a line-break hint and reorder nothing)."""
    return _BIDI_CONTROL.sub("", value)


def nfc_deep(value: Any) -> Any:
    """NFC every string inside nested lists, tuples and dicts (JSON-like data)."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [nfc_deep(item) for item in value]
    if isinstance(value, tuple):
        return tuple(nfc_deep(item) for item in value)
    if isinstance(value, dict):
        return {nfc_deep(key): nfc_deep(item) for key, item in value.items()}
    return value


def strip_marks(value: str) -> str:
    """Remove tone and vowel marks and the stroke of đ, keeping case and everything else."""
    bare = _COMBINING_MARK.sub("", unicodedata.normalize("NFD", value))
    return unicodedata.normalize("NFC", bare).translate(_STROKE_D)


def fold(value: str) -> str:
    """The key for matching Vietnamese text: "Đảng ỦY" and "dang uy" fold alike."""
    return strip_marks(nfc(value)).casefold()


def slugify(value: str, max_length: int = SLUG_MAX_LENGTH) -> str:
    """ASCII slug of Vietnamese text: "Đảng ủy Khối" -> "dang-uy-khoi"."""
    ascii_words = _NOT_ASCII_ALNUM.sub("-", strip_marks(value))
    return ascii_words.strip("-").lower()[:max_length].rstrip("-")


def safe_filename(name: str, default_stem: str = "tep") -> str:
    """An uploaded file's name as an ASCII slug, extension kept and lower-cased."""
    path = PurePath(nfc(name).replace("\\", "/"))
    suffix = slugify(path.suffix.lstrip("."), max_length=10)
    stem = slugify(path.stem if suffix else path.name, max_length=100) or default_stem
    return f"{stem}.{suffix}" if suffix else stem


def group_thousands(value: Any) -> str:
    """1977458 -> "1.977.458", the Vietnamese way; only where a count is shown."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{number:,}".replace(",", ".")


@cache
def _letters_by_ascii_base() -> dict[str, str]:
    """Every BMP letter that loses its marks to become one ASCII letter, grouped by it."""
    groups: dict[str, list[str]] = {}
    for codepoint in range(0x80, 0x10000):
        char = chr(codepoint)
        base = strip_marks(char)
        if len(base) == 1 and base.isascii() and base.isalpha():
            groups.setdefault(base.lower(), []).append(char)
    return {base: "".join(chars) for base, chars in sorted(groups.items())}


def slug_formatters() -> list[tuple[str, str]]:
    """``slugify`` as (pattern, replacement) pairs for Wagtail's ``SlugInput(formatters=...)``.

    The admin applies them in order, then its own ASCII ``urlify`` (lower-case, runs of
    hyphens collapsed, 255 characters, trailing hyphens dropped), which is what
    ``slugify`` does in Python.
    """
    formatters = [(f"[{COMBINING_MARKS}]", "")]  # decomposed input: drop the marks
    for base, chars in _letters_by_ascii_base().items():
        formatters.append((f"[{chars}]", base))
    formatters.append((r"[^A-Za-z0-9]+", "-"))
    formatters.append((r"^-+|-+$", ""))
    return formatters


_WORD = re.compile(r"[a-z0-9]+")


def fold_tokens(value: str) -> list[str]:
    """The words of ``value`` for matching: folded, split on anything not a letter or digit."""
    return _WORD.findall(fold(value))


def fold_with_map(value: str) -> tuple[str, Sequence[int]]:
    """``fold(value)`` and, for each of its characters, the index of the original character.

    Lets a match found in folded text be highlighted in the text as written. Vietnamese in
    NFC folds one character to one, so the map is usually the identity (a ``range``).
    """
    value = nfc(value)
    quick = value.translate(_ONE_TO_ONE)
    if len(quick) == len(value) and quick == fold(value):
        return quick, range(len(value))
    folded: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(value):
        for folded_char in _fold_char(char):
            folded.append(folded_char)
            origins.append(index)
    return "".join(folded), origins


@cache
def _fold_char(char: str) -> str:
    return fold(char)


class _OneToOneFold(dict[int, str]):
    """A str.translate table folding each character that folds to exactly one character."""

    def __missing__(self, codepoint: int) -> str:
        folded = _fold_char(chr(codepoint))
        if len(folded) != 1:
            raise LookupError(codepoint)  # left as is; the slow path handles the text
        self[codepoint] = folded
        return folded


_ONE_TO_ONE = _OneToOneFold()
