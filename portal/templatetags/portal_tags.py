"""Template helpers shared by every page: Vietnamese dates and grouped numbers."""

from django import template
from django.utils import timezone

from .. import dates
from ..cache import cached
from ..pagination import page_links as _page_links
from ..pictures import picture_html
from ..share import share_links as _share_links
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


@register.simple_tag(takes_context=True)
def breadcrumb_ancestors(context, page):
    """The pages above ``page`` (home first), without a query when the request routed here."""
    if not hasattr(page, "breadcrumb_ancestors"):
        return list(page.get_ancestors().filter(depth__gt=1))
    return page.breadcrumb_ancestors(context.get("request"))


@register.filter
def hostname(url):
    """{{ "https://www.youtube.com/watch?v=x"|hostname }} -> www.youtube.com"""
    from urllib.parse import urlsplit

    return urlsplit(str(url or "")).hostname or ""


@register.simple_tag
def section_filter_options(filters):
    """A section's filter choices, cached until content changes."""
    return cached("filters", filters.options, filters.section.pk)


@register.simple_tag
def filter_label(filters, name):
    return filters.LABELS.get(name, name)


@register.filter
def get_item(mapping, key):
    return mapping.get(key, "") if hasattr(mapping, "get") else ""


@register.simple_tag
def responsive_picture(image, *rendition_sizes, **attrs):
    """A <picture> in every format of the sizes named (see portal/pictures.py):
    ``{% responsive_picture image "fill-480x270" "fill-960x540" sizes="50vw" alt="" %}``."""
    return picture_html(image, rendition_sizes, **attrs)


@register.simple_tag
def share_links(url):
    """{% share_links seo.canonical as share %}: Facebook and Zalo links for a page."""
    return _share_links(url)


@register.simple_tag
def page_links(items, query="", fragment=""):
    """{% page_links items query fragment as links %}: the numbered links of a listing's pages."""
    return _page_links(items, query, fragment)
