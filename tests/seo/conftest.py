"""A site with an identity and an emblem, sections and articles; a reader of <head> tags."""

import datetime
import json
from html.parser import HTMLParser

import pytest
from django.utils import timezone
from wagtail.models import Site

from portal.models import SiteIdentity
from tests.factories import ArticleIndexPageFactory, ArticlePageFactory, sized_image

ROOT = "http://localhost"  # the default site's root URL (hostname localhost, port 80)


@pytest.fixture(autouse=True)
def empty_cache():
    """Ids repeat between tests (rolled back): a rendition cached by another test is stale."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def identity(db):
    site = Site.objects.get(is_default_site=True)
    identity = SiteIdentity.for_site(site)
    identity.organisation_name = "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Thanh Hóa"
    identity.organisation_name_en = "Party Committee of Provincial Agencies and Enterprises"
    identity.short_name = "ĐUK CQ&DN"
    identity.site_title = "Trang thông tin điện tử"
    identity.province = "Thanh Hóa"
    identity.governing_body = "Tỉnh ủy Thanh Hóa"
    identity.address = "Số 1 Đường Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa"
    identity.phone = "0237.3852.000"
    identity.email = "vanphong@dukhoi.example.vn"
    identity.emblem = sized_image(400, 400, description="Biểu trưng Đảng bộ Khối")
    identity.save()
    return identity


@pytest.fixture
def section(home):
    return ArticleIndexPageFactory(parent=home, title="Tin tức – Sự kiện", slug="tin-tuc")


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
