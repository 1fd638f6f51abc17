"""Reading a document's number and symbol (số/ký hiệu) as people type it.

Party: ``106-KH/TU`` (number - type / issuer; no year, numbers restart each term).
State: ``959/QĐ-UBND`` (number / type - issuer), ``43/2011/NĐ-CP`` (number / year / type -
issuer), ``24/2018/QH14`` (a law), and the công văn with no type: ``3241/SNV-TT``
(number / issuer - unit).

The parser accepts spaces, swapped hyphen and slash, lower case, "1-KH" for "01-KH", the
words people put before a number ("Số", "Nghị quyết 41-NQ/TW", "Quyết định số 1102/QĐ-TTg"),
and D typed for Đ where only one reading is known (DUK -> ĐUK, QD -> QĐ; DA stays Dự án since
it is a symbol of its own). It keeps the printed form, gives a canonical key for matching
(``fold`` of the normalised form), suggests type, issuer and system, and flags what it does
not know instead of rejecting it.

The printed form writes a number under 10 with a leading zero in both systems, as documents
are issued (Party rules on the presentation of documents; Decree 30/2020/NĐ-CP for the
State): "08/2022/NQ-HĐND", "07-QC/ĐUK". The key drops the zero, so "8/2022/NQ-HĐND" typed in
a search finds the same document.
"""

import itertools
import re
from dataclasses import dataclass, field

from portal.text import nfc

PARTY, STATE = "party", "state"
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "\\": "/"})
_CODE = r"[A-Za-zĐđ][A-Za-zĐđ0-9]*"
_LEGAL = re.compile(rf"^(\d{{1,6}})[/-](\d{{4}})[/-]({_CODE})[-/]({_CODE})$")
_LAW = re.compile(r"^(\d{1,6})[/-](\d{4})[/-](QH\d*)$", re.IGNORECASE)
_THREE = re.compile(rf"^(\d{{1,6}})([-/])({_CODE})([-/])({_CODE})$")
# Words before the first digit: "Số:", "Nghị quyết", "Quyết định số". A number and symbol
# starts with its number, so whatever words come first are the reader's, not the symbol's.
_LEADING_WORDS = re.compile(r"^[^\W\d_]+(?:[\s.:]+[^\W\d_]+)*[\s.:]*(?=\d)")


def _printed_number(number):
    """A document's number as issued: under 10 with a leading zero (8 -> "08")."""
    return f"{number:02d}"


@dataclass(frozen=True)
class Vocabulary:
    """Known symbols and issuer codes, by system; keys are upper-case."""

    party_symbols: frozenset = frozenset()
    state_symbols: frozenset = frozenset()
    party_issuers: frozenset = frozenset()
    state_issuers: frozenset = frozenset()
    spelling: dict = field(default_factory=dict)  # UPPER -> canonical spelling (QĐI -> QĐi)

    def symbols(self, system):
        return self.party_symbols if system == PARTY else self.state_symbols

    def issuers(self, system):
        return self.party_issuers if system == PARTY else self.state_issuers


@dataclass
class ParsedNumber:
    typed: str
    printed: str = ""
    key: str = ""
    number: int | None = None
    year: int | None = None
    symbol: str = ""
    issuer_code: str = ""
    unit_code: str = ""
    system: str = ""
    problems: list = field(default_factory=list)

    @property
    def ok(self):
        return bool(self.key) and not self.problems


def _upper(code):
    return nfc(code).upper()


def resolve_code(code, candidates):
    """The known spelling of ``code``: as typed, or with D read as Đ when only one fits."""
    upper = _upper(code)
    if upper in candidates:
        return upper, True
    positions = [i for i, char in enumerate(upper) if char == "D"]
    readings = set()
    for choice in itertools.product((False, True), repeat=len(positions)):
        letters = list(upper)
        for position, use in zip(positions, choice, strict=True):
            if use:
                letters[position] = "Đ"
        reading = "".join(letters)
        if reading in candidates:
            readings.add(reading)
    if len(readings) == 1:
        return readings.pop(), True
    return upper, False


def _spell(code, vocabulary):
    return vocabulary.spelling.get(code, code)


