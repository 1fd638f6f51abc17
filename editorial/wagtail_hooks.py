"""Where a workflow applies, nobody publishes directly: work goes through its approval steps."""

from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages


def _page_has_workflow(page):
    workflow = page.get_workflow()
    return workflow is not None and workflow.active


@hooks.register("construct_page_action_menu")
def hide_direct_publish(menu_items, request, context):
    page = context.get("page") or context.get("parent_page")
    if page is not None and _page_has_workflow(page):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_publish_page")
def refuse_direct_publish(request, page):
    """The edit view has just saved a draft; it stays a draft and must be submitted."""
    if _page_has_workflow(page):
        messages.warning(
            request,
            _(
                "'%(title)s' was saved as a draft. Pages here are published through the "
                "approval steps: submit it for review."
            )
            % {"title": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_publish(request, action_type, objects, action_class_instance):
    if action_type == "publish" and any(
        _page_has_workflow(page) for page in objects if hasattr(page, "get_workflow")
    ):
        messages.error(request, _("Pages here are published through the approval steps only."))
        return redirect("wagtailadmin_explore_root")
    return None


@hooks.register("before_copy_page")
def refuse_publishing_copies(request, page):
    wants_publish = request.method == "POST" and request.POST.get("publish_copies")
    if wants_publish and _page_has_workflow(page):
        request.POST = request.POST.copy()
        request.POST.pop("publish_copies")
        messages.warning(request, _("The copy is a draft: submit it for review to publish."))
    return None


def _snippet_has_workflow(instance):
    get_workflow = getattr(instance, "get_workflow", None)
    workflow = get_workflow() if get_workflow else None
    return workflow is not None and workflow.active


@hooks.register("construct_snippet_action_menu")
def hide_direct_snippet_publish(menu_items, request, context):
    instance = context.get("instance")
    model = context.get("model")
    if instance is None and model is not None and hasattr(model, "get_workflow"):
        instance = model()
    if instance is not None and _snippet_has_workflow(instance):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


def _save_snippet_as_draft(request, instance):
    wants_publish = request.method == "POST" and "action-publish" in request.POST
    if wants_publish and _snippet_has_workflow(instance):
        request.POST = request.POST.copy()
        request.POST.pop("action-publish")
        messages.warning(
            request, _("Saved as a draft: this is published through the approval steps.")
        )


@hooks.register("before_edit_snippet")
def refuse_direct_snippet_publish_on_edit(request, instance):
    _save_snippet_as_draft(request, instance)


@hooks.register("before_create_snippet")
def refuse_direct_snippet_publish_on_create(request, model):
    _save_snippet_as_draft(request, model())
