"""The demo document library, loaded through the same importer an editor would use."""

import csv
import datetime
import tempfile
from pathlib import Path

from demo.datafiles import read
from demo.pages import listing_page
from demo.pdfs import make_pdf
from documents.importer import DocumentImporter, read_rows
from documents.models import DocumentLibraryPage, DocumentType, Issuer
from portal.text import slugify

STATE_SUFFIX = " (Nhà nước)"
RELATION_COLUMNS = {
    "replaces": "Thay thế",
    "amends": "Sửa đổi",
    "guides": "Hướng dẫn",
    "based_on": "Căn cứ",
}
COLUMNS = [
    "Số/Ký hiệu",
    "Loại",
    "Hệ",
    "Cơ quan",
    "Ngày ban hành",
    "Ngày hiệu lực",
    "Ngày hết hiệu lực",
    "Người ký",
    "Chức vụ",
    "Lĩnh vực",
    "Trích yếu",
    "Công bố",
    "Tệp",
    *RELATION_COLUMNS.values(),
]


def _pdf(spec, issuer_name, type_name, province):
    day = datetime.datetime.strptime(spec["date"], "%d/%m/%Y")
    heading = [
        issuer_name.upper(),
        f"Số: {spec['number']}",
        f"{province}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}",
    ]
    signature = "<br/>".join(part for part in (spec["position"], spec["signer"]) if part)
    title = f"{type_name.upper()}<br/>{spec['summary']}"
    return make_pdf(heading, title, spec["text"], signature)


def load_library(home, province):
    page, _created = listing_page(
        home, DocumentLibraryPage, read("documents")["page"], show_in_menus=True
    )
    issuers = {issuer.code: issuer for issuer in Issuer.objects.all()}
    with tempfile.TemporaryDirectory(prefix="van-ban-") as folder:
        folder = Path(folder)
        rows = []
        for spec in read("documents")["documents"]:
            type_name = spec["type"].removesuffix(STATE_SUFFIX)
            candidates = DocumentType.objects.filter(name=type_name)
            if spec["type"].endswith(STATE_SUFFIX):  # a name both systems use
                candidates = candidates.filter(system="state")
            elif candidates.count() > 1:
                candidates = candidates.filter(system="party")
            doc_type = candidates.get()
            state = doc_type.system == "state"
            issuer = issuers[spec["issuer"]]
            file_name = f"{slugify(spec['number'])}-{spec['date'][-4:]}.pdf"
            (folder / file_name).write_bytes(
                _pdf(spec, issuer.display_name(province), doc_type.name, province)
            )
            relations = {kind: [] for kind in RELATION_COLUMNS}
            for relation in spec["relations"]:
                relations[relation["kind"]].append(relation["target"])
            rows.append(
                [
                    spec["number"],
                    doc_type.name,
                    "Nhà nước" if state else "Đảng",
                    spec["issuer"],
                    spec["date"],
                    spec["effective"],
                    spec["expiry"],
                    spec["signer"],
                    spec["position"],
                    "; ".join(spec["fields"]),
                    spec["summary"],
                    "có" if spec["public"] else "không",
                    file_name,
                    *("; ".join(relations[kind]) for kind in RELATION_COLUMNS),
                ]
            )
        sheet = folder / "van-ban.csv"
        with sheet.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows([COLUMNS, *rows])
        report = DocumentImporter(page, folder).run(read_rows(sheet))
    return page, report
