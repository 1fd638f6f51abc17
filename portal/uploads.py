"""Document upload checks by content: a file must be what its extension says it is.

Every check is bounded by the upload itself: a PDF is opened by PDFium in a child process
with memory and time limits; an Office or OpenDocument package is measured from its zip
directory (entries, expanded sizes) before anything parses or inflates it.
"""

import struct
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from . import extraction
from .text import group_thousands

PDF = b"%PDF-"
ZIP = (b"PK\x03\x04", b"PK\x05\x06")
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy Word and Excel files

# Inside an Office Open XML or OpenDocument zip, the member that proves its kind.
ZIP_MEMBER_PREFIX = {"docx": "word/", "xlsx": "xl/"}
OPENDOCUMENT_MIMETYPE = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
}
PACKAGES = {*ZIP_MEMBER_PREFIX, *OPENDOCUMENT_MIMETYPE}
XML_PARTS = (".xml", ".rels")
END_OF_DIRECTORY = b"PK\x05\x06"
END_OF_DIRECTORY_SIZE = 22
ZIP64_LOCATOR = b"PK\x06\x07"
ZIP64_LOCATOR_SIZE = 20
# The directory of a package, read before the zip is opened: a name is short, so a
# directory larger than this per allowed entry is a trick.
DIRECTORY_BYTES_PER_ENTRY = 512


def file_extension(name: str | None) -> str:
    """The lower-cased extension of ``name``; "" when there is none (or no name at all)."""
    return name.rsplit(".", 1)[-1].lower() if name and "." in name else ""


def _head(uploaded: File, size: int = 1024) -> bytes:
    uploaded.seek(0)
    head = uploaded.read(size)
    uploaded.seek(0)
    return head


def _content_matches(uploaded: File, extension: str) -> bool:
    head = _head(uploaded)
    if extension == "pdf":
        return head.startswith(PDF)
    if extension in {"doc", "xls"}:
        return head.startswith(OLE2)
    if not head.startswith(ZIP):
        return False
    if extension == "zip":
        return True
    try:
        with zipfile.ZipFile(uploaded) as archive:
            names = archive.namelist()
            if extension in OPENDOCUMENT_MIMETYPE:
                return (
                    "mimetype" in names
                    and _read_at_most(archive, "mimetype", 100).strip()
                    == (OPENDOCUMENT_MIMETYPE[extension])
                )
            prefix = ZIP_MEMBER_PREFIX.get(extension)
            if prefix is None:  # no member known to prove this kind of package
                return False
            return "[Content_Types].xml" in names and any(n.startswith(prefix) for n in names)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        return False
    finally:
        uploaded.seek(0)


def _read_at_most(archive: zipfile.ZipFile, name: str, size: int) -> bytes:
    with archive.open(name) as member:
        return member.read(size)


def _directory_end(uploaded: File) -> tuple[int, int] | None:
    """(entries, directory size) from the zip's end record, or None if there is none.

    Found the way Python's zipfile finds it: at the very end, else the last one within the
    largest comment a zip may carry.
    """
    uploaded.seek(0, 2)
    length = uploaded.tell()
    tail_size = min(length, END_OF_DIRECTORY_SIZE + 0xFFFF)
    uploaded.seek(length - tail_size)
    tail = uploaded.read(tail_size)
    uploaded.seek(0)
    if tail[-END_OF_DIRECTORY_SIZE:].startswith(END_OF_DIRECTORY):
        start = len(tail) - END_OF_DIRECTORY_SIZE
    else:
        start = tail.rfind(END_OF_DIRECTORY)
    record = tail[start : start + END_OF_DIRECTORY_SIZE]
    if start < 0 or len(record) < END_OF_DIRECTORY_SIZE:
        return None
    _signature, _disk, _cd_disk, _here, entries, directory_size, _offset, _comment = struct.unpack(
        "<4s4H2LH", record
    )
    if tail[max(0, start - ZIP64_LOCATOR_SIZE) : start].startswith(ZIP64_LOCATOR):
        # zipfile would take the counts from the Zip64 record instead, which may say
        # anything; only archives of more than 65,535 parts or 4 GB need one.
        return 0xFFFF, 0xFFFFFFFF
    return entries, directory_size


