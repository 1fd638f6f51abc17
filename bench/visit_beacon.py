"""The visit counter's beacon against a page from the application cache, same server, same run.

    .venv/bin/python bench/visit_beacon.py [--backends sqlite,postgres] [--redis redis://...]
                                     [--duration 10] [--connections 20]

For each database: a bench database of its own (var/bench/visits.sqlite3, or a PostgreSQL
database named by ``BENCH_POSTGRES_URL``, default
postgres://postgres@127.0.0.1:5432/portal_visits_bench; created and migrated when missing),
served as in production (portal.settings.production, gunicorn with 3 sync workers, like
bench/lighthouse.sh) through bench/visits_server/ (a WSGI module whose URLconf adds
``/bench/cached-home/``): the home page behind Django's per-view cache (``cache_page``), i.e.
a rendered page served from the application cache through the whole middleware stack.
The cache is the file cache of var/bench/ (as a production site without Redis), or Redis with
``--redis`` (then the beacon counts in Redis and ``flush_visits`` writes the database).

1. wrk (apt-get install wrk) measures requests/s of the cached page, then of the beacon, for
   ``--duration`` seconds each with ``--connections`` connections. Every beacon comes from a
   reader of its own (bench/visits_beacon.lua), so every one is counted: the worst case, one
   database write (or Redis increment) per request.
2. Exactness at that rate: the day's counter must have risen by at least the beacons answered
   "counted" and at most those sent (wrk stops with requests in flight, which the server may
   still count); then a fixed run of 1,000 beacons from 20 concurrent clients (400 readers
   twice, 100 crawlers, 100 forged page ids) must raise it by exactly 400.

Figures of 08/12/2026 (2 shared cores, 10 s per measure, 20 connections):

| database | cached page req/s | beacon req/s | ratio | fixed run |
|---|---|---|---|---|
| SQLite, counts in the database | 2718 | 619 | 0.23 | 400 / 400 |
| PostgreSQL, counts in the database | 2281–2917 | 518–609 | 0.21–0.23 | 400 / 400 |
| SQLite + Redis (cache and counts) | 1028 | 511 | 0.50 | 400 / 400 |
| PostgreSQL + Redis (cache and counts) | 917 | 461 | 0.50 | 400 / 400 |

SQLite's row was 298–320 req/s (0.11–0.12) while production opened a connection per request
(setting WAL each time); production workers now keep theirs (settings.production).

Prints a Markdown table: rates, the ratio beacon / cached page (target: at least 0.2), and the
exactness checks. Exit status 1 when a check fails or the ratio is under target.
"""

import argparse
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "var" / "bench"
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
PORT = int(os.environ.get("BENCH_VISITS_PORT", "8766"))
BASE = f"http://127.0.0.1:{PORT}"
POSTGRES = os.environ.get(
    "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/portal_visits_bench"
)
BROWSER = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
TARGET_RATIO = 0.2


def environment(backend: str, redis: str) -> dict[str, str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "VAR_DIR": str(BENCH / f"visits-{backend}"),
        "MEDIA_ROOT": str(BENCH / "visits-media"),
        "STATIC_ROOT": str(BENCH / "visits-static"),
        "LOG_LEVEL": "WARNING",
        "DATABASE_URL": POSTGRES
        if backend == "postgres"
        else f"sqlite:///{BENCH / 'visits.sqlite3'}",
    }
    env.pop("REDIS_URL", None)
    if redis:
        env["REDIS_URL"] = redis
        env["CACHE_KEY_PREFIX"] = f"visits-bench-{backend}"
    return env


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout


def shell(env: dict[str, str], code: str) -> str:
    return manage(env, "shell", "--no-imports", "-c", code).strip().splitlines()[-1]


def prepare(backend: str, env: dict[str, str]) -> int:
    """Migrated database, collected static files; the home page's id."""
    if backend == "postgres":
        name = urllib.parse.urlsplit(POSTGRES).path.strip("/")
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], capture_output=True)
    shutil.rmtree(env["VAR_DIR"], ignore_errors=True)  # the file cache: nothing left over
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    return int(
        shell(
            env,
            "from wagtail.models import Site; "
            "print(Site.objects.get(is_default_site=True).root_page_id)",
        )
    )


def visits(env: dict[str, str]) -> int:
    """All visits counted so far (Redis flushed first)."""
    manage(env, "flush_visits")
    return int(
        shell(
            env,
            "from django.db.models import Sum; from visits.models import DailyVisits; "
            "print(DailyVisits.objects.aggregate(s=Sum('visits'))['s'] or 0)",
        )
    )


