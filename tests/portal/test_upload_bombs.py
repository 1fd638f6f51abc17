"""Upload bombs, measured: each hostile file goes through the real admin upload view, as a
contributor, in a process of its own whose address space is limited to what a fresh Django
process uses plus ``HEADROOM``, under a time limit.

Every file must end in a clear Vietnamese form error (or, for the tall PDF, be accepted and
read by the bounded background reader with a small first-page picture), within both limits
and without a server error. One probe process (``upload_probe``) sets Django up once on a
SQLite file made for the module (a copy of the test database, or migrated when the tests
run on PostgreSQL) and forks a limited child per file. Run with ``-s`` to see each file's
peak memory and time.
"""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.portal import sample_files

# The probes use a copy of the test database: it must exist (pytest-django creates it
# only for a run that has a test marked so).
pytestmark = pytest.mark.django_db

HEADROOM = 350 * 1024 * 1024  # bytes of address space above what the web process maps
TIME_LIMIT = 20  # seconds for one upload's process (then it is killed)
UPLOAD_SECONDS = 10  # for the upload request itself
STARTUP_SECONDS = 120  # to start Django and open the forms, on a busy machine
MB = 1024 * 1024

TOO_MANY_PIXELS = "Ảnh này có quá nhiều điểm ảnh"
TOO_MANY_PARTS = "này chứa hơn 2.000 thành phần"

