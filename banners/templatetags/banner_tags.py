"""{% banners "home_carousel" %}: the banners readers see in a placement."""

from django import template
from django.utils import timezone

from portal.cache import cached

from ..models import shown_in
from ..slots import SLOTS_BY_KEY

register = template.Library()


@register.inclusion_tag("banners/slot.html")
def banners(slot_key):
    slot = SLOTS_BY_KEY[slot_key]
    now = timezone.now()
    # The cached list is checked against the clock again: a banner expires on time even
    # between two runs of the scheduler.
    items = [
        banner
        for banner in cached("banners", lambda: shown_in(slot.key), slot.key)
        if (banner.go_live_at is None or banner.go_live_at <= now)
        and (banner.expire_at is None or banner.expire_at > now)
    ]
    return {"banners": items, "slot": slot, "template": f"banners/slots/{slot.key}.html"}
