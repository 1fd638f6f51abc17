"""The beacon: every public page reports its view here, and gets the footer's figures back.

Pages may be served from a cache that never runs Django, so counting cannot happen while a
page is rendered. The page's script posts ``p=<page id>`` (``navigator.sendBeacon`` style,
with ``fetch(..., {keepalive: true})`` to read the answer); without scripts a 1×1 image
``anh.gif?p=<page id>`` in ``<noscript>`` does the same. Answers are never cached.

What is counted (``visits.readers`` for the details):

- A *visit* (the footer's "Lượt truy cập", as the old site counted) is one counted page
  view; a *page view* is counted for the page as well.
- Not counted: crawlers (crawlerdetect's list) and requests without a user agent; people
  signed in who may open the admin; previews (their pages carry no beacon); a page id that
  is not a live, public page of this site; the same reader viewing the same page again
  within 30 minutes; a reader's views beyond ``READER_LIMIT`` in 30 minutes (so one client
  posting 10,000 beacons for every page id it can find adds at most that many).
- A reader is a salted hash of address and user agent, kept in the cache only; the salt
  changes daily.

CSRF protection is off for the beacon: it changes nothing but counters, takes no input but a
page id, and a forged cross-site beacon is bound by the same rules as a real one. No session
is created and none is changed.
"""

import base64
import logging
import time

from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Page, Site

from portal.cache import cached
from portal.params import QueryParams, query_params
from portal.queries import public
from portal.text import group_thousands

from . import buffer, days, queries, readers

logger = logging.getLogger(__name__)

PAGE_ID_MAX = 2**31 - 1
PAGE_CHECK_TIMEOUT = 300
SITE_MEMORY = 60  # seconds a worker remembers which site a host name is
_sites: dict[str, tuple[float, Site | None]] = {}
GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


def countable_page(site: Site, page_id: int) -> bool:
    """Whether ``page_id`` is a live page of ``site`` without a view restriction; cached
    until content changes (publishing bumps the content version)."""

    def check() -> bool:
        root = Page.objects.filter(pk=site.root_page_id).values_list("path", flat=True).first()
        if root is None:
            return False
        pages = Page.objects.live().filter(pk=page_id, path__startswith=root)
        return public(pages).exists()

    return cached("visit-page", check, site.pk, page_id, timeout=PAGE_CHECK_TIMEOUT)


def _count(request: HttpRequest, site: Site, page_id: int | None) -> bool:
    """Count the view when it should be; True when counted."""
    user_agent = request.META.get("HTTP_USER_AGENT", "")
    if readers.is_crawler(user_agent) or readers.is_staff_reader(request):
        return False
    if page_id is None or not countable_page(site, page_id):
        return False
    day = days.today()
    reader = readers.reader_hash(request, day)
    if not readers.first_view(reader, str(page_id)) or not readers.within_reader_limit(reader):
        return False
    buffer.record(site.pk, page_id, day)
    return True


def _site(request: HttpRequest) -> Site | None:
    """Wagtail's site for the request, remembered a minute per host: a query saved per beacon."""
    host = f"{request.META.get('HTTP_HOST', '')}|{request.META.get('SERVER_PORT', '')}"
    now = time.monotonic()
    remembered = _sites.get(host)
    if remembered is None or remembered[0] < now:
        if len(_sites) > 100:  # host names are few (ALLOWED_HOSTS); never let it grow
            _sites.clear()
        remembered = (now + SITE_MEMORY, Site.find_for_request(request))
        _sites[host] = remembered
    return remembered[1]


def _answer(request: HttpRequest, page_id: int | None) -> dict:
    site = _site(request)
    if site is None:
        return {"counted": False}
    day = days.today()
    # Read before counting: a cached answer plus this reader's own view is what they expect;
    # figures computed afresh (after a Redis flush) include it already.
    figures = queries.cached_figures(site, day)
    try:
        counted = _count(request, site, page_id)
    except DatabaseError:  # a page deleted meanwhile, a database too busy: not counted
        logger.warning("A visit could not be counted", exc_info=True)
        counted = False
    if figures is None:
        figures = queries.footer_figures(site, day)
    elif counted:
        figures = queries.Figures(
            today=figures["today"] + 1,
            yesterday=figures["yesterday"],
            week=figures["week"] + 1,
            month=figures["month"] + 1,
            total=figures["total"] + 1,
        )
    shown = {name: group_thousands(value) for name, value in figures.items()}
    return {"counted": counted, "figures": dict(figures), "shown": shown}


@csrf_exempt
@never_cache
@require_POST
def beacon(request: HttpRequest) -> HttpResponse:
    page_id = QueryParams(request.POST).integer("p", minimum=1, maximum=PAGE_ID_MAX)
    response = JsonResponse(_answer(request, page_id))
    response["Cache-Control"] = "no-store"
    return response


@never_cache
@require_GET
def beacon_image(request: HttpRequest) -> HttpResponse:
    """The no-script fallback: the same count, answered with a transparent pixel."""
    page_id = query_params(request).integer("p", minimum=1, maximum=PAGE_ID_MAX)
    _answer(request, page_id)
    response = HttpResponse(GIF, content_type="image/gif")
    response["Cache-Control"] = "no-store"
    return response
