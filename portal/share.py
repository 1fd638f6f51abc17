"""Plain share links: the reader's browser goes to the other site only when a link is followed.

No share button script, picture or counter of another site is loaded with the page.
"""

import base64
import json
from dataclasses import dataclass
from urllib.parse import urlencode

FACEBOOK_SHARER = "https://www.facebook.com/sharer/sharer.php"
# The page Zalo's share button opens; its "d" is the shared address as base64-encoded JSON.
ZALO_SHARER = "https://button-share.zalo.me/share_external"


@dataclass(frozen=True)
class ShareLinks:
    url: str
    facebook: str
    zalo: str


def share_links(url: str) -> ShareLinks:
    """Where to send a reader who shares ``url`` (a page's canonical address)."""
    zalo = {
        "layout": 1,
        "color": "blue",
        "customize": "false",
        "d": base64.b64encode(json.dumps({"url": url}).encode()).decode(),
        "shareType": 0,
    }
    return ShareLinks(
        url=url,
        facebook=f"{FACEBOOK_SHARER}?{urlencode({'u': url})}",
        zalo=f"{ZALO_SHARER}?{urlencode(zalo)}",
    )
