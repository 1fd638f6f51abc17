"""Once, after upgrading: clean what was stored before saving stripped invisible characters.

Saving strips bidirectional controls and zero-width characters (``portal.signals``); rows
written before keep them until they are saved again. This cleans them in place with a plain
UPDATE of the changed columns, as saving would have: no new revision, nothing published.
"""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import models, transaction
from django.db.models import Q
from wagtail.models import Revision

from portal.signals import strip_invisible_characters
from portal.text import BIDI_CONTROLS, ZERO_WIDTH

ANY_INVISIBLE = f"[{BIDI_CONTROLS}{ZERO_WIDTH}]"


def _text_fields(model):
    return [
        field
        for field in model._meta.local_concrete_fields
        if isinstance(field, models.CharField | models.TextField)
    ]


def _candidates(model, fields):
    """The rows of ``model`` that may hold an invisible character (every revision: its
    content is JSON, which the databases escape differently)."""
    if issubclass(model, Revision):
        return model._base_manager.all()
    query = Q()
    for field in fields:
        query |= Q(**{f"{field.attname}__regex": ANY_INVISIBLE})
    return model._base_manager.filter(query)


def clean_model(model):
    """Clean the rows of ``model``; returns how many changed."""
    fields = _text_fields(model)
    if not fields or not model._meta.managed:  # unmanaged: a view or a search table
        return 0
    changed = 0
    for row in _candidates(model, fields).iterator():
        before = {field.attname: getattr(row, field.attname) for field in fields}
        content = getattr(row, "content", None)
        strip_invisible_characters(model, row)
        changes = {
            name: getattr(row, name)
            for name, value in before.items()
            if getattr(row, name) != value
        }
        if isinstance(row, Revision) and row.content != content:
            changes["content"] = row.content
        if changes:
            model._base_manager.filter(pk=row.pk).update(**changes)
            changed += 1
    return changed


class Command(BaseCommand):
    help = "Strip bidirectional controls and zero-width characters from text stored earlier."

    @transaction.atomic
    def handle(self, *args, **options):
        total = 0
        for model in apps.get_models():
            changed = clean_model(model)
            if changed:
                self.stdout.write(f"{model._meta.label}: {changed}")
            total += changed
        self.stdout.write(f"Cleaned {total} rows.")
