"""The engine-specific full-text parts of the search index, kept in step by triggers.

SQLite: an FTS5 table over the folded title and text (external content).
PostgreSQL: a weighted tsvector column ('simple' configuration: the tokens are already
folded, so no stemming or stop words) with a GIN index.
"""

from django.db import migrations

SQLITE = [
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        folded_title, folded, content='search_searchentry', content_rowid='page_id',
        tokenize='unicode61 remove_diacritics 0'
    )""",
    """CREATE TRIGGER search_entry_ai AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO search_fts(rowid, folded_title, folded)
        VALUES (new.page_id, new.folded_title, new.folded);
    END""",
    """CREATE TRIGGER search_entry_ad AFTER DELETE ON search_searchentry BEGIN
        INSERT INTO search_fts(search_fts, rowid, folded_title, folded)
        VALUES ('delete', old.page_id, old.folded_title, old.folded);
    END""",
    """CREATE TRIGGER search_entry_au AFTER UPDATE ON search_searchentry BEGIN
        INSERT INTO search_fts(search_fts, rowid, folded_title, folded)
        VALUES ('delete', old.page_id, old.folded_title, old.folded);
        INSERT INTO search_fts(rowid, folded_title, folded)
        VALUES (new.page_id, new.folded_title, new.folded);
    END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_entry_au",
    "DROP TRIGGER IF EXISTS search_entry_ad",
    "DROP TRIGGER IF EXISTS search_entry_ai",
    "DROP TABLE IF EXISTS search_fts",
]
POSTGRES = [
    "ALTER TABLE search_searchentry ADD COLUMN vector tsvector",
    """CREATE FUNCTION search_entry_vector() RETURNS trigger AS $$
    BEGIN
        NEW.vector := setweight(to_tsvector('simple', coalesce(NEW.folded_title, '')), 'A')
            || setweight(to_tsvector('simple', coalesce(NEW.folded, '')), 'B');
        RETURN NEW;
    END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER search_entry_vector BEFORE INSERT OR UPDATE ON search_searchentry
        FOR EACH ROW EXECUTE FUNCTION search_entry_vector()""",
    "CREATE INDEX search_entry_vector_gin ON search_searchentry USING GIN (vector)",
]
POSTGRES_REVERSE = [
    "DROP INDEX IF EXISTS search_entry_vector_gin",
    "DROP TRIGGER IF EXISTS search_entry_vector ON search_searchentry",
    "DROP FUNCTION IF EXISTS search_entry_vector()",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE, "postgresql": POSTGRES}),
            _run({"sqlite": SQLITE_REVERSE, "postgresql": POSTGRES_REVERSE}),
        )
    ]
