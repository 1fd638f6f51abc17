"""The footer's visit counter ("Lượt truy cập"), filled again by the page's script."""

from typing import Any

from django import template
from django.core.cache import cache
from wagtail.models import Site

from visits import days, queries

register = template.Library()

# Figures written into pages may be this old (seconds); the script replaces them at once.
RENDERED_TIMEOUT = 120


@register.inclusion_tag("visits/counter.html", takes_context=True)
def visit_counter(context: template.Context) -> dict[str, Any]:
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    page = context.get("page")
    # Previews and the admin's own screens carry no beacon: they are not readers' views.
    preview = bool(getattr(request, "is_preview", False))
    page_id = getattr(page, "pk", None) if isinstance(getattr(page, "pk", None), int) else None
    figures = None
    if site is not None:
        day = days.today()
        key = f"visits:rendered:{site.pk}:{day.isoformat()}"
        figures = cache.get(key)
        if figures is None:
            figures = queries.compute_figures(site, day)
            cache.set(key, figures, RENDERED_TIMEOUT)
    return {"figures": figures, "page_id": None if preview else page_id, "preview": preview}
