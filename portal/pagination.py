"""The numbered page links of a listing: the first, the last and a window around this page."""

from dataclasses import dataclass

# Pages shown on each side of the current one (the outer ones only on wide screens).
WINDOW = 2


@dataclass(frozen=True)
class PageLink:
    number: int | None  # None: a gap ("…")
    href: str = ""
    current: bool = False
    far: bool = False  # away from the current page by the whole window: hidden on phones


@dataclass(frozen=True)
class PageLinks:
    numbers: list[PageLink]
    first: str
    last: str
    previous: str
    next: str


def page_links(items, query: str = "", fragment: str = "") -> PageLinks:
    """Links for a Paginator page ``items``; ``query``: the listing's other parameters,
    encoded; ``fragment``: the id of the part of the page the links lead back to."""
    prefix = f"?{query}&page=" if query else "?page="
    anchor = f"#{fragment}" if fragment else ""
    current, total = items.number, items.paginator.num_pages
    low, high = max(1, current - WINDOW), min(total, current + WINDOW)
    shown = sorted({1, total, *range(low, high + 1)})
    numbers: list[PageLink] = []
    for number in shown:
        if numbers and numbers[-1].number is not None and number - numbers[-1].number > 1:
            if number - numbers[-1].number == 2:  # a gap of one page: show the page itself
                numbers.append(PageLink(number - 1, f"{prefix}{number - 1}{anchor}", far=True))
            else:
                numbers.append(PageLink(None))
        far = abs(number - current) == WINDOW and number not in (1, total)
        numbers.append(PageLink(number, f"{prefix}{number}{anchor}", number == current, far))
    return PageLinks(
        numbers=numbers,
        first=f"{prefix}1{anchor}" if current > 1 else "",
        last=f"{prefix}{total}{anchor}" if current < total else "",
        previous=f"{prefix}{current - 1}{anchor}" if items.has_previous() else "",
        next=f"{prefix}{current + 1}{anchor}" if items.has_next() else "",
    )
