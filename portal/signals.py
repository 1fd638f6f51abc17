"""Signal handlers shared by every app."""

from django.db import models
from wagtail.fields import StreamField

from .text import nfc, nfc_deep


def normalize_text_fields(sender, instance, raw=False, **kwargs):
    """Store every text, JSON and StreamField value of ``instance`` in NFC."""
    if raw:  # loaddata: fixtures are stored exactly as written
        return
    for field in sender._meta.concrete_fields:
        if isinstance(field, StreamField):
            _normalize_stream(field, instance)
        elif isinstance(field, (models.CharField, models.TextField)):
            value = getattr(instance, field.attname)
            if isinstance(value, str):
                setattr(instance, field.attname, nfc(value))
        elif isinstance(field, models.JSONField):
            value = getattr(instance, field.attname)
            if value is not None:
                setattr(instance, field.attname, nfc_deep(value))


def _normalize_stream(field, instance):
    value = getattr(instance, field.attname)
    if value is None:
        return
    data = field.get_prep_value(value)  # the block data as lists and dicts
    if not isinstance(data, list):
        return
    normalized = nfc_deep(data)
    if normalized != data:
        setattr(instance, field.attname, normalized)