def parse(text, vocabulary):
    """Read ``text`` as a number and symbol; never raises."""
    typed = nfc(text or "").strip()
    result = ParsedNumber(typed=typed)
    cleaned = _LEADING_WORDS.sub("", typed.translate(_DASHES)).strip(" .")
    # A space may stand for a separator: "106 KH TU", "106 KH/TU", "43 2011 NĐ CP". The
    # separators' places then count, not their kind (the shapes below accept both).
    compact = re.sub(r"\s+", "-", re.sub(r"\s*([-/])\s*", r"\1", cleaned))
    if not compact:
        result.problems.append("empty")
        return result

    if match := _LAW.match(compact):
        number, year, term = match.groups()
        result.number, result.year, result.system = int(number), int(year), STATE
        result.issuer_code = "QH"  # a law: Quốc hội, with its term (QH14)
        result.printed = f"{_printed_number(result.number)}/{year}/{_upper(term)}"
    elif match := _LEGAL.match(compact):
        number, year, symbol, issuer = match.groups()
        result.number, result.year, result.system = int(number), int(year), STATE
        symbol, known_symbol = resolve_code(symbol, vocabulary.state_symbols)
        issuer, known_issuer = resolve_code(issuer, vocabulary.state_issuers)
        result.symbol, result.issuer_code = _spell(symbol, vocabulary), _spell(issuer, vocabulary)
        result.printed = (
            f"{_printed_number(result.number)}/{year}/{result.symbol}-{result.issuer_code}"
        )
        _flag(result, known_symbol, known_issuer)
    elif match := _THREE.match(compact):
        _read_three_parts(result, match.groups(), vocabulary)
    else:
        result.problems.append("shape")
        result.printed = compact
    result.key = canonical_key(result)
    return result


def canonical_key(parsed):
    """The matching key: the printed form in lower case, the number without leading zeros.

    Đ is kept (not folded to d): ĐA (đề án) and DA (dự án) are different symbols.
    """
    printed = parsed.printed
    if parsed.number is not None:
        printed = re.sub(r"^0+(?=\d)", "", printed)
    else:  # a part of a number ("08/2022", "05-NQ"): its numbers without their zeros too
        printed = re.sub(r"(?<!\d)0+(?=\d)", "", printed)
    return nfc(printed).lower()


def _flag(result, known_symbol, known_issuer):
    if not known_symbol:
        result.problems.append("symbol")
    if not known_issuer:
        result.problems.append("issuer")


def _read_three_parts(result, groups, vocabulary):
    number, first_sep, first, second_sep, second = groups
    result.number = int(number)
    readings = []
    # (system, A is a type symbol?, separators of the canonical shape)
    for system, a_is_symbol, shape in (
        (PARTY, True, ("-", "/")),
        (STATE, True, ("/", "-")),
        (STATE, False, ("/", "-")),
    ):
        a_set = vocabulary.symbols(system) if a_is_symbol else vocabulary.issuers(system)
        b_set = vocabulary.issuers(system) if a_is_symbol else frozenset()
        a_code, a_known = resolve_code(first, a_set)
        b_code, b_known = (
            resolve_code(second, b_set)
            if a_is_symbol
            else (
                _upper(second),
                True,
            )
        )
        score = 2 * a_known + 2 * b_known + ((first_sep, second_sep) == shape)
        if not a_is_symbol:
            # A công văn: its unit code must not itself read as a type symbol of a document.
            score -= 1
        readings.append((score, system, a_is_symbol, a_code, a_known, b_code, b_known))
    score, system, a_is_symbol, a_code, a_known, b_code, b_known = max(
        readings, key=lambda reading: reading[0]
    )
    result.system = system
    if a_is_symbol:
        result.symbol = _spell(a_code, vocabulary)
        result.issuer_code = _spell(b_code, vocabulary)
        _flag(result, a_known, b_known)
        number = _printed_number(result.number)
        if system == PARTY:
            result.printed = f"{number}-{result.symbol}/{result.issuer_code}"
        else:
            result.printed = f"{number}/{result.symbol}-{result.issuer_code}"
    else:
        result.issuer_code = _spell(a_code, vocabulary)
        result.unit_code = b_code
        _flag(result, True, a_known)
        result.printed = f"{_printed_number(result.number)}/{result.issuer_code}-{result.unit_code}"


def vocabulary_from(types, issuers):
    """Build the vocabulary from (system, symbols) and (system, code) pairs."""
    spelling = {}
    sets: dict[tuple[str, str], set[str]] = {
        (PARTY, "s"): set(),
        (STATE, "s"): set(),
        (PARTY, "i"): set(),
        (STATE, "i"): set(),
    }
    for system, symbols in types:
        for symbol in symbols:
            sets[(system, "s")].add(_upper(symbol))
            spelling[_upper(symbol)] = symbol
    for system, code in issuers:
        sets[(system, "i")].add(_upper(code))
        spelling[_upper(code)] = code
    return Vocabulary(
        party_symbols=frozenset(sets[(PARTY, "s")]),
        state_symbols=frozenset(sets[(STATE, "s")]),
        party_issuers=frozenset(sets[(PARTY, "i")]),
        state_issuers=frozenset(sets[(STATE, "i")]),
        spelling=spelling,
    )
