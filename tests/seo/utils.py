"""Articles published as editors publish them, and a reader of <head> tags."""

import datetime
import json
from html.parser import HTMLParser

from django.utils import timezone

from tests.articles.factories import ArticlePageFactory

ROOT = "http://localhost"  # the default site's root URL (hostname localhost, port 80)


def at(year, month, day, hour=8, minute=30):
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


def published_article(parent, **fields):
    """An article published the way editors publish it (so last_published_at is set)."""
    article = ArticlePageFactory(parent=parent, **fields)
    article.save_revision().publish()
    article.refresh_from_db()
    return article


class HeadReader(HTMLParser):
    """The <meta>, <link> and JSON-LD of a page, as a crawler reads them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta = {}
        self.links = []
        self.json_ld = []
        self._in_json_ld = False
        self._script = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            key = attrs.get("property") or attrs.get("name")
            self.meta.setdefault(key, []).append(attrs.get("content"))
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld, self._script = True, []

    def handle_data(self, data):
        if self._in_json_ld:
            self._script.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in_json_ld:
            self._in_json_ld = False
            self.json_ld.append(json.loads("".join(self._script)))

    def one(self, key):
        values = self.meta.get(key, [])
        assert len(values) == 1, f"expected one {key}, found {values}"
        return values[0]

    def canonical(self):
        found = [link["href"] for link in self.links if link.get("rel") == "canonical"]
        assert len(found) <= 1, f"more than one canonical: {found}"
        return found[0] if found else None

    def feeds(self):
        return [
            (link["title"], link["href"])
            for link in self.links
            if link.get("rel") == "alternate" and link.get("type") == "application/rss+xml"
        ]

    def json_ld_of_type(self, type_):
        return [data for data in self.json_ld if data.get("@type") == type_]


def read_head(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, (url, response.status_code)
    reader = HeadReader()
    reader.feed(response.content.decode())
    reader.html = response.content.decode()
    return reader
