"""Signal handlers shared by every app."""

from django.db import models
from django.dispatch import Signal
from wagtail.fields import StreamField

from .cache import bump_content_version
from .text import nfc, nfc_deep

# Sent with ``document`` once a file's text has been read (on upload or replacement).
file_text_read = Signal()


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


# What the cached page chrome and filter choices are made of (pages count too).
CACHE_SOURCES = {
    "portal.siteidentity",
    "portal.portalimage",
    "wagtailcore.site",
    "wagtailcore.pageviewrestriction",
    "articles.articlekind",
    "articles.topicseries",
    "units.unit",
    "banners.banner",
    "mourning.mourningmode",
    "navigation.menu",
    "documents.documenttype",
    "documents.issuer",
    "documents.documentfield",
    "wagtailsearchpromotions.searchpromotion",
}


def _bump_for_app_models(sender, **kwargs):
    from wagtail.models import Page

    if issubclass(sender, Page) or sender._meta.label_lower in CACHE_SOURCES:
        bump_content_version()


def connect_cache_invalidation():
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump_content_version, dispatch_uid=f"portal-cache-{signal!r}")
    post_save.connect(_bump_for_app_models, dispatch_uid="portal-cache-save")
    post_delete.connect(_bump_for_app_models, dispatch_uid="portal-cache-delete")
