"""A document's text read on its page, page by page, so a phone reader need not open the file.

The text is what was read from the file after upload (``portal.extraction``): a PDF's pages
separated by page breaks and cut into its printed lines; a Word file's paragraphs, one per
line and without pages. A PDF's lines are joined back into paragraphs: a paragraph ends
with a line clearly shorter than the page's full lines, before a numbered or lettered item
("1.", "a)", "Điều 2.", "- ") and around a line in capitals (a heading).
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.core.paginator import Page, Paginator

from portal.file_reader import PAGE_BREAK

# A Word file has no pages: its paragraphs are shown in parts of about this many characters.
PART_CHARACTERS = 4000
# A line this much shorter than the page's full lines ends its paragraph.
SHORT_LINE = 0.8
ITEM_START = re.compile(
    r"^(?:[-–•+*]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ][.)]\s|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TextPage:
    number: int
    paragraphs: list[str]

    @property
    def blocks(self) -> list[tuple[str, bool]]:
        """(paragraph, is a heading in capitals): headings are set apart as in the file."""
        return [(paragraph, _is_heading(paragraph)) for paragraph in self.paragraphs]


@dataclass(frozen=True)
class InlineReading:
    attachment: Any  # the DocumentAttachment whose file is read
    pages: Page  # of TextPage, one at a time

    @property
    def page(self) -> TextPage:
        return self.pages.object_list[0]


def inline_reading(attachments: Iterable[Any], page_number: int) -> InlineReading | None:
    """Page ``page_number`` of the first attached file whose text was read, or None."""
    for attachment in attachments:
        file = attachment.file
        if file.text_status != file.TextStatus.OK or not file.text:
            continue
        pages = text_pages(file.text, from_pdf=file.file_extension.lower() == "pdf")
        if pages:
            return InlineReading(attachment, Paginator(pages, 1).get_page(page_number))
    return None


def text_pages(text: str, *, from_pdf: bool) -> list[TextPage]:
    """The pages of ``text`` with their paragraphs; pages without text are left out (their
    numbers are kept, so "Trang 3" is the file's third page)."""
    if from_pdf:
        pages = [_paragraphs(page.splitlines()) for page in text.split(PAGE_BREAK)]
    else:
        pages = _parts([line for line in text.splitlines() if line.strip()])
    return [TextPage(number, page) for number, page in enumerate(pages, start=1) if page]


def _is_heading(line: str) -> bool:
    return any(character.isalpha() for character in line) and line == line.upper()


def _paragraphs(lines: list[str]) -> list[str]:
    lengths = sorted(len(line) for line in lines if line)
    full_line = lengths[int(len(lengths) * 0.75)] if lengths else 0
    paragraphs: list[str] = []
    current: list[str] = []

    def end_paragraph() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    for line in lines:
        line = line.strip()
        if not line:
            end_paragraph()
            continue
        if ITEM_START.match(line) or _is_heading(line):
            end_paragraph()
        current.append(line)
        if len(line) < SHORT_LINE * full_line or _is_heading(line):
            end_paragraph()
    end_paragraph()
    return paragraphs


def _parts(paragraphs: list[str]) -> list[list[str]]:
    parts: list[list[str]] = []
    size = PART_CHARACTERS
    for paragraph in paragraphs:
        if size >= PART_CHARACTERS:
            parts.append([])
            size = 0
        parts[-1].append(paragraph)
        size += len(paragraph)
    return parts
