"""Tags that differ only by case become one tag: the folded name, unique. Existing tags that
fold to the same name are merged into the oldest, their articles moved onto it."""

import unicodedata

from django.db import migrations, models


def fold(name):
    return unicodedata.normalize("NFC", name or "").casefold()


def merge_case_duplicates(apps, schema_editor):
    PortalTag = apps.get_model("portal", "PortalTag")
    ArticleTag = apps.get_model("articles", "ArticleTag")
    kept = {}
    for tag in PortalTag.objects.order_by("pk"):
        folded = fold(tag.name)
        first = kept.setdefault(folded, tag)
        if first.pk == tag.pk:
            tag.folded_name = folded
            tag.save(update_fields=["folded_name"])
            continue
        for item in ArticleTag.objects.filter(tag_id=tag.pk):
            if ArticleTag.objects.filter(
                tag_id=first.pk, content_object_id=item.content_object_id
            ).exists():
                item.delete()
            else:
                item.tag_id = first.pk
                item.save(update_fields=["tag"])
        tag.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0005_portaltag_name_collation"),
        ("articles", "0007_vietnamese_collation"),
    ]

    operations = [
        migrations.AddField(
            model_name="portaltag",
            name="folded_name",
            field=models.CharField(editable=False, max_length=100, null=True),
        ),
        migrations.RunPython(merge_case_duplicates, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="portaltag",
            name="folded_name",
            field=models.CharField(editable=False, max_length=100, unique=True),
        ),
    ]
