"""Real PDFs with a Vietnamese text layer, for demo documents and tests (reportlab)."""

import io
from functools import cache
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

# Fonts with every Vietnamese letter, as Debian installs them.
FONT_CANDIDATES = [
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    ),
    (
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    ),
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
]


# The same text always gives the same bytes (no timestamp or random id), so re-importing the
# demo recognises its files instead of storing them again.
rl_config.invariant = 1


@cache
def _fonts():
    for regular, bold in FONT_CANDIDATES:
        if Path(regular).is_file() and Path(bold).is_file():
            pdfmetrics.registerFont(TTFont("VN", regular))
            pdfmetrics.registerFont(TTFont("VN-Bold", bold))
            return "VN", "VN-Bold"
    raise RuntimeError(
        "No font with Vietnamese letters was found: install fonts-dejavu-core or fonts-liberation."
    )


def make_pdf(heading_lines, title, paragraphs, signature=""):
    """A one- or two-page A4 document: header lines, title, body, signature."""
    regular, bold = _fonts()
    small = ParagraphStyle("small", fontName=bold, fontSize=11, leading=14, alignment=1)
    heading = ParagraphStyle(
        "heading", fontName=bold, fontSize=14, leading=18, alignment=1, spaceBefore=12
    )
    body = ParagraphStyle(
        "body", fontName=regular, fontSize=12, leading=17, firstLineIndent=1 * cm, alignment=4
    )
    sign = ParagraphStyle("sign", fontName=bold, fontSize=12, leading=16, alignment=2)
    story = [Paragraph(line, small) for line in heading_lines]
    story += [Spacer(1, 0.4 * cm), Paragraph(title, heading), Spacer(1, 0.4 * cm)]
    story += [Paragraph(text, body) for text in paragraphs]
    if signature:
        story += [Spacer(1, 0.8 * cm), Paragraph(signature, sign)]
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=3 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=title,
        author="",
    ).build(story)
    return buffer.getvalue()
