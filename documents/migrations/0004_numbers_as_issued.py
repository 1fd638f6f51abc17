"""Numbers under 10 as issued: "8/2022/NQ-HĐND" saved before becomes "08/2022/NQ-HĐND".

Party numbers were already printed with their zero; a State number, a law's or a công văn's
lost it. Only the printed number changes: the matching key never had the zero. The rule is
written out here (a data migration does not import the parser)."""

import re

from django.db import migrations

SINGLE_DIGIT = re.compile(r"^(\d)(?=/)")


def add_leading_zero(apps, schema_editor):
    DocumentPage = apps.get_model("documents", "DocumentPage")
    for page in DocumentPage.objects.filter(number__regex=r"^[0-9]/").only("pk", "number"):
        DocumentPage.objects.filter(pk=page.pk).update(number=SINGLE_DIGIT.sub(r"0\1", page.number))


class Migration(migrations.Migration):
    dependencies = [("documents", "0003_vietnamese_collation")]

    operations = [migrations.RunPython(add_leading_zero, migrations.RunPython.noop)]
