"""Benchmark: site-search latency and indexing throughput on a large generated site.

    .venv/bin/python bench/search_latency.py [--articles 100000] [--documents 20000]
        [--database sqlite|postgresql] [--reuse] [--rebuild]

Builds its own database (a SQLite file under var/bench/, or the PostgreSQL database
``portal_bench_search`` on the server of DATABASE_URL, default 127.0.0.1:5432), fills it with
``generate_site``, then runs a fixed list of 60 queries in four classes (common words,
phrases with and without marks, document numbers in sloppy forms, rare words). Each query
is run once to warm up, then three times through the search page (the full request a reader
makes: engine, highlighting, template). Prints the median and 95th percentile per class.
``--reuse`` keeps an existing generated database; ``--rebuild`` also times ``update_index``.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from databases import use_postgres  # noqa: E402 -- after the path is set

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
PG_NAME = "portal_bench_search"

COMMON = [
    "Đảng",
    "cán bộ",
    "hội nghị",
    "đảng viên",
    "chi bộ",
    "nghị quyết",
    "kiểm tra",
    "giám sát",
    "sinh hoạt",
    "doanh nghiệp",
    "học tập",
    "chuyển đổi số",
    "tổ chức",
    "công tác",
    "lãnh đạo",
    "Đảng ủy Khối",
    "xây dựng",
    "người lao động",
    "thi đua",
    "chính trị",
]
PHRASES = [
    '"học tập và làm theo"',
    '"hoc tap va lam theo"',
    '"sinh hoạt chi bộ"',
    '"sinh hoat chi bo"',
    '"kết nạp đảng viên"',
    '"ket nap dang vien"',
    '"cán bộ chủ chốt"',
    '"can bo chu chot"',
    '"nghị quyết đại hội"',
    '"nghi quyet dai hoi"',
    '"chuyển đổi số"',
    '"chuyen doi so"',
    '"kiểm tra, giám sát"',
    '"kiem tra giam sat"',
    '"người lao động"',
    '"nguoi lao dong"',
    '"Ban Thường vụ"',
    '"ban thuong vu"',
    '"phát triển đảng viên"',
    '"phat trien dang vien"',
]
RARE = [
    "chè Shan tuyết",
    "cồng chiêng",
    "dó bầu",
    "khảm trai",
    "hát xoan",
    "Pôồn Pôông",
    "đàn đá Tràng Thi",
    "ngao Hậu Lộc",
    "may tien CNC",
    "học bổng Vừ A Dính",
]
# Sloppy ways of typing a number: "106-KH/TU" as "106 kh tu", "số 106/KH-TU", "106kh/tu"...
NUMBER_FORMS = [
    lambda n: n.lower(),
    lambda n: n.replace("/", " ").replace("-", " "),
    lambda n: "số " + n,
    lambda n: n.replace("Đ", "D").replace("đ", "d"),
    lambda n: n.lower().replace("/", " - "),
    lambda n: "  " + n.replace("-", "/") + "  ",
    lambda n: "so " + n.lower().replace("đ", "d"),
    lambda n: n.replace("/", "\\"),
    lambda n: n.upper().replace("-", " "),
    lambda n: n.replace("-", "–"),
]


def parse_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    return parser.parse_args()


def prepare_database(args):
    """Point Django at the benchmark database; True when it must be filled."""
    if args.database == "sqlite":
        path = ROOT / "var" / "bench" / "search.sqlite3"
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and not args.reuse:
            path.unlink()
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
        return not path.exists()
    return use_postgres(PG_NAME, args.reuse)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main():
    args = parse_args()
    fresh = prepare_database(args)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from demo.generated_site import SiteGenerator
    from documents.models import DocumentPage
    from portal.publishing import direct_publishing
    from search.engine import run_search
    from search.models import SearchEntry

    call_command("migrate", verbosity=0)
    print(f"database: {connection.vendor}")
    if fresh or not SearchEntry.objects.exists():
        started = time.perf_counter()
        generator = SiteGenerator(seed=2026)
        with direct_publishing("benchmark"):
            generator.add_articles(args.articles)
            generator.add_documents(args.documents)
            timings = generator.finish()
        print(
            f"generated {timings.pages} pages in {time.perf_counter() - started:.0f} s "
            f"(writing pages {timings.page_seconds:.0f} s); indexing {timings.indexed} pages "
            f"took {timings.index_seconds:.0f} s: {timings.indexed / timings.index_seconds:.0f} "
            f"pages/s"
        )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE search_searchentry")
    print(f"index: {SearchEntry.objects.count()} entries")

    if args.rebuild:
        started = time.perf_counter()
        call_command("update_index", site_search_only=True, verbosity=0)
        seconds = time.perf_counter() - started
        count = SearchEntry.objects.count()
        print(
            f"update_index (site search): {count} pages in {seconds:.0f} s: "
            f"{count / seconds:.0f} pages/s"
        )

    documents = list(
        DocumentPage.objects.exclude(number="").order_by("pk").values_list("pk", "number")[:10]
    )
    numbers = [
        (form(number), pk) for (pk, number), form in zip(documents, NUMBER_FORMS, strict=False)
    ]
    classes = {
        "common words": [(query, None) for query in COMMON],
        "phrases": [(query, None) for query in PHRASES],
        "document numbers": numbers,
        "rare words": [(query, None) for query in RARE],
    }
    client = Client(HTTP_HOST="localhost")
    print(
        f"{'class':18} {'queries':>7} {'median ms':>10} {'p95 ms':>8} {'max ms':>8} "
        f"{'engine p95':>10} {'results (median)':>17}"
    )
    everything = []
    for name, queries in classes.items():
        page_times, engine_times, counts, misses = [], [], [], []
        for query, expected in queries:
            client.get("/tim-kiem/", {"q": query})  # warm-up
            for _ in range(args.runs):
                started = time.perf_counter()
                response = client.get("/tim-kiem/", {"q": query})
                page_times.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (query, response.status_code)
                started = time.perf_counter()
                results = run_search(query)
                engine_times.append((time.perf_counter() - started) * 1000)
            counts.append(results.count)
            if expected is not None and (not results.ids or results.ids[0] != expected):
                misses.append(query)
        everything += page_times
        print(
            f"{name:18} {len(queries):>7} {statistics.median(page_times):>10.1f} "
            f"{percentile(page_times, 0.95):>8.1f} {max(page_times):>8.1f} "
            f"{percentile(engine_times, 0.95):>10.1f} {statistics.median(counts):>17.0f}"
        )
        if misses:
            print(f"  number not first for: {misses}")
    print(
        f"{'all':18} {sum(map(len, classes.values())):>7} {statistics.median(everything):>10.1f} "
        f"{percentile(everything, 0.95):>8.1f} {max(everything):>8.1f}"
    )


if __name__ == "__main__":
    main()
