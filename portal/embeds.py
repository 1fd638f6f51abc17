"""An embed finder that never leaves this machine, for tests and demo content.

Wagtail's default finders ask the provider (YouTube, Vimeo...) over the network when an
editor adds an embed; tests and the demo must not depend on that.
"""

from urllib.parse import urlsplit

from django.utils.html import escape
from wagtail.embeds.finders.base import EmbedFinder


class LocalEmbedFinder(EmbedFinder):
    def __init__(self, **options: object) -> None:
        self.options = options

    def accept(self, url: str) -> bool:
        return urlsplit(url).scheme in {"http", "https"}

    def find_embed(
        self, url: str, max_width: int | None = None, max_height: int | None = None
    ) -> dict[str, object]:
        host = urlsplit(url).hostname or ""
        return {
            "title": f"Video ({host})",
            "author_name": "",
            "provider_name": host,
            "type": "video",
            "thumbnail_url": "",
            "width": 640,
            "height": 360,
            "html": (
                f'<iframe src="{escape(url)}" width="640" height="360" '
                'title="Video" loading="lazy" allowfullscreen></iframe>'
            ),
        }
