"""Results are ordered by date from the GIN matches (search/engine.py), never by walking a
date index: the one migration 0001 made is only a cost on every write."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("search", "0002_full_text_tables")]

    operations = [migrations.RemoveIndex(model_name="searchentry", name="search_entry_newest")]
