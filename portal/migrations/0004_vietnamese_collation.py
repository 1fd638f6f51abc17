"""The collation ``vi`` that Vietnamese alphabetical lists order by (portal/collation.py):
ICU's Vietnamese on PostgreSQL; SQLite registers its own on each connection."""

from django.db import migrations

CREATE = "CREATE COLLATION IF NOT EXISTS \"vi\" (provider = icu, locale = 'vi-VN')"
DROP = 'DROP COLLATION IF EXISTS "vi"'


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("portal", "0003_portaldocument_page_count_portaldocument_preview_and_more")]

    operations = [migrations.RunPython(create, drop)]
