"""Benchmark: documents imported per second by `import_documents`.

Runs on a throw-away SQLite database (or DATABASE_URL if set), with real PDFs whose text is
read and whose first page is drawn, as in production:

    .venv/bin/python bench/import_documents.py [COUNT]
"""

import csv
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WORK = Path(tempfile.mkdtemp(prefix="portal-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{WORK / 'bench.sqlite3'}")


def main(count):
    import django

    django.setup()
    from portal.publishing import direct_publishing

    with direct_publishing("benchmark"):
        run(count)


def run(count):
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from wagtail.models import Site

    from demo.pdfs import make_pdf
    from documents.importer import DocumentImporter, read_rows
    from documents.models import DocumentLibraryPage

    home = Site.objects.get(is_default_site=True).root_page
    library = DocumentLibraryPage(title="Văn bản", slug="van-ban")
    home.add_child(instance=library)
    library.save_revision().publish()

    rows = [["Số/Ký hiệu", "Loại", "Cơ quan", "Ngày ban hành", "Trích yếu", "Tệp"]]
    for index in range(count):
        name = f"vb-{index}.pdf"
        text = [f"Văn bản thử số {index} về công tác xây dựng Đảng. " * 20] * 4
        (WORK / name).write_bytes(make_pdf(["ĐẢNG ỦY KHỐI"], f"KẾ HOẠCH {index}", text))
        rows.append(
            [
                f"{index + 1}-KH/ĐUK",
                "Kế hoạch",
                "ĐUK",
                "02/01/2026",
                f"Kế hoạch thử số {index}",
                name,
            ]
        )
    sheet = WORK / "van-ban.csv"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)

    started = time.monotonic()
    report = DocumentImporter(library, WORK).run(read_rows(sheet))
    elapsed = time.monotonic() - started
    print(
        f"{report.created} documents imported in {elapsed:.1f} s: "
        f"{report.created / elapsed:.1f} documents per second"
    )
    started = time.monotonic()
    again = DocumentImporter(library, WORK).run(read_rows(sheet))
    elapsed = time.monotonic() - started
    print(
        f"re-import ({again.unchanged} unchanged) in {elapsed:.1f} s: "
        f"{again.imported / elapsed:.1f} documents per second"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
