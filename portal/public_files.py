"""Which uploaded files readers may fetch: only those something live uses.

An upload (image, document, video) is private until a page, snippet or setting that uses it
is published or saved; replacing its file makes it private again. Anyone with access to the
admin sees every file (drafts, previews, the image editor).

- Images: originals (``original_images/``) are never served to readers. Renditions of an
  image that is not public yet are written under ``private/images/``; once the image is
  public, its private renditions are dropped and the next page that shows it writes public
  ones under ``images/``. The web server needs no rule per request: it serves ``images/``.
- Videos (wagtailmedia): a new file or thumbnail is moved under ``private/`` as soon as it is
  saved, and back to ``media/`` or ``media_thumbnails/`` when something live uses it.
- Documents go through Wagtail's serve view, which asks ``readers_may_fetch`` each time.

Unpublishing leaves images and videos public (their files stay where they are); documents
are checked on every download, so theirs stop at once.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING, Any

from django.contrib.contenttypes.models import ContentType
from django.core.files.move import file_move_safe
from django.core.files.storage import Storage
from django.db import transaction
from django.db.models import Model, Q
from django.utils import timezone

from .cache import bump_content_version

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User

PRIVATE_FOLDER = "private"
# What the web server serves to everyone (README, "Production").
PUBLIC_FOLDERS = ("images", "media", "media_thumbnails")
# Paths under MEDIA_ROOT, as URL patterns: served to everyone; to the admin only.
_FOLDERS = "|".join(PUBLIC_FOLDERS)
PUBLIC_PATH = rf"(?:{_FOLDERS})/[^/]+"
ADMIN_ONLY_PATH = rf"(?:original_images|{PRIVATE_FOLDER}/(?:{_FOLDERS}))/[^/]+"
VIDEO_FILE_FIELDS = ("file", "thumbnail")


def may_see_unpublished(user: User | AnonymousUser | None) -> bool:
    """People who work in the admin: they preview drafts and choose uploads."""
    return bool(user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


def to_private(path: str) -> str:
    return path if path.startswith(f"{PRIVATE_FOLDER}/") else f"{PRIVATE_FOLDER}/{path}"


def to_public(path: str) -> str:
    return path.removeprefix(f"{PRIVATE_FOLDER}/")


def _upload_models() -> tuple[type[Model], type[Model], type[Model]]:
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtailmedia import get_media_model

    return get_image_model(), get_document_model(), get_media_model()


def _is_setting(model: type[Model]) -> bool:
    from wagtail.contrib.settings.registry import registry

    return model in registry


def _shown_to_readers(model: type[Model] | None, ids: Collection[Any]) -> bool:
    """True when one of these objects is what readers see: a live page or snippet, a setting."""
    from wagtail.models import DraftStateMixin

    if model is None or model in _upload_models():
        return False
    if issubclass(model, DraftStateMixin):
        return model._default_manager.filter(pk__in=ids, live=True).exists()
    return _is_setting(model)


def used_by_live_content(obj: Model) -> bool:
    """Whether a live page, a live snippet or a setting uses ``obj`` (Wagtail's reference
    index: a page's row holds its live content, never a newer draft)."""
    from wagtail.models import ReferenceIndex

    sources: defaultdict[int, set[str]] = defaultdict(set)
    rows = ReferenceIndex.get_references_to(obj).values_list("content_type_id", "object_id")
    for content_type_id, object_id in rows:
        sources[content_type_id].add(object_id)
    return any(
        _shown_to_readers(ContentType.objects.get_for_id(content_type_id).model_class(), ids)
        for content_type_id, ids in sources.items()
    )


def used_by_work_in_review(upload: Model) -> bool:
    """Whether a revision under review or scheduled to go live uses ``upload``.

    Its reviewers approved what the file held when they looked: a new file now would go live
    unreviewed. The reference index holds a page's stored row, not the revision under review,
    so the revisions themselves are read (there are few in review at a time).
    """
    from wagtail.models import ReferenceIndex, Revision, WorkflowState

    if upload.pk is None:
        return False
    target = (ReferenceIndex._get_base_content_type(upload).pk, str(upload.pk))
    in_review = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).values(
        "current_task_state__revision"
    )
    revisions = Revision.objects.filter(Q(pk__in=in_review) | Q(approved_go_live_at__isnull=False))
    for revision in revisions.iterator():
        # Wagtail's own scan of an object for references (the one its index is built with).
        references = ReferenceIndex._extract_references_from_object(revision.as_object())
        if any((ct, str(pk)) == target for ct, pk, _model_path, _path in references):
            return True
    return False


def _marks_public_since(model: type[Model]) -> bool:
    """Images and documents note when they went public; a video's folder says it."""
    return any(field.name == "public_since" for field in model._meta.concrete_fields)


def public_filter(model: type[Model]) -> Q:
    """The uploads of ``model`` that went public (a queryset's view of ``is_public``)."""
    if _marks_public_since(model):
        return Q(public_since__isnull=False)
    return ~Q(file__startswith=f"{PRIVATE_FOLDER}/")


