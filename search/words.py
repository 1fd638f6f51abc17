"""Words as the search index and the queries see them.

On top of ``fold`` (no marks, đ -> d, lower case), the spelling variants of i and y after a
consonant are one word: kỹ/kĩ, lý/lí, mỹ/mĩ, sỹ/sĩ, quy/qui (but not thủy, tuy, hay: there
y belongs to a vowel group).

``marked_key`` keeps the marks but not where the tone sits: "hoá"/"hóa" and "thuỷ"/"thủy"
give one key, "Đảng" and "đang" two. Matching uses folded words (a query without marks finds
text with them); ranking and highlighting prefer the marked form when the reader typed one.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from portal.text import fold, fold_tokens, nfc

_CONSONANT_Y = re.compile(r"^(qu|[bcdghklmnpqrstvx]+)y$")
# The five tone marks; the other marks (circumflex, breve, horn) are part of the vowel.
_TONES = {"\u0300": "1", "\u0301": "2", "\u0303": "3", "\u0309": "4", "\u0323": "5"}
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=200_000)
def normalise_word(word):
    return _CONSONANT_Y.sub(r"\1i", word)


def search_words(value):
    return [normalise_word(word) for word in fold_tokens(value)]


def index_text(value):
    """The folded, normalised words of ``value`` joined by spaces: what both engines index."""
    return " ".join(search_words(value))


@lru_cache(maxsize=200_000)  # a site uses a few tens of thousands of distinct words
def marked_key(word):
    """``word`` lower-cased with its vowel marks, its tone moved to the end."""
    decomposed = unicodedata.normalize("NFD", nfc(word).casefold())
    tone = "".join(_TONES[char] for char in decomposed if char in _TONES)
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return normalise_word(base) + tone


def has_marks(word):
    return fold(word) != nfc(word).casefold()


def marked_words(value):
    """The marked keys of the words of ``value`` that carry marks."""
    return [marked_key(word) for word in _WORD.findall(nfc(value)) if has_marks(word)]


@dataclass(frozen=True)
class HighlightRules:
    """Which words of a passage a query lights up.

    ``words``: for each folded query word, the marked keys a text word must have (None: any
    form). ``pairs``: the query's neighbouring words. Vietnamese words are mostly two or
    more syllables, so a syllable lights up only in a run of syllables that are neighbours
    in the query too: "nghi quyet" marks "Nghị quyết", not the "nghị" of "Hội nghị". A lone
    syllable lights up when the query is that one word, and a number always does.
    """

    words: dict
    pairs: frozenset

    def lone_word_counts(self, word):
        return len(self.words) == 1 or any(char.isdigit() for char in word)


def highlight_rules(query):
    """The HighlightRules of ``query``."""
    rules: dict[str, Any] = {}
    sequence = []
    for word in _WORD.findall(nfc(query)):
        for folded in search_words(word):
            sequence.append(folded)
            required = rules.setdefault(folded, set())
            if required is None or not has_marks(word):
                rules[folded] = None
            else:
                required.add(marked_key(word))
    return HighlightRules(
        words={folded: required or None for folded, required in rules.items()},
        pairs=frozenset(zip(sequence, sequence[1:], strict=False)),
    )
