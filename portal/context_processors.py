"""What every public template needs: the site's identity, cached."""

from django.http import HttpRequest
from wagtail.models import Site

from .cache import cached
from .models import SiteIdentity


def _identity(site: Site) -> SiteIdentity:
    return SiteIdentity.objects.select_related("emblem").filter(site=site).first() or SiteIdentity(
        site=site
    )


def cached_identity(site: Site) -> SiteIdentity:
    """The site's identity, read once per content change."""
    return cached("identity", lambda: _identity(site), site.pk)


def site_chrome(request: HttpRequest) -> dict[str, object]:
    site = Site.find_for_request(request)
    if site is None:
        return {"identity": SiteIdentity(), "current_site": None}
    return {
        "current_site": site,
        "identity": cached_identity(site),
    }