def is_public(upload: Any) -> bool:
    """Whether readers may have been given this upload: it went public with something
    published, or something live uses it now (a file replaced since is private again)."""
    if upload.pk is None:
        return False
    if _marks_public_since(type(upload)):
        went_public = upload.public_since is not None
    else:
        went_public = not upload.file.name.startswith(f"{PRIVATE_FOLDER}/")
    return went_public or used_by_live_content(upload)


def readers_may_fetch(document: Any) -> bool:
    """A document whose file was published and that something live still uses."""
    return document.public_since is not None and used_by_live_content(document)


def release_uploads_used_by(obj: Model) -> None:
    """Make public every image, document and video ``obj`` uses: it has just gone live."""
    from wagtail.models import ReferenceIndex

    if not ReferenceIndex.is_indexed(type(obj)):
        return
    with transaction.atomic():
        # Index what was just published now, whatever runs Wagtail's background tasks.
        ReferenceIndex.create_or_update_for_object(obj)
    used: defaultdict[int, set[str]] = defaultdict(set)
    rows = ReferenceIndex.get_references_for_object(obj).values_list(
        "to_content_type_id", "to_object_id"
    )
    for content_type_id, object_id in rows:
        used[content_type_id].add(object_id)
    image_model, document_model, media_model = _upload_models()
    for model, release in (
        (image_model, _release_images),
        (document_model, _release_documents),
        (media_model, _release_videos),
    ):
        ids = used.get(ContentType.objects.get_for_model(model).pk)
        if ids:
            release(model, ids)
    bump_content_version()  # cached pages may hold addresses of private renditions


def _release_images(model: Any, ids: Collection[str]) -> None:
    model.objects.filter(pk__in=ids, public_since__isnull=True).update(public_since=timezone.now())
    # Their next public render makes public renditions in place of these.
    private = model.get_rendition_model().objects.filter(
        image_id__in=ids, file__startswith=f"{PRIVATE_FOLDER}/"
    )
    private.delete()


def _release_documents(model: Any, ids: Collection[str]) -> None:
    model.objects.filter(pk__in=ids, public_since__isnull=True).update(public_since=timezone.now())


def _release_videos(model: Any, ids: Collection[str]) -> None:
    for media in model.objects.filter(pk__in=ids):
        _move_files(media, VIDEO_FILE_FIELDS, to_public)


def _move_files(media: Any, fields: Iterable[str], new_path: Callable[[str], str]) -> None:
    """Move these files of a video to ``new_path(name)`` and save their new names."""
    moved: dict[str, str] = {}
    for field in fields:
        file = getattr(media, field)
        if file and new_path(file.name) != file.name:
            file.name = moved[field] = _move(file.storage, file.name, new_path(file.name))
    if moved:
        type(media).objects.filter(pk=media.pk).update(**moved)


def _move(storage: Storage, old: str, wanted: str) -> str:
    """Move a stored file on disk (a rename, however large); return its new name, another
    one if ``wanted`` is taken."""
    new = storage.get_available_name(wanted)
    target = storage.path(new)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    file_move_safe(storage.path(old), target)
    return new


def is_new_upload(file: Any) -> bool:
    """A file field holding a file this save is about to store (an upload or replacement)."""
    return bool(file) and not file._committed


def note_new_video_files(
    sender: type[Model], instance: Any, raw: bool = False, **kwargs: Any
) -> None:
    """pre_save of the video model: remember which files this save uploads."""
    new = [field for field in VIDEO_FILE_FIELDS if is_new_upload(getattr(instance, field))]
    instance._new_video_files = [] if raw else new


def hide_new_video_files(sender: type[Model], instance: Any, **kwargs: Any) -> None:
    """post_save of the video model: a new file is private until something live uses it."""
    fields, instance._new_video_files = getattr(instance, "_new_video_files", []), []
    _move_files(instance, fields, to_private)


def release_on_publish(sender: type[Model], instance: Model, **kwargs: Any) -> None:
    """``published`` (pages and snippets with drafts): what it uses goes public."""
    release_uploads_used_by(instance)


def release_on_setting_saved(
    sender: type[Model], instance: Model, raw: bool = False, **kwargs: Any
) -> None:
    """A setting is live as soon as it is saved (the emblem)."""
    if not raw:
        release_uploads_used_by(instance)


def now_public_rendition(path: str) -> bool:
    """A private rendition of an image that has since gone public (made while it was
    being published): readers may have it."""
    from wagtail.images import get_image_model

    renditions = get_image_model().get_rendition_model().objects
    return renditions.filter(file=path, image__public_since__isnull=False).exists()


def connect() -> None:
    """Called once from the portal app's ``ready()``."""
    from django.db.models.signals import post_save, pre_save
    from wagtail.contrib.settings.registry import registry
    from wagtail.models import ReferenceIndex
    from wagtail.signals import published
    from wagtailmedia import get_media_model

    published.connect(release_on_publish, dispatch_uid="portal-release-published")
    for model in registry:
        # Wagtail does not index settings: their uses (the emblem) are recorded here.
        ReferenceIndex.register_model(model)
        post_save.connect(
            release_on_setting_saved, sender=model, dispatch_uid=f"portal-release-{model}"
        )
    media = get_media_model()
    pre_save.connect(note_new_video_files, sender=media, dispatch_uid="portal-video-new")
    post_save.connect(hide_new_video_files, sender=media, dispatch_uid="portal-video-hide")
