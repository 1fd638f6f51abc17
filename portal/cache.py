"""Short-lived caches of what every page shows (identity, menu, filter choices).

Every key carries a content version; publishing, unpublishing, moving or deleting a page,
or editing a setting or a list, bumps the version, so nothing stale outlives a change.
When the cache is down, everything is computed afresh.
"""

from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache import cache

from .text import slugify

VERSION_KEY = "portal:content-version"
TIMEOUT = 600

T = TypeVar("T")


def content_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, None)
    return version


def bump_content_version(**kwargs: Any) -> None:
    """Signal receiver: whatever was cached before this change is no longer used."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, None)


def _key_part(part: object) -> str:
    """Cache keys stay ASCII without spaces (memcached and others refuse the rest)."""
    text = str(part)
    return text if text.isascii() and text.isidentifier() or text.isdigit() else slugify(text)


def cached(name: str, compute: Callable[[], T], *parts: object, timeout: int | None = TIMEOUT) -> T:
    key = ":".join(["portal", name, *map(_key_part, parts), f"v{content_version()}"])
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value
