"""Seed the document types, issuing bodies and fields (documents/taxonomy_seed.py)."""

from django.db import migrations

from documents.taxonomy_seed import FIELDS, ISSUERS, TYPES
from portal.text import slugify


def seed(apps, schema_editor):
    DocumentType = apps.get_model("documents", "DocumentType")
    Issuer = apps.get_model("documents", "Issuer")
    DocumentField = apps.get_model("documents", "DocumentField")

    names = [name for name, _system, _symbols in TYPES]
    for position, (name, system, symbols) in enumerate(TYPES):
        # A name used by both systems gets the system in its slug: quyet-dinh-nha-nuoc.
        slug = (
            slugify(name)
            if names.count(name) == 1 or system == "party"
            else slugify(f"{name} nhà nước")
        )
        DocumentType.objects.get_or_create(
            name=name,
            system=system,
            defaults={"slug": slug, "symbols": ", ".join(symbols), "sort_order": position},
        )
    for code, name, system, parent, local in ISSUERS:
        Issuer.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "system": system,
                "local": local,
                "parent": Issuer.objects.filter(code=parent).first() if parent else None,
            },
        )
    for name in FIELDS:
        DocumentField.objects.get_or_create(name=name, defaults={"slug": slugify(name)})


class Migration(migrations.Migration):
    dependencies = [("documents", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
