"""The four kinds of item the editorial board publishes; administrators may edit them."""

from django.db import migrations

KINDS = [
    ("Tin", "tin", False),
    ("Bài", "bai", False),
    ("Bài chuyên sâu", "bai-chuyen-sau", False),
    ("Tin liên kết", "tin-lien-ket", True),
]


def seed(apps, schema_editor):
    ArticleKind = apps.get_model("articles", "ArticleKind")
    for position, (name, slug, links) in enumerate(KINDS):
        ArticleKind.objects.get_or_create(
            slug=slug, defaults={"name": name, "links_to_outlet": links, "sort_order": position}
        )


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_articlepage_unit_alter_articlepage_body_and_more")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
