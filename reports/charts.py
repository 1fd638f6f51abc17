"""Bar charts drawn on the server as SVG: no script, nothing loaded from elsewhere.

The chart is decorative for screen readers (``aria-hidden``): the same figures are in the
table beside it.
"""

from __future__ import annotations

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from portal.text import group_thousands

BAR_HEIGHT, GAP, LABEL_WIDTH, BAR_WIDTH, VALUE_WIDTH = 18, 6, 330, 330, 50
LABEL_LENGTH = 44  # characters: longer unit names are cut, the table has them whole


def bar_chart(title: str, bars: list[tuple[str, int]]) -> SafeString:
    """Horizontal bars, one per (label, value), scaled to the largest value."""
    if not bars:
        return SafeString("")
    largest = max(value for _label, value in bars) or 1
    height = len(bars) * (BAR_HEIGHT + GAP) + GAP
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    rows = []
    for index, (label, value) in enumerate(bars):
        y = GAP + index * (BAR_HEIGHT + GAP)
        length = round(BAR_WIDTH * value / largest)
        short = label if len(label) <= LABEL_LENGTH else label[: LABEL_LENGTH - 1] + "…"
        rows.append(
            (
                LABEL_WIDTH - 8,
                y + BAR_HEIGHT - 5,
                short,
                LABEL_WIDTH,
                y,
                length,
                BAR_HEIGHT,
                LABEL_WIDTH + length + 6,
                y + BAR_HEIGHT - 5,
                group_thousands(value),
            )
        )
    body = format_html_join(
        "",
        '<text x="{}" y="{}" text-anchor="end">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}" class="report-chart__bar"></rect>'
        '<text x="{}" y="{}">{}</text>',
        rows,
    )
    return format_html(
        '<figure class="report-chart"><figcaption>{}</figcaption>'
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" width="100%" '
        'aria-hidden="true" focusable="false" font-size="12">{}</svg></figure>',
        title,
        width,
        height,
        body,
    )
