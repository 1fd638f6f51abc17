"""Admin hooks shared by every app."""

import re

from django.core.exceptions import PermissionDenied
from django.core.signing import BadSignature, Signer
from django.http import HttpResponseBadRequest
from django.templatetags.static import static
from django.urls import path, re_path
from django.utils.html import format_html, json_script
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .blocks import PortalTableBlock
from .image_collections import photos_only
from .image_sizes import warn_about_small_images
from .media_views import library_for_the_chooser, media_chosen, media_usage
from .permissions import user_can_create
from .publishing import REFUSED_ACTION


def table_menu_phrases() -> dict[str, str | list[str]]:
    """The table block's context menu (Handsontable's phrase keys), in the admin's language."""
    items = "ContextMenu:items"
    return {
        f"{items}.insertRowAbove": gettext("Insert a row above"),
        f"{items}.insertRowBelow": gettext("Insert a row below"),
        f"{items}.insertColumnOnTheLeft": gettext("Insert a column to the left"),
        f"{items}.insertColumnOnTheRight": gettext("Insert a column to the right"),
        f"{items}.removeRow": [gettext("Remove the row"), gettext("Remove the rows")],
        f"{items}.removeColumn": [gettext("Remove the column"), gettext("Remove the columns")],
        f"{items}.undo": gettext("Undo the last change"),
        f"{items}.redo": gettext("Redo the change"),
        f"{items}.clearColumn": gettext("Clear the column"),
        f"{items}.copy": gettext("Copy cells"),
        f"{items}.cut": gettext("Cut cells"),
        f"{items}.mergeCells": gettext("Merge cells"),
        f"{items}.unmergeCells": gettext("Unmerge cells"),
        f"{items}.readOnly": gettext("Read only"),
        f"{items}.align": gettext("Alignment"),
        f"{items}.align.left": gettext("Left"),
        f"{items}.align.center": gettext("Centre"),
        f"{items}.align.right": gettext("Right"),
        f"{items}.align.justify": gettext("Justify"),
        f"{items}.align.top": gettext("Top"),
        f"{items}.align.middle": gettext("Middle"),
        f"{items}.align.bottom": gettext("Bottom"),
    }


@hooks.register("insert_editor_js")
def table_menu_in_the_admin_language():
    """Wagtail's Handsontable speaks English only: register the phrases, translated here."""
    language = PortalTableBlock().table_options["language"]
    codes = sorted({language, "vi", "vi-VN"})
    return format_html(
        '{}<script src="{}"></script>',
        json_script({"codes": codes, "phrases": table_menu_phrases()}, "table-language"),
        static("portal/js/table-language.js"),
    )


@hooks.register("before_create_page")
def refuse_a_page_type_the_user_may_not_create(request, parent_page, page_class):
    """The list of page types leaves these out; a form posted anyway is refused."""
    if not user_can_create(page_class, request.user):
        raise PermissionDenied


@hooks.register("register_log_actions")
def register_publish_refused(actions):
    @actions.register_action(REFUSED_ACTION)
    class PublishRefusedFormatter(LogFormatter):
        label = _("Publishing refused")

        def format_message(self, log_entry):
            problems = log_entry.data.get("problems", [])
            return _("Scheduled publishing refused: %(problems)s") % {
                "problems": " ".join(problems)
            }


@hooks.register("before_move_page")
def refuse_a_move_not_allowed_there(request, page, destination):
    """Wagtail's move confirmation asks nothing before it shows the page (and only the move
    itself checks ``can_move_to``): both the confirmation and its POST are refused here."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied


# A picture smaller than its place looks blurred: say so after saving, never refuse.
for _hook in ("after_create_page", "after_edit_page", "after_create_snippet", "after_edit_snippet"):
    hooks.register(_hook, warn_about_small_images)


@hooks.register("register_admin_urls")
def media_chooser_ignoring_a_malformed_collection():
    """wagtailmedia's chooser filters by ``?collection_id=`` unchecked, so a value that is not
    a number was a server error; it is ignored, as the package's own library view does.

    These patterns come before wagtailmedia's: portal is the first installed app, and admin
    URLs are added in the order of the apps' hooks.
    """
    from wagtailmedia.views.chooser import chooser

    def checked_chooser(request, media_type=None):
        if not re.fullmatch(r"[0-9]{1,18}", request.GET.get("collection_id", "0")):
            request.GET = request.GET.copy()
            del request.GET["collection_id"]
        return chooser(request, media_type)

    return [
        path("media/chooser/", checked_chooser),
        re_path(r"^media/chooser/(?P<media_type>audio|video)/$", checked_chooser),
    ]


@hooks.register("register_admin_urls")
def redirect_import_refusing_a_post_without_its_form():
    """The redirect import's second step reads the fields the first one signed before checking
    them: a POST without them raised KeyError, one with unsigned values AttributeError (a 500
    each). Such a POST is a bad request.

    In front of wagtail.contrib.redirects' own pattern, as above.
    """
    from wagtail.contrib.redirects.forms import ConfirmImportManagementForm
    from wagtail.contrib.redirects.views import process_import

    def signed_by_the_first_step(data) -> bool:
        signer = Signer()  # as the form signs them
        try:
            for name in ConfirmImportManagementForm.base_fields:
                signer.unsign(data.get(name, ""))
        except BadSignature:
            return False
        return True

    def checked_process_import(request):
        if request.method == "POST" and not signed_by_the_first_step(request.POST):
            return HttpResponseBadRequest()
        return process_import(request)

    return [path("redirects/import/process/", checked_process_import)]


@hooks.register("register_admin_urls")
def media_screens_checked_as_images_and_documents():
    """Choosing a video and seeing where it is used follow the rules of images and documents
    (``portal.media_views``); these come before wagtailmedia's own, as above."""
    return [
        path("media/chooser/<int:media_id>/", media_chosen),
        path("media/usage/<int:media_id>/", media_usage),
    ]


hooks.register("construct_media_chooser_queryset", library_for_the_chooser)
hooks.register("construct_image_chooser_queryset", photos_only)