# name: (add view, file name, bytes, thumbnail, expected Vietnamese error or None if accepted)
CASES = {
    "tall-pdf": ("document", "trang-cao.pdf", sample_files.tall_pdf, None, None),
    "docx-50mb-xml": (
        "document",
        "phinh-to.docx",
        sample_files.expanding_docx,
        None,
        "Tệp .docx này khi mở ra chiếm 50,0",
    ),
    "png-12000x12000": (
        "image",
        "rat-lon.png",
        lambda: sample_files.png_of_zeros(12_000, 12_000),
        None,
        TOO_MANY_PIXELS,
    ),
    "png-header-60000x60000": (
        "image",
        "dau.png",
        sample_files.png_header_only,
        None,
        TOO_MANY_PIXELS,
    ),
    "gif-header-60000x60000": (
        "image",
        "dau.gif",
        sample_files.gif_header_only,
        None,
        TOO_MANY_PIXELS,
    ),
    "gif-20-frames-2000x2000": (
        "image",
        "dong.gif",
        sample_files.animated_gif,
        None,
        "Ảnh này có 80.000.000 điểm ảnh",
    ),
    "jpeg-cut-at-half": (
        "image",
        "cat-doi.jpg",
        lambda: (lambda data: data[: len(data) // 2])(sample_files.jpeg()),
        None,
        "Ảnh này bị hỏng hoặc không đầy đủ",
    ),
    "html-claiming-pdf": (
        "document",
        "gia-mao.pdf",
        sample_files.html_claiming_pdf,
        None,
        "Nội dung tệp này không phải là tệp .pdf thật",
    ),
    "html-named-mp4": (
        "video",
        "clip.mp4",
        sample_files.html_named_video,
        None,
        "Nội dung tệp này không phải là tệp .mp4 thật",
    ),
    "svg-script-as-png-thumbnail": (
        "video",
        "that.mp4",
        sample_files.mp4,
        ("t.png", sample_files.svg_with_script),
        "Tệp này không phải là ảnh .png thật",
    ),
    **{
        f"zip-10000-entries-as-{extension}": (
            "document",
            f"nhieu-phan.{extension}",
            lambda extension=extension: sample_files.many_entries(extension),
            None,
            f"Tệp .{extension} {TOO_MANY_PARTS}",
        )
        for extension in ("docx", "odt", "xlsx")
    },
}


def _environment(database: Path) -> dict:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "DATABASE_URL", "CACHE_KEY_PREFIX"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="portal.settings.test", DATABASE_URL=f"sqlite:///{database}"
    )
    return environment


def _run_probe(database: Path, job: Path, count: int) -> dict:
    """All uploads of ``job``, each in its own limited process (``upload_probe``)."""
    finished = subprocess.run(
        [sys.executable, "-m", "tests.portal.upload_probe", str(job)],
        cwd=settings.BASE_DIR,
        env=_environment(database),
        capture_output=True,
        text=True,
        timeout=STARTUP_SECONDS + count * TIME_LIMIT,
        check=False,
    )
    lines = finished.stdout.strip().splitlines()
    assert finished.returncode == 0 and lines, finished.stderr[-3000:]
    return json.loads(lines[-1])


def _copy_test_database(target: Path, django_db_blocker) -> None:
    """The migrated test database as a file the probes can open."""
    with django_db_blocker.unblock():
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            destination = sqlite3.connect(target)
            connection.connection.backup(destination)
            destination.close()
            return
    subprocess.run(  # on PostgreSQL: a SQLite file of its own, migrated once
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=settings.BASE_DIR,
        env=_environment(target),
        check=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def reports(django_db_setup, django_db_blocker, tmp_path_factory):
    folder = tmp_path_factory.mktemp("upload-bombs")
    database = folder / "probe.sqlite3"
    _copy_test_database(database, django_db_blocker)
    uploads = {}
    for key, (kind, name, make, thumbnail, _expected) in CASES.items():
        path = folder / key
        path.write_bytes(make())
        uploads[key] = {"kind": kind, "name": name, "path": str(path)}
        if thumbnail:
            thumbnail_path = folder / f"{key}-thumbnail"
            thumbnail_path.write_bytes(thumbnail[1]())
            uploads[key].update(thumbnail_path=str(thumbnail_path), thumbnail_name=thumbnail[0])
    job = folder / "job.json"
    job.write_text(json.dumps({"headroom": HEADROOM, "seconds": TIME_LIMIT, "uploads": uploads}))
    results = _run_probe(database, job, len(uploads))
    for key, report in results.items():
        size = Path(uploads[key]["path"]).stat().st_size
        readers = ", ".join(
            f"{reader['mode']} {reader['peak_memory'] / MB:.0f} MB"
            for reader in report.get("readers", [])
        )
        print(
            f"{key:30} {size / 1024:7.1f} KB  {report.get('status')}  "
            f"{report.get('seconds', 0):5.2f} s  +{report.get('growth', 0) / MB:5.1f} MB "
            f"(from {report.get('start_rss', 0) / MB:.0f} MB)  readers: {readers or '-'}"
        )
    return results


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_upload_is_bounded_and_answered_clearly(reports, case):
    kind, _name, _make, _thumbnail, expected = CASES[case]
    report = reports[case]
    assert report["status"] in {200, 302}, f"{case}: no server error, no crash: {report}"
    assert report["seconds"] < UPLOAD_SECONDS, f"{case}: answered within {UPLOAD_SECONDS} s"
    growth = report["growth"]
    assert growth < HEADROOM, f"{case}: the web process grew {growth / MB:.0f} MB"
    for reader in report["readers"]:
        assert reader["peak_memory"] < settings.PORTAL_FILE_READER_MEMORY, f"{case}: {reader}"
    if expected is None:
        assert report["status"] == 302, f"{case}: accepted"
        return
    assert report["status"] == 200, f"{case}: the form is shown again"
    assert expected in report["html"], f"{case}: says why in Vietnamese"


def test_tall_pdf_is_read_in_bounds_with_a_small_first_page(reports):
    """Accepted; its text read and its first page drawn, by the bounded reader."""
    document = reports["tall-pdf"]["document"]
    assert document["text_status"] == "ok" and document["text"] == "Trang rat dai"
    assert "preview_error" not in document
    width, height = document["preview"]
    assert width <= 1000 and height <= 2000, "the picture of a 100 x 14,400 pt page is bounded"
