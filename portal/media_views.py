"""wagtailmedia's video screens that ask for other permissions than images and documents do.

Both stand in front of the package's own URLs (``portal.wagtail_hooks``).
"""

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from wagtail.admin.auth import permission_denied
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtailmedia import get_media_model
from wagtailmedia.views import chooser, media

from .file_permissions import UploadPermissionPolicy, policy_for


def _policy() -> UploadPermissionPolicy:
    return policy_for("wagtailmedia")


def media_chosen(request: HttpRequest, media_id: int) -> HttpResponse:
    """A video picked in the chooser: any the user may choose, as images and documents.

    wagtailmedia asks for "change" here (it has no "choose" permission), so a contributor
    could not pick a library video that the chooser had just listed.
    """
    item = get_object_or_404(get_media_model(), pk=media_id)
    if not _policy().user_has_permission_for_instance(request.user, "choose", item):
        return permission_denied(request)
    return render_modal_workflow(
        request,
        None,
        None,
        None,
        json_data={"step": "media_chosen", "result": chooser.get_media_json(item)},
    )


def media_usage(request: HttpRequest, media_id: int) -> HttpResponse:
    """Where a video is used: for whoever may change it, as Wagtail's image and document
    usage screens (wagtailmedia shows it to anyone who may add a video)."""
    item = get_object_or_404(get_media_model(), pk=media_id)
    if not _policy().user_has_permission_for_instance(request.user, "change", item):
        return permission_denied(request)
    return media.usage(request, media_id)


def library_for_the_chooser(media_files: QuerySet, request: HttpRequest) -> QuerySet:
    """``construct_media_chooser_queryset``: the videos the user may choose.

    wagtailmedia's chooser lists those the user may change or delete, which for a
    contributor is only their own unpublished uploads; the gallery and article bodies use
    the whole library, as the image and document choosers do.
    """
    return _policy().instances_user_has_any_permission_for(request.user, ["choose"])
