"""Pictures that are not photos get collections of their own (``portal.image_collections``):
banners, and the first pages drawn from PDF files, which move there from wherever they were
drawn. The collections are made with the tree's own paths (four base-36 digits a level)."""

from django.db import migrations

BANNERS = "Banner"
DOCUMENT_PREVIEWS = "Ảnh trang đầu văn bản"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEP = 4


def _step(number):
    digits = ""
    while number:
        number, digit = divmod(number, len(ALPHABET))
        digits = ALPHABET[digit] + digits
    return digits.rjust(STEP, "0")


def collection_under_root(Collection, name):
    root = Collection.objects.get(depth=1)
    children = Collection.objects.filter(depth=2, path__startswith=root.path)
    found = children.filter(name=name).first()
    if found is not None:
        return found
    last = children.order_by("-path").values_list("path", flat=True).first()
    number = int(last[-STEP:], len(ALPHABET)) + 1 if last else 1
    Collection.objects.filter(pk=root.pk).update(numchild=root.numchild + 1)
    return Collection.objects.create(name=name, path=root.path + _step(number), depth=2, numchild=0)


def keep_apart(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    PortalDocument = apps.get_model("portal", "PortalDocument")
    PortalImage = apps.get_model("portal", "PortalImage")
    collection_under_root(Collection, BANNERS)
    previews = collection_under_root(Collection, DOCUMENT_PREVIEWS)
    drawn = PortalDocument.objects.exclude(preview=None).values("preview")
    PortalImage.objects.filter(pk__in=drawn).update(collection=previews)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0009_private_uploads"),
    ]

    operations = [migrations.RunPython(keep_apart, migrations.RunPython.noop)]
