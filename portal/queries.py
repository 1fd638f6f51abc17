"""Query helpers for readers' listings."""

from django.db.models import Q

from .cache import cached


def _restricted_paths():
    from wagtail.models import PageViewRestriction

    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def public(queryset):
    """``queryset.public()`` without its query on every call: restrictions are cached."""
    paths = cached("restricted-paths", _restricted_paths)
    if not paths:
        return queryset
    private = Q()
    for path in paths:
        private |= Q(path__startswith=path)
    return queryset.exclude(private)
