"""The period a plan or programme names ("giai đoạn 2021–2025"), read from its title or summary.

A plan for 2015–2020 entered without an expiry date is shown "Còn hiệu lực" for ever: the
editing form and the content-health report warn when the period is read and no date is given.
"""

import re

# Any dash between the years (hyphen, the dashes, minus), or "đến (năm)", spaces around.
_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_PERIOD = re.compile(
    rf"(?<!\d)((?:19|20)\d{{2}})\s*(?:[{_DASHES}]|đến(?:\s+năm)?)\s*(?:năm\s+)?((?:19|20)\d{{2}})(?!\d)",
    re.IGNORECASE,
)
# Plans and programmes, by the symbols their numbers carry (Kế hoạch: KH, Chương trình: CTr).
PERIOD_TYPE_SYMBOLS = frozenset({"kh", "ctr"})


def period_end_year(*texts: str) -> int | None:
    """The last year of the latest period named in ``texts``, or None.

    "giai đoạn 2015–2020", "2021 - 2025", "từ năm 2021 đến năm 2025" all count; a range
    that runs backwards or over more than 30 years is not a period.
    """
    ends = []
    for text in texts:
        for match in _PERIOD.finditer(text or ""):
            start, end = int(match.group(1)), int(match.group(2))
            if start < end <= start + 30:
                ends.append(end)
    return max(ends, default=None)


def is_period_type(symbols: list[str]) -> bool:
    """True for a document type whose documents run over a period (plans, programmes)."""
    return any(symbol.lower() in PERIOD_TYPE_SYMBOLS for symbol in symbols)
