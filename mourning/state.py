"""Whether the site is in mourning for this request.

The setting itself is cached like the rest of the page chrome (editing it bumps the content
version); whether it is on is worked out from its start and end on every request, so the
site turns grey and back at the set times even while everything else stays cached.
"""

from dataclasses import dataclass

from django.utils import timezone
from wagtail.models import Site

from portal.cache import cached

from .models import MourningMode


@dataclass(frozen=True)
class MourningState:
    active: bool = False
    notice: str = ""  # shown at the top of every page: empty unless active and to be shown


OFF = MourningState()


def _setting(site):
    # An unsaved (off) setting when none exists yet: a cached value is never None.
    return MourningMode.objects.filter(site=site).first() or MourningMode(site=site)


def state_at(setting, now):
    if not setting.is_active(now):
        return OFF
    return MourningState(active=True, notice=setting.notice if setting.show_notice else "")


def for_request(request):
    """The mourning state of the site serving ``request``, worked out once per request."""
    if request is None:
        return OFF
    state = getattr(request, "_mourning_state", None)
    if state is None:
        site = Site.find_for_request(request)
        if site is None:
            state = OFF
        else:
            setting = cached("mourning", lambda: _setting(site), site.pk)
            state = state_at(setting, timezone.now())
        request._mourning_state = state
    return state
