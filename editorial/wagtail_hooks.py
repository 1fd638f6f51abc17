"""Where a workflow applies, nobody publishes directly: work goes through its approval steps.

The rule itself is enforced by the permission tester and snippet policy of
``portal.permissions`` (what the admin offers and performs) and by ``portal.publishing``
(``publish()`` of every page and moderated snippet). These hooks only tell people what
happened when a publish button or "publish copies" was posted anyway, and hide the snippet
publish button, which Wagtail shows from the raw permission instead of the viewset's policy.
"""

from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages


def _publish_was_asked(request) -> bool:
    return request.method == "POST" and bool(request.POST.get("action-publish"))


def _snippet_publishing_allowed(request, model) -> bool:
    viewset = getattr(model, "snippet_viewset", None)
    return viewset is None or viewset.permission_policy.user_has_permission(request.user, "publish")


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def say_page_saved_as_draft(request, page):
    if _publish_was_asked(request) and not page.permissions_for_user(request.user).can_publish():
        messages.warning(
            request,
            _(
                "'%(title)s' was saved as a draft. Pages here are published through the "
                "approval steps: submit it for review."
            )
            % {"title": page.get_admin_display_title()},
        )


@hooks.register("after_copy_page")
def say_copy_is_a_draft(request, page, new_page):
    if request.POST.get("publish_copies") and not new_page.live:
        messages.warning(request, _("The copy is a draft: submit it for review to publish."))


@hooks.register("construct_snippet_action_menu")
def hide_direct_snippet_publish(menu_items, request, context):
    if not _snippet_publishing_allowed(request, context["model"]):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def say_snippet_saved_as_draft(request, instance):
    if _publish_was_asked(request) and not _snippet_publishing_allowed(request, type(instance)):
        messages.warning(
            request, _("Saved as a draft: this is published through the approval steps.")
        )
