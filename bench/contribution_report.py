"""Benchmark: the contribution report over 100,000 articles and 10 years, on PostgreSQL.

    .venv/bin/python bench/contribution_report.py [--articles 100000] [--reuse] [--runs 5]

Builds the PostgreSQL database ``portal_bench_reports`` on the server of BENCH_PG (default
postgres://postgres@127.0.0.1:5432/postgres) and fills it with ``generate_site``'s generator
(``demo.generated_site.SiteGenerator``: live articles over 2016–2025, pages inserted in bulk).
The site-search indexing that ``generate_site`` also does is skipped: the report never reads
the index, and indexing is most of the generation time. The generator leaves every article to
the office staff with no author account: one UPDATE then spreads the rows over 30 units, 200
authors and the three author groups (outlet links to "collected"), as a real newsroom's are.

Times the whole admin request (queries, tables, charts, template) of the report for one year
and for the ten years, and its XLSX export, as the chief editor; prints the median of --runs.
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
PG_NAME = "portal_bench_reports"
UNITS, AUTHORS = 30, 200


def parse_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    return parser.parse_args()


def fill(count):
    from django.contrib.auth import get_user_model
    from django.db import connection

    from demo.generated_site import SiteGenerator
    from portal.publishing import direct_publishing
    from reports.models import Quota
    from units.models import Unit

    Unit.objects.bulk_create(
        Unit(name=f"Đơn vị {n:02d}", short_code=f"DV-{n:02d}", kind="party") for n in range(UNITS)
    )
    User = get_user_model()
    User.objects.bulk_create(
        User(username=f"tacgia{n:03d}", first_name="Tác giả", last_name=str(n))
        for n in range(AUTHORS)
    )
    generator = SiteGenerator(seed=2026)
    generator._index = lambda pages: None  # the report does not read the search index
    started = time.perf_counter()
    with direct_publishing("benchmark"):
        generator.add_articles(count)
        generator.finish()
    first_author = User.objects.order_by("pk").values_list("pk", flat=True).first()
    with connection.cursor() as cursor:
        cursor.execute(
            """
            UPDATE articles_articlepage AS a SET
                author_id = CASE WHEN k.links_to_outlet THEN NULL
                                 ELSE %s + a.page_ptr_id %% %s END,
                author_category = CASE WHEN k.links_to_outlet THEN 'collected'
                                       WHEN a.page_ptr_id %% 3 = 0 THEN 'collaborator'
                                       ELSE 'staff' END
            FROM articles_articlekind AS k WHERE k.id = a.kind_id
            """,
            [first_author, AUTHORS],
        )
        cursor.execute("ANALYZE")
    for unit in Unit.objects.all()[:10]:
        Quota.objects.create(year=2020, unit=unit, target=100)
    Quota.objects.create(year=2020, author_category="staff", target=5000)
    print(f"generated {count} articles in {time.perf_counter() - started:.0f} s")


def count_queries(connection, client, url):
    """The SQL statements one request of ``url`` runs (the admin's furniture included)."""
    statements = []

    def record(execute, sql, params, many, context):
        statements.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        client.get(url)
    return len(statements)


def timed(client, url, runs):
    client.get(url)  # warm up: connection, templates, translations
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(url)
        seconds.append(time.perf_counter() - started)
        assert response.status_code == 200, response.status_code
    return statistics.median(seconds), max(seconds)


def main():
    args = parse_args()
    fresh = use_postgres(PG_NAME, args.reuse)
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from articles.models import ArticlePage

    call_command("migrate", verbosity=0)
    if fresh or not ArticlePage.objects.exists():
        fill(args.articles)
    print(f"database: {connection.vendor}, {ArticlePage.objects.count()} articles")
    chief, _created = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_superuser": True, "is_staff": True}
    )
    client = Client()
    client.force_login(chief)
    base = "/admin/reports/contributions/"
    cases = {
        "one year (2020)": f"{base}?period=year&year=2020",
        "ten years (01/01/2016–31/12/2025)": f"{base}?period=range&from=01/01/2016&to=31/12/2025",
        "ten years, XLSX": f"{base}?period=range&from=01/01/2016&to=31/12/2025&format=xlsx",
        "royalty sheet, one month": "/admin/reports/royalties/?period=month&year=2020&month=6",
        "award, one year": "/admin/reports/award/?period=year&year=2020",
    }
    for label, url in cases.items():
        queries = count_queries(connection, client, url)
        median, worst = timed(client, url, args.runs)
        print(f"{label}: median {median:.3f} s, worst {worst:.3f} s, {queries} queries")


if __name__ == "__main__":
    main()
