"""{% seo_head as seo %}: the head tags of the page being rendered (see seo.head)."""

from django import template

from seo.head import head_tags

register = template.Library()


@register.simple_tag(takes_context=True)
def seo_head(context):
    return head_tags(context)
