"""Signal handlers shared by every app."""

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.dispatch import Signal
from wagtail.fields import StreamField
from wagtail.models import Revision

from .cache import bump_content_version
from .text import nfc, nfc_deep, strip_bidi_controls, strip_invisible

# Sent with ``file`` (an uploaded ``PortalDocument``) once its text has been read (on upload
# or replacement).
file_text_read = Signal()
# Sent with ``pages`` (live, specific) whose search text changed without the pages being
# saved: what they show of other objects (a Q&A page's published answers, for example).
search_text_changed = Signal()


def normalize_text_fields(
    sender: type[models.Model], instance: models.Model, raw: bool = False, **kwargs: Any
) -> None:
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


def _normalize_stream(field: StreamField, instance: models.Model) -> None:
    value = getattr(instance, field.attname)
    if value is None:
        return
    data = field.get_prep_value(value)  # the block data as lists and dicts
    if not isinstance(data, list):
        return
    normalized = nfc_deep(data)
    if normalized != data:
        setattr(instance, field.attname, normalized)


def strip_invisible_characters(
    sender: type[models.Model], instance: models.Model, raw: bool = False, **kwargs: Any
) -> None:
    """Drop bidirectional controls and zero-width characters from ``instance``'s text.

    Single-line text (every CharField: titles, names, slugs, captions) loses both kinds;
    longer text (TextField: intros, sapos, readers' questions) loses the bidirectional
    controls only, which reorder what the board reads, while a zero-width joiner there may
    belong to an emoji. StreamField bodies are the editors' own, reviewed as readers see
    them, and kept as written. A revision's content is the object it was saved from: its
    titles and names (a page's draft title, shown in the admin) are cleaned the same way.
    """
    if raw:  # loaddata: fixtures are stored exactly as written
        return
    for field in sender._meta.concrete_fields:
        value = getattr(instance, field.attname)
        if isinstance(value, str):
            setattr(instance, field.attname, _without_invisible(field, value))
    if isinstance(instance, Revision):
        instance.object_str = strip_invisible(instance.object_str or "")  # a title, as text
        model = ContentType.objects.get_for_id(instance.content_type_id).model_class()
        if model is not None and isinstance(instance.content, dict):
            instance.content = _serialized_without_invisible(model, instance.content)


def _without_invisible(field: models.Field, value: str) -> str:
    if isinstance(field, models.CharField):
        return strip_invisible(value)
    if isinstance(field, models.TextField):
        return strip_bidi_controls(value)
    return value


def _serialized_without_invisible(
    model: type[models.Model], data: dict[str, Any]
) -> dict[str, Any]:
    """``data`` (``serializable_data()`` of a ``model`` object) cleaned field by field, its
    inline children (an album's photos, a menu's items) with it."""
    from modelcluster.models import get_all_child_relations

    cleaned = dict(data)
    for field in model._meta.concrete_fields:
        if isinstance(cleaned.get(field.name), str):
            cleaned[field.name] = _without_invisible(field, cleaned[field.name])
    for relation in get_all_child_relations(model):
        children = cleaned.get(relation.get_accessor_name())
        if isinstance(children, list):
            cleaned[relation.get_accessor_name()] = [
                _serialized_without_invisible(relation.related_model, child)
                if isinstance(child, dict)
                else child
                for child in children
            ]
    return cleaned


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


def _bump_for_app_models(sender: type[models.Model], **kwargs: Any) -> None:
    from wagtail.models import Page

    if issubclass(sender, Page) or sender._meta.label_lower in CACHE_SOURCES:
        bump_content_version()


def connect_cache_invalidation() -> None:
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump_content_version, dispatch_uid=f"portal-cache-{signal!r}")
    post_save.connect(_bump_for_app_models, dispatch_uid="portal-cache-save")
    post_delete.connect(_bump_for_app_models, dispatch_uid="portal-cache-delete")
