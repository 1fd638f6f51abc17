"""Will the main menu fit one row? An estimate made before it goes live.

Readers' most common office screen is 1366 px wide; there the nav's row is the site's width
(75rem) less its side padding. A label's width is the sum of its characters' advance widths
in the nav's font (``nav_font``) at the nav's font size, plus the link's padding, plus the
submenu button of an item with items below it; the home item is a house icon. These numbers
follow ``portal/static/portal/css/site.css`` (``.main-nav``); a browser test checks the
estimate against the real rendering.

What does not fit goes into the "More" dropdown at the end of the row (``site.js``); the
admin warns about it and does not forbid it.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext, ngettext

from .models import Menu
from .nav_font import DEFAULT_WIDTH, WIDTHS
from .rendering import MenuEntry, build_tree, visible

REM = 16.0
FONT_SIZE = 0.86 * REM  # .main-nav a
LINK_PADDING = 2 * 0.45 * REM  # .main-nav a, left and right
SUBMENU_BUTTON = 1.5 * REM  # .submenu-toggle
HOME_ICON = 18 + 2 * 0.15 * REM  # .nav-home and its margins
MORE_ARROW = 0.45 * REM + 0.35 * REM  # .nav-more-toggle::after and the gap before it
SCREEN = 1366
ROW = min(SCREEN, 75 * REM) - 2 * REM  # .nav-level-1: max-width var(--wrap), padding 0 1rem


def text_width(text: str) -> float:
    """Width in px of ``text`` in the nav's bold font (kerning left out)."""
    thousandths = sum(WIDTHS.get(char, DEFAULT_WIDTH) for char in text)
    return thousandths * FONT_SIZE / 1000


def item_width(entry: MenuEntry) -> float:
    """Width in px of one top-level item of the nav."""
    content = HOME_ICON if entry.url == "/" else text_width(entry.label)
    width = LINK_PADDING + content
    if entry.children:
        width += SUBMENU_BUTTON
    return width


def more_width() -> float:
    return LINK_PADDING + text_width(gettext("More")) + MORE_ARROW


@dataclass(frozen=True)
class Fit:
    width: float  # the row all items would need
    available: float = ROW
    overflow: list[str] = field(default_factory=list)  # labels that go into "More"

    @property
    def fits(self) -> bool:
        return self.width <= self.available


def row_fit(entries: list[MenuEntry], available: float = ROW) -> Fit:
    """How the top-level ``entries`` share a row ``available`` px wide, as ``site.js`` does:
    when they do not all fit, the last ones go into "More" until the rest and it fit."""
    widths = [item_width(entry) for entry in entries]
    total = sum(widths)
    if total <= available:
        return Fit(width=total, available=available)
    kept = len(entries)
    while kept and sum(widths[:kept]) + more_width() > available:
        kept -= 1
    return Fit(width=total, available=available, overflow=[e.label for e in entries[kept:]])


def fit_warning(menu: Menu) -> str:
    """The admin's warning when ``menu`` is the main menu and will not fit one row at
    1366 px; empty when it fits (or is another menu)."""
    if menu.location != Menu.Location.MAIN:
        return ""
    fit = row_fit(visible(build_tree(menu.items.raw_data)))
    if fit.fits:
        return ""
    count = len(fit.overflow)
    return ngettext(
        "The main menu needs about %(needed)d px, wider than the %(available)d px it has on a "
        "%(screen)d px screen: its last item (%(labels)s) will be shown under “More”.",
        "The main menu needs about %(needed)d px, wider than the %(available)d px it has on a "
        "%(screen)d px screen: its last %(count)d items (%(labels)s) will be shown under “More”.",
        count,
    ) % {
        "needed": round(fit.width),
        "available": round(fit.available),
        "screen": SCREEN,
        "count": count,
        "labels": ", ".join(fit.overflow),
    }
