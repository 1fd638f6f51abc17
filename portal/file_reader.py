"""The program that opens uploaded files, run as a child process with resource limits.

``python -m portal.file_reader MODE EXTENSION PATH MEMORY SECONDS`` limits its own address
space and CPU time before it reads anything, then prints one JSON object:

- ``check``: is the file a PDF that PDFium can open? ``{"error": ""|"password"|"invalid"}``
- ``read``: its text and page count: ``{"text": ..., "pages": ...}``; a PDF's pages are
  separated by ``PAGE_BREAK``, its lines and a Word file's paragraphs by line breaks
- ``preview``: a JPEG of a PDF's first page, at most ``PREVIEW_WIDTH`` wide and
  ``PREVIEW_MAX_PIXELS`` in all: ``{"jpeg": base64 or ""}``

A hostile file can make this process run out of memory or time; the parent
(``portal.extraction``) sees it die and reports the file as unreadable. This module imports
nothing from Django: it must start fast and trust nothing it is given.
"""

import base64
import io
import json
import math
import resource
import sys

MAX_TEXT = 500_000  # characters kept for search
# Between the pages of a PDF's text: readers read it page by page (documents.reading).
PAGE_BREAK = "\f"
PREVIEW_WIDTH = 1000
# A first page is drawn 1,000 px wide, but never larger than this in all (an A4 page is
# 1.4 Mpx); a page 100 x 14,400 pt would otherwise be 144 Mpx.
PREVIEW_MAX_PIXELS = 2_000_000
PREVIEW_MAX_HEIGHT = 2000


def limit_resources(memory: int, seconds: int) -> None:
    """Lower this process's address space and CPU time (never above what it inherited)."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # killed by a limit: no core file
    for kind, wanted in ((resource.RLIMIT_AS, memory), (resource.RLIMIT_CPU, seconds)):
        _soft, hard = resource.getrlimit(kind)
        value = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        resource.setrlimit(kind, (value, value))


def preview_scale(width: float, height: float) -> float:
    """The scale that draws a page ``width`` x ``height`` pt within every preview limit."""
    return min(
        PREVIEW_WIDTH / width,
        PREVIEW_MAX_HEIGHT / height,
        math.sqrt(PREVIEW_MAX_PIXELS / (width * height)),
    )


def check_pdf(path: str) -> dict:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        password = getattr(error, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD
        return {"error": "password" if password else "invalid"}
    try:
        if len(pdf) < 1:
            return {"error": "invalid"}
        pdf[0].close()  # the first page at least must load
    finally:
        pdf.close()
    return {"error": ""}


def read_pdf(path: str) -> dict:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        texts, length = [], 0
        for index in range(len(pdf)):
            if length >= MAX_TEXT:
                break
            page = pdf[index]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            textpage.close()
            page.close()
            texts.append(text)
            length += len(text)
        return {"text": PAGE_BREAK.join(texts), "pages": len(pdf)}
    finally:
        pdf.close()


def preview_pdf(path: str) -> dict:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        if not len(pdf):
            return {"jpeg": ""}
        page = pdf[0]
        width, height = page.get_size()
        if width <= 0 or height <= 0:
            return {"jpeg": ""}
        picture = page.render(scale=preview_scale(width, height)).to_pil().convert("RGB")
        page.close()
    finally:
        pdf.close()
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=82)  # ten times faster to write than PNG
    return {"jpeg": base64.b64encode(buffer.getvalue()).decode("ascii")}


def read_docx(path: str) -> dict:
    import docx

    document = docx.Document(path)
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            paragraphs.append(" | ".join(cell.text for cell in row.cells))
    return {"text": "\n".join(paragraphs), "pages": None}


WORK = {
    ("check", "pdf"): check_pdf,
    ("read", "pdf"): read_pdf,
    ("read", "docx"): read_docx,
    ("preview", "pdf"): preview_pdf,
}


def peak_memory() -> int:
    """This process's peak resident memory in bytes (VmHWM: its own, not its parent's)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


def main(argv: list[str]) -> None:
    mode, extension, path, memory, seconds = argv
    limit_resources(int(memory), int(seconds))
    result = WORK[mode, extension](path)
    result["peak_memory"] = peak_memory()
    sys.stdout.write(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
