"""Who is reading: crawlers, the site's own staff, and one reader's repeated views.

No personal data is kept. A reader is known only by a hash of their address, their browser's
user agent and a salt that changes every day (derived from ``SECRET_KEY`` and the date in
Vietnam), so yesterday's hashes cannot be linked to today's, and nothing can be turned back
into an address. The hashes live only in the cache, for 30 minutes (``visits.cache``).

The allowance per reader (``READER_LIMIT``) is counted with the cache's ``incr``: exact with
Redis, approximate with the file cache (two workers may both take the last unit).
"""

import datetime
import hashlib
import hmac
from functools import lru_cache

from crawlerdetect import CrawlerDetect
from django.conf import settings
from django.http import HttpRequest

from portal.form_protection import client_address

from .cache import reader_cache

# A reader reloading a page within this time is not counted again.
REPEAT_WINDOW = 30 * 60
# At most this many counted views per reader in the window (any pages): one client posting
# beacons for every page id it can find cannot raise the site's visits further.
READER_LIMIT = 60
USER_AGENT_LENGTH = 512

_crawlers = CrawlerDetect()


def is_crawler(user_agent: str) -> bool:
    """A maintained list of crawlers' user agents (crawlerdetect); no user agent at all is
    a script, not a reader."""
    if not user_agent.strip():
        return True
    return bool(_crawlers.isCrawler(user_agent[:USER_AGENT_LENGTH]))


def is_staff_reader(request: HttpRequest) -> bool:
    """Someone signed in who may open the admin: the site's own people, not readers."""
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


@lru_cache(maxsize=4)
def _salt(day: datetime.date) -> bytes:
    return hashlib.sha256(f"visits:{settings.SECRET_KEY}:{day.isoformat()}".encode()).digest()


def reader_hash(request: HttpRequest, day: datetime.date) -> str:
    """The day's pseudonym of the reader making ``request``."""
    user_agent = request.META.get("HTTP_USER_AGENT", "")[:USER_AGENT_LENGTH]
    identity = f"{client_address(request)}\n{user_agent}".encode()
    return hmac.new(_salt(day), identity, hashlib.sha256).hexdigest()[:32]


def first_view(reader: str, page_key: str) -> bool:
    """True the first time in the window this reader views this page (atomic ``add``)."""
    return reader_cache().add(f"visits:seen:{reader}:{page_key}", 1, REPEAT_WINDOW)


def within_reader_limit(reader: str) -> bool:
    """Count one view against the reader's allowance; False once it is spent."""
    cache = reader_cache()
    key = f"visits:reader:{reader}"
    cache.add(key, 0, REPEAT_WINDOW)
    try:
        return cache.incr(key) <= READER_LIMIT
    except ValueError:  # expired between add and incr
        cache.add(key, 1, REPEAT_WINDOW)
        return True
