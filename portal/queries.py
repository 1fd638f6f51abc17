"""Query helpers for readers' listings."""

from typing import TypeVar

from django.db.models import Model, Q, QuerySet

from .cache import cached

_M = TypeVar("_M", bound=Model)


def _restricted_paths() -> list[str]:
    from wagtail.models import PageViewRestriction

    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def restricted_paths() -> list[str]:
    """Tree paths of every page with a view restriction (its subtree is private)."""
    return cached("restricted-paths", _restricted_paths)


def public(queryset: QuerySet[_M]) -> QuerySet[_M]:
    """``queryset.public()`` without its query on every call: restrictions are cached."""
    paths = restricted_paths()
    if not paths:
        return queryset
    private = Q()
    for path in paths:
        private |= Q(path__startswith=path)
    return queryset.exclude(private)
