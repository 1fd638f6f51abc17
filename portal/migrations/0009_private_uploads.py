"""Uploads reach readers only once something published uses them (``portal.public_files``).

Until now every upload was public. What readers can see stays public: an image, document or
video used by a live page, by a live snippet, by any other object Wagtail's reference index
records (kept public rather than guessed: a document's first-page picture, for one), or
the site identity's emblem. Uploads nothing published uses become private: their image
renditions are deleted (the admin makes them again, privately, when it shows them) and
their video files move under ``private/``.
"""

import os

from django.core.files.move import file_move_safe
from django.core.files.storage import default_storage
from django.db import migrations, models
from django.db.models.functions import Cast
from django.utils import timezone

CHUNK = 500


def _chunks(ids):
    ids = list(ids)
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _model(apps, app_label, model_name):
    try:
        return apps.get_model(app_label, model_name)
    except LookupError:
        return None


def _live_ids_as_text(model):
    return (
        model._default_manager.filter(live=True)
        .annotate(text_id=Cast("pk", models.CharField(max_length=255)))
        .values("text_id")
    )


def _in_use(apps, app_label, model_name):
    """Ids (as text) of the objects of this model that something readers see uses."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    target = ContentType.objects.filter(app_label=app_label, model=model_name).first()
    if target is None:
        return set()
    references = ReferenceIndex.objects.filter(to_content_type=target)
    used = set()
    # By base type: every page type shares the page row, which says whether it is live.
    sources = references.values_list(
        "base_content_type__app_label", "base_content_type__model"
    ).distinct()
    for source_app, source_model in sources:
        rows = references.filter(
            base_content_type__app_label=source_app, base_content_type__model=source_model
        )
        source = _model(apps, source_app, source_model)
        if source is not None and any(f.name == "live" for f in source._meta.get_fields()):
            rows = rows.filter(object_id__in=_live_ids_as_text(source))
        used.update(rows.values_list("to_object_id", flat=True))
    return used


def release_uploads_in_use(apps, schema_editor):
    now = timezone.now()
    PortalImage = apps.get_model("portal", "PortalImage")
    PortalRendition = apps.get_model("portal", "PortalRendition")
    PortalDocument = apps.get_model("portal", "PortalDocument")
    SiteIdentity = apps.get_model("portal", "SiteIdentity")
    Media = apps.get_model("wagtailmedia", "Media")

    images = _in_use(apps, "portal", "portalimage")
    images.update(str(pk) for pk in SiteIdentity.objects.values_list("emblem_id", flat=True) if pk)
    for chunk in _chunks(images):
        PortalImage.objects.filter(pk__in=chunk).update(public_since=now)
    private = PortalRendition.objects.filter(image__public_since__isnull=True)
    for name in private.values_list("file", flat=True):
        default_storage.delete(name)
    private.delete()

    for chunk in _chunks(_in_use(apps, "portal", "portaldocument")):
        PortalDocument.objects.filter(pk__in=chunk).update(public_since=now)

    videos = _in_use(apps, "wagtailmedia", "media")
    for media in Media.objects.all():
        if str(media.pk) in videos:
            continue
        moved = {}
        for field in ("file", "thumbnail"):
            name = getattr(media, field).name
            if name and not name.startswith("private/"):
                moved[field] = default_storage.get_available_name(f"private/{name}")
                target = default_storage.path(moved[field])
                if default_storage.exists(name):
                    os.makedirs(os.path.dirname(target), exist_ok=True)
                    file_move_safe(default_storage.path(name), target)
        if moved:
            Media.objects.filter(pk=media.pk).update(**moved)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0008_portaldocument_text_being_read"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailmedia", "0005_alter_media_options"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AddField(
            model_name="portaldocument",
            name="public_since",
            field=models.DateTimeField(
                blank=True,
                editable=False,
                help_text="When something published used this file; readers get it from then.",
                null=True,
                verbose_name="public since",
            ),
        ),
        migrations.AddField(
            model_name="portalimage",
            name="public_since",
            field=models.DateTimeField(
                blank=True,
                editable=False,
                help_text="When something published used this file; readers get it from then.",
                null=True,
                verbose_name="public since",
            ),
        ),
        migrations.RunPython(release_uploads_in_use, migrations.RunPython.noop),
    ]
