"""Bulk import of documents from a spreadsheet (.xlsx, or .csv in UTF-8, comma or semicolon).

One row per document; every row is checked and either imported in its own transaction or
reported with its line number and the reason. A document already in the library (same
number and symbol, issuer and date) is updated, never duplicated.
"""

import csv
import datetime
import hashlib
import io
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.utils.translation import gettext as _

from portal.models import PortalDocument
from portal.text import fold, nfc
from portal.uploads import validate_document_upload

from .models import (
    DocumentAttachment,
    DocumentField,
    DocumentPage,
    DocumentRelation,
    DocumentType,
    Issuer,
)
from .numbers import resolve_code
from .vocabulary import read_number

# Header (folded, words joined by "_") -> field. Vietnamese headings and short forms.
HEADERS = {
    "so_ky_hieu": "number",
    "so_hieu": "number",
    "so": "number",
    "loai": "type",
    "loai_van_ban": "type",
    "co_quan": "issuer",
    "co_quan_ban_hanh": "issuer",
    "ngay_ban_hanh": "date_issued",
    "ngay_hieu_luc": "effective_date",
    "ngay_co_hieu_luc": "effective_date",
    "ngay_het_hieu_luc": "expiry_date",
    "nguoi_ky": "signer",
    "chuc_vu": "signer_position",
    "chuc_vu_nguoi_ky": "signer_position",
    "linh_vuc": "fields",
    "trich_yeu": "summary",
    "he": "system",
    "cong_bo": "publishable",
    "do_mat": "secrecy",
    "tep": "files",
    "tep_dinh_kem": "files",
    "tieu_de": "title",
    "thay_the": "replaces",
    "sua_doi": "amends",
    "sua_doi_bo_sung": "amends",
    "huong_dan": "guides",
    "can_cu": "based_on",
    "he_thong": "system",
}
REQUIRED = ("number", "type", "issuer", "date_issued", "summary", "files")
RELATIONS = ("replaces", "amends", "guides", "based_on")
YES = {"co", "x", "1", "true", "yes", "dung"}
NO = {"khong", "0", "false", "no", ""}
PARTY_WORDS = {"dang", "party"}
STATE_WORDS = {"nha nuoc", "state", "chinh quyen"}


class RowError(Exception):
    """A row that cannot be imported; the message says why, in the reader's language."""


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list = field(default_factory=list)  # (line, number as typed, reason)
    seconds: float = 0.0

    @property
    def imported(self):
        return self.created + self.updated + self.unchanged

    @property
    def per_second(self):
        return self.imported / self.seconds if self.seconds else 0.0


def _header_key(text):
    return "_".join(fold(str(text or "")).replace("/", " ").split())


