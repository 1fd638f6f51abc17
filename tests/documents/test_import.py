"""import_documents: good rows in, bad rows reported by line, idempotent, xlsx and csv."""

import io

import pytest
from django.core.management import call_command
from openpyxl import Workbook

from demo.pdfs import make_pdf
from documents.models import DocumentPage

pytestmark = pytest.mark.django_db

HEADER = [
    "Số/Ký hiệu",
    "Loại",
    "Cơ quan",
    "Ngày ban hành",
    "Ngày hiệu lực",
    "Người ký",
    "Lĩnh vực",
    "Trích yếu",
    "Công bố",
    "Tệp",
    "Thay thế",
]
GOOD = [
    [
        "43/2011/NĐ-CP",
        "Nghị định",
        "CP",
        "13/06/2011",
        "01/08/2011",
        "Nguyễn Văn A",
        "Pháp luật",
        "Quy định về cung cấp thông tin trên trang thông tin điện tử",
        "có",
        "nd43.pdf",
        "",
    ],
    [
        "42/2022/NĐ-CP",
        "Nghị định",
        "CP",
        "24/06/2022",
        "15/08/2022",
        "Nguyễn Văn B",
        "Pháp luật; Chuyển đổi số",
        "Quy định về cung cấp thông tin và dịch vụ công trực tuyến",
        "có",
        "nd42.pdf",
        "43/2011/NĐ-CP",
    ],
    [
        "106-KH/TU",
        "Kế hoạch",
        "TU",
        "22/06/2015",
        "",
        "Trần Văn C",
        "Chuyển đổi số",
        "Ứng dụng công nghệ thông tin trong hoạt động của các cơ quan đảng",
        "có",
        "kh106.pdf",
        "",
    ],
    [
        "07-BC/DUK",
        "Báo cáo",
        "DUK",
        "05/05/2021",
        "",
        "Lê Thị D",
        "Tổ chức – cán bộ",
        "Báo cáo nội bộ về công tác chuẩn bị nhân sự",
        "không",
        "bc07.pdf",
        "",
    ],
]
BAD = [
    ["12-KH/ĐUK", "Kế hoạch", "ĐUK", "01/02/2024", "", "", "", "", "có", "kh106.pdf", ""],
    ["13-XYZ/ĐUK", "Loại lạ", "ĐUK", "01/02/2024", "", "", "", "Trích yếu", "có", "kh106.pdf", ""],
    ["14-KH/ĐUK", "Kế hoạch", "ĐUK", "31/02/2024", "", "", "", "Trích yếu", "có", "kh106.pdf", ""],
    ["15-KH/ĐUK", "Kế hoạch", "ĐUK", "01/02/2024", "", "", "", "Trích yếu", "có", "thieu.pdf", ""],
]


@pytest.fixture
def files(tmp_path):
    for name in ("nd43", "nd42", "kh106", "bc07"):
        (tmp_path / f"{name}.pdf").write_bytes(
            make_pdf(["CƠ QUAN"], name.upper(), [f"Nội dung {name}."])
        )
    return tmp_path


def write_csv(path, rows, delimiter=",", bom=True):
    import csv

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows([HEADER, *rows])
    path.write_text(("\ufeff" if bom else "") + buffer.getvalue(), encoding="utf-8")
    return path


def write_xlsx(path, rows):
    workbook = Workbook()
    sheet = workbook.active
    for row in [HEADER, *rows]:
        sheet.append(row)
    workbook.save(path)
    return path


def run(path, files, capsys):
    call_command("import_documents", str(path), "--files", str(files))
    return capsys.readouterr()


