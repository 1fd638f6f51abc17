"""Banner pictures move to the banners' collection (made by portal's migration 0010)."""

from django.db import migrations

BANNERS = "Banner"


def move_pictures(apps, schema_editor):
    Banner = apps.get_model("banners", "Banner")
    Collection = apps.get_model("wagtailcore", "Collection")
    PortalImage = apps.get_model("portal", "PortalImage")
    collection = Collection.objects.get(depth=2, name=BANNERS)
    pictures = Banner.objects.exclude(image=None).values("image")
    PortalImage.objects.filter(pk__in=pictures).update(collection=collection)


class Migration(migrations.Migration):
    dependencies = [
        ("banners", "0003_alter_banner_sort_order"),
        ("portal", "0010_collections_kept_apart"),
    ]

    operations = [migrations.RunPython(move_pictures, migrations.RunPython.noop)]
