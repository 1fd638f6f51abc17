"""Query helpers for readers' listings."""

from django.db.models import Q

from .cache import cached


def _restricted_paths():
    from wagtail.models import PageViewRestriction

    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def restricted_paths():
    """Tree paths of every page with a view restriction (its subtree is private)."""
    return cached("restricted-paths", _restricted_paths)


def public(queryset):
    """``queryset.public()`` without its query on every call: restrictions are cached."""
    paths = restricted_paths()
    if not paths:
        return queryset
    private = Q()
    for path in paths:
        private |= Q(path__startswith=path)
    return queryset.exclude(private)
