"""Wagtail names the root collection "Root", which editors see in every listing of pictures
and files; it is named in Vietnamese here (a name an administrator chose is kept)."""

from django.db import migrations

ROOT_NAME = "Gốc"


def rename_root(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    Collection.objects.filter(depth=1, name="Root").update(name=ROOT_NAME)


def restore_root(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    Collection.objects.filter(depth=1, name=ROOT_NAME).update(name="Root")


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0006_portaltag_folded_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(rename_root, restore_root)]
