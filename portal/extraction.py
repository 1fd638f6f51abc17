"""Reading uploaded files: their text for search, and a picture of a PDF's first page.

pypdfium2 (PDFium, the engine of Chromium's PDF viewer) reads PDFs and draws their pages;
python-docx reads Word files. Both run in a child process (``portal.file_reader``) limited in
memory and time, so a hostile file can exhaust only that child: it is reported as
unreadable, never takes the web or task worker with it. A scanned PDF has no text layer and
is reported as such. Nothing here ever stops an upload.
"""

import base64
import json
import logging
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.db.models.fields.files import FieldFile

from .file_reader import MAX_TEXT, PAGE_BREAK

logger = logging.getLogger(__name__)

OK, NO_TEXT, UNREADABLE, NOT_READ, READING = "ok", "no_text", "unreadable", "not_read", "reading"
READABLE = {"pdf", "docx"}
PROJECT_ROOT = Path(__file__).resolve().parent.parent


class ReaderFailed(Exception):
    """The child process died, ran out of time or memory, or could not open the file."""


@dataclass(frozen=True)
class Reading:
    status: str
    text: str = ""
    pages: int | None = None


def run_reader(mode: str, extension: str, path: str | Path) -> dict:
    """Run ``portal.file_reader`` on ``path`` within the configured limits; its JSON answer."""
    memory = settings.PORTAL_FILE_READER_MEMORY
    seconds = settings.PORTAL_FILE_READER_SECONDS
    command = [sys.executable, "-m", "portal.file_reader", mode, extension, str(path)]
    try:
        finished = subprocess.run(
            [*command, str(memory), str(seconds)],
            cwd=PROJECT_ROOT,
            capture_output=True,
            timeout=seconds + 5,  # CPU time is limited inside; this covers waiting too
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise ReaderFailed(f"{mode} .{extension}: more than {seconds} s") from error
    if finished.returncode != 0:
        last_line = finished.stderr.decode(errors="replace").strip().splitlines()[-1:]
        raise ReaderFailed(f"{mode} .{extension}: exit {finished.returncode} {last_line}")
    try:
        return json.loads(finished.stdout)
    except ValueError as error:
        raise ReaderFailed(f"{mode} .{extension}: no answer") from error


def read_file(path: str | Path, extension: str) -> Reading:
    """The text and page count of the file at ``path`` (a bad file is reported, never fatal)."""
    extension = extension.lower()
    if extension not in READABLE:
        return Reading(NOT_READ)
    try:
        answer = run_reader("read", extension, path)
    except ReaderFailed as error:  # a broken, encrypted or hostile file
        logger.warning("Could not read a file: %s", error)
        return Reading(UNREADABLE)
    text = tidy_text(answer["text"])[:MAX_TEXT]
    if not text.strip():  # a scan: pages without a text layer
        return Reading(NO_TEXT, "", answer["pages"])
    return Reading(OK, text, answer["pages"])


def tidy_text(text: str) -> str:
    """Spaces within each line collapsed; the page breaks and line breaks kept, so the text
    can be read page by page and paragraph by paragraph (search collapses them itself)."""
    pages = []
    for page in text.split(PAGE_BREAK):
        lines = (" ".join(line.split()) for line in page.splitlines())
        pages.append("\n".join(lines).strip("\n"))
    return PAGE_BREAK.join(pages)  # an empty page stays: the next keeps its number


def draw_preview(path: str | Path) -> bytes | None:
    """A JPEG of the first page of the PDF at ``path``, or None if it cannot be drawn."""
    try:
        answer = run_reader("preview", "pdf", path)
    except ReaderFailed as error:
        logger.warning("Could not draw a first page: %s", error)
        return None
    return base64.b64decode(answer["jpeg"]) or None


def pdf_problem(path: str | Path) -> str:
    """ "" if PDFium opens the file at ``path``; else "password" or "invalid"."""
    try:
        return run_reader("check", "pdf", path)["error"]
    except ReaderFailed as error:
        logger.warning("A PDF upload could not be opened: %s", error)
        return "invalid"


@contextmanager
def local_path(file: File) -> Iterator[Path]:
    """A path the child process can open: the file's own on disk, or a temporary copy.

    ``file`` is an upload (kept in memory or in a temporary file), a stored file (a
    ``FieldFile``) or any Django ``File``; it is left open and rewound as it was found.
    """
    own = _own_path(file)
    if own is not None:
        yield own
        return
    with tempfile.NamedTemporaryFile(prefix="portal-upload-") as copy:
        if getattr(file, "closed", False):
            file.open("rb")
        file.seek(0)
        for chunk in file.chunks():
            copy.write(chunk)
        file.seek(0)
        copy.flush()
        yield Path(copy.name)


def _own_path(file: File) -> Path | None:
    if hasattr(file, "temporary_file_path"):
        return Path(file.temporary_file_path())
    if isinstance(file, FieldFile):
        try:
            return Path(file.path)
        except NotImplementedError:  # a storage without local files
            return None
    return None
