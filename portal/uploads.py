"""Upload checks by content: a file must be what its extension says it is."""

import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

PDF = b"%PDF-"
ZIP = (b"PK\x03\x04", b"PK\x05\x06")
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy Word and Excel files

# Inside an Office Open XML or OpenDocument zip, the member that proves its kind.
ZIP_MEMBER_PREFIX = {"docx": "word/", "xlsx": "xl/"}
OPENDOCUMENT_MIMETYPE = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
}


def _extension(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _content_matches(uploaded, extension):
    uploaded.seek(0)
    head = uploaded.read(1024)
    uploaded.seek(0)
    if extension == "pdf":
        return PDF in head
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
                    and archive.read("mimetype").strip() == OPENDOCUMENT_MIMETYPE[extension]
                )
            prefix = ZIP_MEMBER_PREFIX.get(extension)
            return "[Content_Types].xml" in names and any(n.startswith(prefix) for n in names)
    except zipfile.BadZipFile:
        return False
    finally:
        uploaded.seek(0)


def validate_document_upload(uploaded):
    """Refuse a document that is too large or whose content is not its extension's format."""
    limit = settings.PORTAL_DOCUMENT_MAX_UPLOAD_SIZE
    if uploaded.size > limit:
        raise ValidationError(
            _("This file is %(size)s; the largest file accepted is %(limit)s.")
            % {"size": filesizeformat(uploaded.size), "limit": filesizeformat(limit)},
            code="file_too_large",
        )
    extension = _extension(uploaded.name)
    if extension not in settings.WAGTAILDOCS_EXTENSIONS:
        raise ValidationError(
            _("Files of type .%(extension)s are not accepted. Accepted types: %(allowed)s.")
            % {"extension": extension, "allowed": ", ".join(settings.WAGTAILDOCS_EXTENSIONS)},
            code="invalid_extension",
        )
    if not _content_matches(uploaded, extension):
        raise ValidationError(
            _(
                "The content of this file is not a real .%(extension)s file. "
                "Save it again in that format, or choose the right file."
            )
            % {"extension": extension},
            code="content_mismatch",
        )