def read_rows(path):
    """[(line number, {field: value})] from an .xlsx or .csv file."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True, data_only=True).active
        raw = [list(row) for row in sheet.iter_rows(values_only=True)]
    else:
        text = path.read_bytes().decode("utf-8-sig")
        first_line = text.splitlines()[0] if text else ""
        delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
        raw = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    if not raw:
        return []
    fields = [HEADERS.get(_header_key(heading)) for heading in raw[0]]
    rows = []
    for line, values in enumerate(raw[1:], start=2):
        if not any(str(v or "").strip() for v in values):
            continue
        row = {}
        for name, value in zip(fields, values, strict=False):
            if name:
                row[name] = value.strip() if isinstance(value, str) else value
        rows.append((line, row))
    return rows


def _date(value, label, required=False):
    if value in (None, ""):
        if required:
            raise RowError(_("%(label)s is missing.") % {"label": label})
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    for form in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.datetime.strptime(str(value).strip(), form).date()
        except ValueError:
            continue
    raise RowError(
        _("%(label)s '%(value)s' is not a date (dd/mm/yyyy).") % {"label": label, "value": value}
    )


class DocumentImporter:
    def __init__(self, library, files_dir, stdout=None, user=None):
        self.library = library
        self.files_dir = Path(files_dir) if files_dir else None
        self.stdout = stdout
        self.user = user
        self.report = ImportReport()
        self._relations = []  # (document, {kind: [numbers]})

    # Lookups ----------------------------------------------------------------------------

    def _system(self, row, parsed):
        word = fold(str(row.get("system") or ""))
        if word in PARTY_WORDS:
            return "party"
        if word in STATE_WORDS:
            return "state"
        return parsed.system

    def _type(self, row, parsed, system):
        wanted = fold(str(row.get("type") or ""))
        candidates = list(DocumentType.objects.all())
        matches = [t for t in candidates if fold(t.name) == wanted or fold(t.slug) == wanted]
        matches = matches or [
            t for t in candidates if wanted in {fold(symbol) for symbol in t.symbol_list}
        ]
        if system:
            matches = [t for t in matches if t.system == system] or matches
        if not matches:
            raise RowError(_("Unknown document type '%(type)s'.") % {"type": row.get("type")})
        return matches[0]

    def _issuer(self, row, parsed):
        typed = str(row.get("issuer") or parsed.issuer_code or "").strip()
        codes = {issuer.code.upper(): issuer for issuer in Issuer.objects.all()}
        code, known = resolve_code(typed, frozenset(codes))
        if known:
            return codes[code]
        by_name = Issuer.objects.filter(name__iexact=typed).first()
        if by_name is None:
            raise RowError(_("Unknown issuing body '%(issuer)s'.") % {"issuer": typed})
        return by_name

    def _files(self, row):
        names = [name.strip() for name in str(row.get("files") or "").split(";") if name.strip()]
        if not names:
            raise RowError(_("No file is named in the 'tep' column."))
        found = []
        for name in names:
            path = (self.files_dir / name) if self.files_dir else Path(name)
            if not path.is_file():
                raise RowError(_("The file '%(name)s' was not found.") % {"name": name})
            with path.open("rb") as handle:
                upload = File(handle, name=path.name)
                upload.size = path.stat().st_size
                try:
                    validate_document_upload(upload)
                except ValidationError as error:
                    raise RowError(f"{name}: {' '.join(error.messages)}") from None
            found.append(path)
        return found

    def _stored_file(self, path, title):
        """The file at ``path`` in the media library, stored once whatever its name."""
        data = path.read_bytes()
        digest = hashlib.sha1(data).hexdigest()
        existing = PortalDocument.objects.filter(file_hash=digest).first()
        if existing is not None:
            return existing
        stored = PortalDocument(title=title, uploaded_by_user=self.user)
        stored.file.save(path.name, File(io.BytesIO(data)), save=False)
        stored._set_document_file_metadata()  # size and hash, as Wagtail's upload view does
        stored.save()
        return stored

    # Rows -------------------------------------------------------------------------------

    def import_row(self, row):
        missing = [name for name in REQUIRED if not str(row.get(name) or "").strip()]
        if missing:
            raise RowError(_("Missing: %(columns)s.") % {"columns": ", ".join(missing)})
        if fold(str(row.get("secrecy") or "")) not in NO:
            raise RowError(_("Classified documents (Mật, Tối mật, Tuyệt mật) are not imported."))
        parsed = read_number(str(row["number"]))
        system = self._system(row, parsed)
        doc_type = self._type(row, parsed, system)
        issuer = self._issuer(row, parsed)
        date_issued = _date(row.get("date_issued"), _("Date issued"), required=True)
        effective = _date(row.get("effective_date"), _("Effective date"))
        expiry = _date(row.get("expiry_date"), _("Expiry date"))
        paths = self._files(row)
        publishable = fold(str(row.get("publishable") or "có")) not in NO
        field_names = [
            nfc(n.strip()) for n in str(row.get("fields") or "").replace(",", ";").split(";")
        ]
        fields = [
            f
            for f in DocumentField.objects.all()
            if fold(f.name) in {fold(n) for n in field_names if n}
        ]

        document = DocumentPage.objects.filter(
            number_key=parsed.key, issuer=issuer, date_issued=date_issued
        ).first()
        created = document is None
        title = str(row.get("title") or "").strip() or f"{doc_type.name} {parsed.printed}"
        values = {
            "title": nfc(title),
            "number": parsed.printed,
            "doc_type": doc_type,
            "issuer": issuer,
            "date_issued": date_issued,
            "effective_date": effective,
            "expiry_date": expiry,
            "signer": nfc(str(row.get("signer") or "")),
            "signer_position": nfc(str(row.get("signer_position") or "")),
            "summary": nfc(str(row["summary"])),
            "publishable": publishable,
        }
        files = [self._stored_file(path, title) for path in paths]
        relations = {kind: row.get(kind) for kind in RELATIONS if row.get(kind)}
        if not created and self._unchanged(document, values, fields, files):
            self._remember_relations(document, relations)
            return None
        if created:
            document = DocumentPage(**values, live=False)
            self.library.add_child(instance=document)
        else:
            for name, value in values.items():
                setattr(document, name, value)
        document.fields = fields
        document.attachments = [
            DocumentAttachment(file=file, sort_order=index) for index, file in enumerate(files)
        ]
        if publishable:
            document.save_revision(user=self.user).publish(
                user=self.user, skip_permission_checks=True
            )
        else:
            if document.live:
                document.unpublish()
            # Saved as a draft with its rows, so its files are known to be the board's only.
            document.save()
            document.save_revision(user=self.user)
        self._remember_relations(document, relations)
        return created

    def _remember_relations(self, document, relations):
        """Linked once every row is in: a relation may name a document further down."""
        if relations:
            self._relations.append((document.pk, relations))

    @staticmethod
    def _unchanged(document, values, fields, files):
        """A re-imported row that says nothing new is left alone (no new revision)."""
        same_values = all(getattr(document, name) == value for name, value in values.items())
        same_fields = {f.pk for f in document.fields.all()} == {f.pk for f in fields}
        current_files = [a.file_id for a in document.attachments.order_by("sort_order")]
        published_as_wanted = document.live == values["publishable"]
        return (
            same_values
            and same_fields
            and current_files == [f.pk for f in files]
            and (published_as_wanted)
        )

    def link_relations(self):
        """Relations name other documents by number; they may come later in the file."""
        for document_id, relations in self._relations:
            document = DocumentPage.objects.get(pk=document_id)
            wanted = []
            for kind, numbers in relations.items():
                for number in str(numbers).split(";"):
                    key = read_number(number).key
                    target = (
                        DocumentPage.objects.filter(number_key=key).order_by("-date_issued").first()
                        if key
                        else None
                    )
                    if target is not None and target.pk != document.pk:
                        wanted.append((kind, target.pk))
            current = [(relation.kind, relation.target_id) for relation in document.relations.all()]
            if sorted(current) != sorted(wanted):
                document.relations = [
                    DocumentRelation(kind=kind, target_id=target, sort_order=index)
                    for index, (kind, target) in enumerate(wanted)
                ]
                revision = document.save_revision(user=self.user)
                if document.live:
                    revision.publish(user=self.user, skip_permission_checks=True)

    def run(self, rows):
        started = time.monotonic()
        total = len(rows)
        for position, (line, row) in enumerate(rows, start=1):
            try:
                with transaction.atomic():
                    created = self.import_row(row)
            except RowError as error:
                self.report.rejected.append((line, str(row.get("number") or ""), str(error)))
                self._progress(position, total, row, _("rejected"))
                continue
            if created is None:
                self.report.unchanged += 1
            elif created:
                self.report.created += 1
            else:
                self.report.updated += 1
            outcome = {None: _("unchanged"), True: _("new"), False: _("updated")}[created]
            self._progress(position, total, row, outcome)
        with transaction.atomic():
            self.link_relations()
        self.report.seconds = time.monotonic() - started
        return self.report

    def _progress(self, position, total, row, outcome):
        if self.stdout is not None:
            self.stdout.write(f"[{position}/{total}] {row.get('number') or ''}: {outcome}")
