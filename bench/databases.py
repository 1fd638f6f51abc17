"""The benchmarks' own PostgreSQL databases, on the server of BENCH_PG."""

import os


def use_postgres(name: str, reuse: bool) -> bool:
    """Point Django (DATABASE_URL) at database ``name``, created anew unless ``reuse`` and it
    exists; True when it is new and must be filled."""
    import psycopg2

    server = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432/postgres")
    connection = psycopg2.connect(server)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        exists = cursor.fetchone() is not None
        if exists and not reuse:
            cursor.execute(f"DROP DATABASE {name}")
            exists = False
        if not exists:
            cursor.execute(f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0")
    connection.close()
    os.environ["DATABASE_URL"] = server.rsplit("/", 1)[0] + "/" + name
    return not exists