def start(env: dict[str, str]) -> subprocess.Popen:
    server = subprocess.Popen(
        [GUNICORN, "visits_bench_wsgi:application", "--pythonpath", "bench/visits_server",
         "--bind", f"127.0.0.1:{PORT}", "--workers", "3", "--log-level", "warning",
         "--error-logfile", str(BENCH / "visits-gunicorn.log")],
        cwd=ROOT, env=env,
    )  # fmt: skip
    for _ in range(120):
        try:
            urllib.request.urlopen(f"{BASE}/healthz", timeout=2)
            return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    sys.exit("gunicorn did not start")


def wrk(url: str, duration: int, connections: int, *script: str) -> tuple[float, dict]:
    command = ["wrk", "-t", "2", "-c", str(connections), "-d", f"{duration}s",
               "-H", f"User-Agent: {BROWSER}"]  # fmt: skip
    if script:
        command += ["-s", script[0], url, "--", *script[1:]]
    else:
        command.append(url)
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    counts = re.search(r"WRK_COUNTS (\{.*\})", output)
    extra = json.loads(counts.group(1)) if counts else {}
    extra["non_2xx"] = int(errors.group(1)) if errors else 0
    return rate, extra


def post(page_id: object, agent: str) -> int:
    data = urllib.parse.urlencode({"p": page_id}).encode()
    request = urllib.request.Request(
        f"{BASE}/luot-truy-cap/", data=data, headers={"User-Agent": agent}, method="POST"
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        response.read()
        return response.status


def fixed_run(home: int) -> int:
    """1,000 beacons, 20 at a time: 400 readers twice, 100 crawlers, 100 forged page ids."""
    beacons = []
    for number in range(400):
        agent = BROWSER.replace("131.0.0.0", f"132.{number}.0.0")
        beacons += [(home, agent), (home, agent)]
    beacons += [(home, f"Googlebot/2.1 (+http://www.google.com/bot.html) {n}") for n in range(100)]
    beacons += [(900_000 + n, BROWSER.replace("131.0.0.0", f"133.{n}.0.0")) for n in range(100)]
    with ThreadPoolExecutor(20) as pool:
        statuses = list(pool.map(lambda beacon: post(*beacon), beacons))
    assert statuses == [200] * 1000, "every beacon answered 200"
    return 400


def bench(backend: str, args: argparse.Namespace) -> dict:
    env = environment(backend, args.redis)
    home = prepare(backend, env)
    server = start(env)
    try:
        for _ in range(3):  # warm: the page rendered and cached, every worker's imports done
            urllib.request.urlopen(
                urllib.request.Request(
                    f"{BASE}/bench/cached-home/", headers={"User-Agent": BROWSER}
                )
            ).read()
        page_rate, page = wrk(f"{BASE}/bench/cached-home/", args.duration, args.connections)
        before = visits(env)
        lua = str(ROOT / "bench" / "visits_beacon.lua")
        beacon_rate, beacon = wrk(
            f"{BASE}/luot-truy-cap/", args.duration, args.connections, lua, str(home)
        )
        time.sleep(2)  # requests still in flight when wrk stopped
        during = visits(env) - before
        fixed_before = visits(env)
        expected = fixed_run(home)
        fixed = visits(env) - fixed_before
    finally:
        server.terminate()
        server.wait()
    within = beacon["counted"] <= during <= beacon["sent"]
    return {
        "backend": backend + (" + Redis" if args.redis else ""),
        "page_rate": page_rate,
        "beacon_rate": beacon_rate,
        "ratio": beacon_rate / page_rate,
        "errors": page["non_2xx"] + beacon["non_2xx"],
        "wrk": f"{beacon['counted']} ≤ {during} ≤ {beacon['sent']}",
        "wrk_ok": within,
        "fixed": f"{fixed} / {expected}",
        "fixed_ok": fixed == expected,
    }  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--redis", default="", help="a Redis URL: count through Redis")
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=20)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    BENCH.mkdir(parents=True, exist_ok=True)
    results = [bench(backend, args) for backend in args.backends.split(",")]
    columns = [
        "database",
        "cached page req/s",
        "beacon req/s",
        "ratio",
        "errors",
        "counted during wrk (answered ≤ counted ≤ sent)",
        "fixed run (counted / expected)",
    ]
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    ok = True
    for r in results:
        cells = [
            r["backend"],
            f"{r['page_rate']:.0f}",
            f"{r['beacon_rate']:.0f}",
            f"{r['ratio']:.2f}",
            str(r["errors"]),
            f"{r['wrk']} {'ok' if r['wrk_ok'] else 'FAILED'}",
            f"{r['fixed']} {'ok' if r['fixed_ok'] else 'FAILED'}",
        ]
        print("| " + " | ".join(cells) + " |")
        passed = r["wrk_ok"] and r["fixed_ok"] and r["ratio"] >= TARGET_RATIO
        ok = ok and passed and not r["errors"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
