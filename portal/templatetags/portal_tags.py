"""Template helpers shared by every page: Vietnamese dates and grouped numbers."""

from django import template
from django.utils import timezone
from wagtail.models import Site

from .. import dates
from ..text import group_thousands

register = template.Library()


@register.filter
def thousands(value):
    """{{ 1977458|thousands }} -> 1.977.458"""
    return group_thousands(value)


@register.filter
def long_date(value):
    """{{ page.date|long_date }} -> Chủ nhật, 29/11/2026"""
    return dates.long_date(value) if value else ""


@register.filter
def long_datetime(value):
    """{{ page.first_published_at|long_datetime }} -> Chủ nhật, 29/11/2026 08:30"""
    return dates.long_datetime(value) if value else ""


@register.simple_tag
def now_long_date():
    """Today in the site's time zone: "Chủ nhật, 29/11/2026"."""
    return dates.long_date(timezone.localdate())


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The root page's children marked "show in menus", until editors manage a menu."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    pages = site.root_page.get_children().live().public().in_menu() if site else []
    current_path = getattr(context.get("page"), "path", "")
    items = [
        {
            "page": page,
            "current": page.path == current_path,
            "ancestor": current_path.startswith(page.path) and page.path != current_path,
        }
        for page in pages
    ]
    root = site.root_page if site else None
    return {"items": items, "root": root, "root_current": root and root.path == current_path}
