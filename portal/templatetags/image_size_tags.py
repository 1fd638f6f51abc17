"""{% small_image_uses image %}: on the image's edit page, where it is too small."""

from django import template
from wagtail.admin.admin_url_finder import AdminURLFinder

from ..image_sizes import small_uses

register = template.Library()


@register.inclusion_tag("portal/admin/small_image_uses.html", takes_context=True)
def small_image_uses(context, image):
    finder = AdminURLFinder(context["request"].user)
    return {
        "uses": [
            {"problem": use.problem, "object": use.obj, "edit_url": finder.get_edit_url(use.obj)}
            for use in small_uses(image)
        ]
    }
