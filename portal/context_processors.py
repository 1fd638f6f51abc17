"""What every public template needs: the site's identity and its main menu, cached."""

from wagtail.models import Site

from .cache import cached
from .models import SiteIdentity


def _identity(site):
    return SiteIdentity.objects.select_related("emblem").filter(site=site).first() or SiteIdentity(
        site=site
    )


def _menu(site):
    pages = site.root_page.get_children().live().public().in_menu()
    return [{"title": p.title, "url": p.url, "path": p.path} for p in pages]


def site_chrome(request):
    site = Site.find_for_request(request)
    if site is None:
        return {"identity": SiteIdentity(), "menu_items": [], "current_site": None}
    return {
        "current_site": site,
        "identity": cached("identity", lambda: _identity(site), site.pk),
        "menu_items": cached("menu", lambda: _menu(site), site.pk),
    }
