"""A real, threaded server over the test database, in a process of its own (gunicorn).

On SQLite the test database lives in memory: it is copied to a file first (SQLite's backup),
the server writes there, and the counts are read back from that file. On PostgreSQL the server
uses the test database itself. With Redis, the server shares the tests' Redis database and
cache prefix (the environment carries them), so several workers share the reader hashes.
"""

import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url(tmp_path: Path) -> str:
    """The server's DATABASE_URL: a file copy of the SQLite test database, or PostgreSQL's."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        copy = tmp_path / "server.sqlite3"
        connection.ensure_connection()
        target = sqlite3.connect(copy)
        connection.connection.backup(target)
        target.close()
        return f"sqlite:///{copy}"
    user = db.get("USER") or ""
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    host = db.get("HOST") or "127.0.0.1"
    port = db.get("PORT") or 5432
    return f"postgres://{user}{password}@{host}:{port}/{db['NAME']}"


@contextmanager
def running_server(
    tmp_path: Path, workers: int = 1, threads: int = 10
) -> Iterator[tuple[str, str]]:
    """The site served by gunicorn: yields its address and its DATABASE_URL; stopped after."""
    port = free_port()
    url = database_url(tmp_path)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": url,
        "DB_CONN_MAX_AGE": "0",
    }
    log = open(tmp_path / "gunicorn.log", "w")  # noqa: SIM115 (closed below)
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "portal.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=2)
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((tmp_path / "gunicorn.log").read_text()) from None
                time.sleep(0.2)
        yield base, url
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def server_counts(url: str) -> dict[str, int]:
    """Visits per day and views per page as the server wrote them (SQLite file or PG)."""
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            days = db.execute("SELECT day, visits FROM visits_dailyvisits").fetchall()
            pages = db.execute("SELECT page_id, views FROM visits_pageviews").fetchall()
    else:
        with connection.cursor() as cursor:
            cursor.execute("SELECT day, visits FROM visits_dailyvisits")
            days = cursor.fetchall()
            cursor.execute("SELECT page_id, views FROM visits_pageviews")
            pages = cursor.fetchall()
    counts = {f"day:{day}": visits for day, visits in days}
    counts.update({f"page:{page}": views for page, views in pages})
    return counts


def uses_redis() -> bool:
    return bool(settings.REDIS_URL)
