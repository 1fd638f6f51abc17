"""{% banners "home_carousel" %}: the banners readers see in a placement."""

from django import template
from django.utils import timezone

from mourning.state import for_request
from portal.cache import cached

from ..models import shown_in
from ..placements import PLACEMENTS_BY_KEY

register = template.Library()


@register.inclusion_tag("banners/slot.html", takes_context=True)
def banners(context, slot_key):
    slot = PLACEMENTS_BY_KEY[slot_key]
    now = timezone.now()
    mourning = for_request(context.get("request")).active
    # The cached list is checked against the clock again: a banner expires on time even
    # between two runs of the scheduler, and festive ones pause while the site mourns.
    items = [
        banner
        for banner in cached("banners", lambda: shown_in(slot.key), slot.key)
        if (banner.go_live_at is None or banner.go_live_at <= now)
        and (banner.expire_at is None or banner.expire_at > now)
        and not (mourning and banner.festive)
    ]
    return {"banners": items, "slot": slot, "template": f"banners/slots/{slot.key}.html"}