def _too_many_parts(extension: str, limit: int) -> str:
    return _(
        "This .%(extension)s file holds more than %(limit)s parts; no real document needs so "
        "many. Save it again from its program, or choose the right file."
    ) % {"extension": extension, "limit": group_thousands(limit)}


def _package_problem(uploaded: File, extension: str) -> str | None:
    """Why this package is too large to open, measured before it is opened; or None."""
    max_entries = settings.PORTAL_PACKAGE_MAX_ENTRIES
    end = _directory_end(uploaded)
    if end is None:
        return None  # not a zip: the content check says so
    entries, directory_size = end
    if entries > max_entries or directory_size > max_entries * DIRECTORY_BYTES_PER_ENTRY:
        # 0xFFFF entries means "see the Zip64 record": far more than any document needs.
        return _too_many_parts(extension, max_entries)
    try:
        with zipfile.ZipFile(uploaded) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        return None
    finally:
        uploaded.seek(0)
    if len(members) > max_entries:
        return _too_many_parts(extension, max_entries)
    expanded = sum(member.file_size for member in members)
    largest_xml = max(
        (m.file_size for m in members if m.filename.lower().endswith(XML_PARTS)), default=0
    )
    limit = settings.PORTAL_PACKAGE_MAX_EXPANDED_SIZE
    xml_limit = settings.PORTAL_PACKAGE_MAX_XML_SIZE
    if expanded > limit or largest_xml > xml_limit:
        return _(
            "This .%(extension)s file expands to %(size)s when opened; the most accepted is "
            "%(limit)s in all and %(xml_limit)s of text in one part. Split it into smaller "
            "files, or save it as PDF."
        ) % {
            "extension": extension,
            "size": filesizeformat(max(expanded, largest_xml)),
            "limit": filesizeformat(limit),
            "xml_limit": filesizeformat(xml_limit),
        }
    return None


def _pdf_problem(uploaded: File) -> str | None:
    """Why PDFium cannot open this PDF (it runs in a child process with limits); or None."""
    with extraction.local_path(uploaded) as path:
        problem = extraction.pdf_problem(path)
    if problem == "password":
        return _(
            "This PDF is protected by a password, so readers could not open it. "
            "Upload a copy without a password."
        )
    if problem:
        return _(
            "This PDF is damaged or incomplete: it cannot be opened. Save or export it "
            "again as PDF, or choose the right file."
        )
    return None


def check_size(uploaded: File, limit: int) -> None:
    if uploaded.size > limit:
        raise ValidationError(
            _("This file is %(size)s; the largest file accepted is %(limit)s.")
            % {"size": filesizeformat(uploaded.size), "limit": filesizeformat(limit)},
            code="file_too_large",
        )


def check_extension(extension: str, allowed: list[str]) -> None:
    if extension not in allowed:
        raise ValidationError(
            _("Files of type .%(extension)s are not accepted. Accepted types: %(allowed)s.")
            % {"extension": extension, "allowed": ", ".join(allowed)},
            code="invalid_extension",
        )


def content_mismatch(extension: str) -> ValidationError:
    return ValidationError(
        _(
            "The content of this file is not a real .%(extension)s file. "
            "Save it again in that format, or choose the right file."
        )
        % {"extension": extension},
        code="content_mismatch",
    )


def validate_document_upload(uploaded: File) -> None:
    """Refuse a document that is too large or whose content is not its extension's format."""
    check_size(uploaded, settings.PORTAL_DOCUMENT_MAX_UPLOAD_SIZE)
    extension = file_extension(uploaded.name)
    check_extension(extension, settings.WAGTAILDOCS_EXTENSIONS)
    if extension in PACKAGES:
        problem = _package_problem(uploaded, extension)
        if problem:
            raise ValidationError(problem, code="package_too_large")
    if not _content_matches(uploaded, extension):
        raise content_mismatch(extension)
    if extension == "pdf":
        problem = _pdf_problem(uploaded)
        if problem:
            raise ValidationError(problem, code="unreadable_pdf")
