"""Reading uploaded files: their text for search, and a picture of a PDF's first page.

pypdfium2 (PDFium, the engine of Chromium's PDF viewer) reads PDFs and draws their pages;
python-docx reads Word files. A scanned PDF has no text layer and is reported as such; a
file that cannot be read is reported too. Nothing here ever stops an upload.
"""

import io
import logging

logger = logging.getLogger(__name__)

OK, NO_TEXT, UNREADABLE, NOT_READ = "ok", "no_text", "unreadable", "not_read"
MAX_TEXT = 500_000  # characters kept for search
PREVIEW_WIDTH = 1000


def _pdf(data):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        texts = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        preview = None
        if len(pdf):
            page = pdf[0]
            scale = PREVIEW_WIDTH / page.get_width()
            preview = page.render(scale=scale).to_pil().convert("RGB")
            page.close()
        return "\n".join(texts), len(pdf), preview
    finally:
        pdf.close()


def _docx(data):
    import docx

    document = docx.Document(io.BytesIO(data))
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            paragraphs.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(paragraphs), None, None


READERS = {"pdf": _pdf, "docx": _docx}


def read_file(data, extension):
    """(status, text, page count, first-page picture as a PIL image or None)."""
    reader = READERS.get(extension.lower())
    if reader is None:
        return NOT_READ, "", None, None
    try:
        text, pages, preview = reader(data)
    except Exception as error:  # a broken or encrypted file: reported, never fatal
        logger.warning("Could not read a .%s file: %r", extension, error)
        return UNREADABLE, "", None, None
    text = " ".join(text.split())[:MAX_TEXT]
    return (OK if text else NO_TEXT), text, pages, preview