def test_good_file_imports_everything(library, files, capsys):
    output = run(write_csv(files / "vb.csv", GOOD), files, capsys)
    assert "4 created, 0 updated, 0 unchanged, 0 rejected" in output.out
    assert DocumentPage.objects.count() == 4
    nd42 = DocumentPage.objects.get(number="42/2022/NĐ-CP")
    assert nd42.live and nd42.publishable
    assert {f.name for f in nd42.fields.all()} == {"Pháp luật", "Chuyển đổi số"}
    assert nd42.relations.get().target.number == "43/2011/NĐ-CP"
    internal = DocumentPage.objects.get(number="07-BC/ĐUK")  # DUK read as ĐUK
    assert not internal.live and not internal.publishable
    assert "[1/4] 43/2011/NĐ-CP" in output.out and "[4/4]" in output.out  # progress


def test_bad_rows_are_reported_by_line_and_good_rows_still_imported(library, files, capsys):
    output = run(write_csv(files / "vb.csv", [GOOD[2], *BAD]), files, capsys)
    assert "1 created, 0 updated, 0 unchanged, 4 rejected" in output.out
    errors = output.err.splitlines()
    assert errors[0].startswith("Line 3 (12-KH/ĐUK)") and "summary" in errors[0]
    assert errors[1].startswith("Line 4") and "Loại lạ" in errors[1]
    assert errors[2].startswith("Line 5") and "31/02/2024" in errors[2]
    assert errors[3].startswith("Line 6") and "thieu.pdf" in errors[3]


def test_reimport_updates_and_never_duplicates(library, files, capsys):
    path = write_csv(files / "vb.csv", GOOD)
    run(path, files, capsys)
    changed = [row[:] for row in GOOD]
    changed[2][7] = "Ứng dụng công nghệ thông tin (cập nhật)"
    output = run(write_csv(files / "vb.csv", changed), files, capsys)
    assert "0 created, 1 updated, 3 unchanged, 0 rejected" in output.out
    assert DocumentPage.objects.count() == 4
    assert DocumentPage.objects.get(number="106-KH/TU").summary.endswith("(cập nhật)")
    from portal.models import PortalDocument

    assert PortalDocument.objects.count() == 4  # the same files, not copies


@pytest.mark.parametrize("kind", ["xlsx", "csv-semicolon", "csv-no-bom"])
def test_formats(library, files, capsys, kind):
    if kind == "xlsx":
        path = write_xlsx(files / "vb.xlsx", GOOD)
    elif kind == "csv-semicolon":
        path = write_csv(files / "vb.csv", GOOD, delimiter=";")
    else:
        path = write_csv(files / "vb.csv", GOOD, bom=False)
    output = run(path, files, capsys)
    assert "4 created" in output.out
    assert DocumentPage.objects.get(number="106-KH/TU").date_issued.isoformat() == "2015-06-22"


def test_imported_pdf_text_is_searchable(library, files, capsys):
    run(write_csv(files / "vb.csv", GOOD), files, capsys)
    found = DocumentPage.objects.live().search("Nội dung kh106")
    assert [d.number for d in found][:1] == ["106-KH/TU"]


def test_rows_whose_files_fail_the_upload_checks_are_rejected(library, files, capsys, settings):
    """The import gets the checks of the admin's upload form, and reports the row."""
    from tests.portal import sample_files

    settings.PORTAL_PACKAGE_MAX_XML_SIZE = 1024 * 1024
    (files / "phinh-to.docx").write_bytes(sample_files.expanding_docx(2 * 1024 * 1024))
    (files / "gia-mao.pdf").write_bytes(sample_files.html_claiming_pdf())
    rows = [GOOD[2]]
    for number, name in (("16-KH/ĐUK", "phinh-to.docx"), ("17-KH/ĐUK", "gia-mao.pdf")):
        rows.append(
            [number, "Kế hoạch", "ĐUK", "01/02/2024", "", "", "", "Trích yếu", "có", name, ""]
        )
    output = run(write_csv(files / "vb.csv", rows), files, capsys)
    assert "1 created, 0 updated, 0 unchanged, 2 rejected" in output.out
    errors = output.err.splitlines()
    assert errors[0].startswith("Line 3 (16-KH/ĐUK)") and "phinh-to.docx" in errors[0]
    assert errors[1].startswith("Line 4 (17-KH/ĐUK)") and "gia-mao.pdf" in errors[1]
