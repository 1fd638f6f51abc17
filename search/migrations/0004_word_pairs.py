"""PostgreSQL: the pairs of neighbouring words of each entry, in a GIN-indexed tsvector.

A quoted phrase made of common words ("kết nạp đảng viên": every word is on most pages) is
otherwise checked by reading the full vector of every page holding all its words. Vietnamese
words are mostly two syllables, so the pairs ("ket+nap", "nap+dang", "dang+vien") are rare
and narrow the pages to read to about those holding the phrase. SQLite's FTS5 answers
phrases from its own position lists and needs nothing of the kind. Matches do not change:
a page with the phrase always has its pairs.
"""

from django.db import migrations

FORWARD = [
    # Long values (texts, vectors) are kept out of the table's own pages, so that the date
    # of thousands of matches is read from a narrow table (29 MB instead of 241 MB for
    # 120,000 pages); the UPDATE below rewrites existing rows this way.
    "ALTER TABLE search_searchentry SET (toast_tuple_target = 256)",
    "ALTER TABLE search_searchentry ADD COLUMN pairs tsvector",
    """CREATE OR REPLACE FUNCTION search_entry_vector() RETURNS trigger AS $$
    DECLARE
        words text[];
    BEGIN
        NEW.vector := setweight(to_tsvector('simple', coalesce(NEW.folded_title, '')), 'A')
            || setweight(to_tsvector('simple', coalesce(NEW.folded, '')), 'B');
        -- The same neighbours as the vector's positions: the title runs into the text.
        words := regexp_split_to_array(
            btrim(coalesce(NEW.folded_title, '') || ' ' || coalesce(NEW.folded, '')), '\\s+'
        );
        NEW.pairs := array_to_tsvector(ARRAY(
            SELECT DISTINCT words[i] || '+' || words[i + 1]
            FROM generate_series(1, coalesce(array_length(words, 1), 0) - 1) AS i
            WHERE words[i] <> '' AND words[i + 1] <> ''
        ));
        RETURN NEW;
    END $$ LANGUAGE plpgsql""",
    "UPDATE search_searchentry SET folded = folded",
    "CREATE INDEX search_entry_pairs_gin ON search_searchentry USING GIN (pairs)",
]
REVERSE = [
    "ALTER TABLE search_searchentry RESET (toast_tuple_target)",
    "DROP INDEX IF EXISTS search_entry_pairs_gin",
    """CREATE OR REPLACE FUNCTION search_entry_vector() RETURNS trigger AS $$
    BEGIN
        NEW.vector := setweight(to_tsvector('simple', coalesce(NEW.folded_title, '')), 'A')
            || setweight(to_tsvector('simple', coalesce(NEW.folded, '')), 'B');
        RETURN NEW;
    END $$ LANGUAGE plpgsql""",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS pairs",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0003_drop_newest_index")]

    operations = [migrations.RunPython(_run(FORWARD), _run(REVERSE))]
