"""RSS: the site's news and each section's, valid XML, newest 30, only what readers may see."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from portal.models import PortalRendition
from seo.feeds import FEED_SIZE
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.documents.factories import DocumentLibraryPageFactory, document_page
from tests.seo.utils import ROOT, at, published_article

pytestmark = pytest.mark.django_db

MEDIA = "{http://search.yahoo.com/mrss/}"
DC = "{http://purl.org/dc/elements/1.1/}"


def read_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    root = ET.fromstring(response.content)  # well-formed XML, or this raises
    assert root.tag == "rss" and root.get("version") == "2.0"
    return root.find("channel")


def titles(channel):
    return [item.findtext("title") for item in channel.findall("item")]


def test_news_feed_lists_the_newest_public_articles(client, identity, home, section):
    other = ArticleIndexPageFactory(parent=home, title="Xây dựng Đảng", slug="xay-dung-dang")
    older = published_article(section, title="Tin cũ", date=at(2026, 11, 1))
    newer = published_article(
        other, title="Tin mới", date=at(2026, 11, 29), byline="Minh An", sapo="Lời dẫn tin mới."
    )
    ArticlePageFactory(parent=section, title="Bản nháp", live=False)
    members = ArticleIndexPageFactory(parent=home, title="Nội bộ", slug="noi-bo")
    ArticlePageFactory(parent=members, title="Tin nội bộ")
    PageViewRestriction.objects.create(
        page=members, restriction_type=PageViewRestriction.PASSWORD, password="matkhau"
    )

    channel = read_feed(client, "/rss/")
    assert channel.findtext("title") == "Tin mới nhất – ĐUK CQ&DN"
    assert channel.findtext("link") == f"{ROOT}/"
    assert channel.findtext("language") == "vi"
    assert titles(channel) == ["Tin mới", "Tin cũ"], "newest first, drafts and private left out"
    item = channel.find("item")
    assert item.findtext("link") == f"{ROOT}{newer.url}"
    assert item.findtext("guid") == f"{ROOT}{newer.url}"
    assert item.findtext("description") == "Lời dẫn tin mới."
    assert item.findtext("category") == "Xây dựng Đảng"
    assert item.findtext(f"{DC}creator") == "Minh An"
    assert item.findtext("pubDate") == "Sun, 29 Nov 2026 08:30:00 +0700"
    picture = item.find(f"{MEDIA}content")
    rendition = PortalRendition.objects.get(
        image=newer.featured_image, filter_spec="fill-960x540|format-jpeg"
    )
    assert picture.get("url") == f"{ROOT}{rendition.url}"
    assert (picture.get("width"), picture.get("height")) == (
        str(rendition.width),
        str(rendition.height),
    )
    assert picture.get("type") == "image/jpeg"
    assert older.title in titles(channel)


def test_section_feed_holds_its_own_and_its_subsections_articles(client, home, section):
    sub = ArticleIndexPageFactory(parent=section, title="Tin cơ sở", slug="tin-co-so")
    elsewhere = ArticleIndexPageFactory(parent=home, title="Chuyên mục khác", slug="khac")
    published_article(section, title="Tin của chuyên mục", date=at(2026, 11, 2))
    published_article(sub, title="Tin cơ sở mới", date=at(2026, 11, 3))
    published_article(elsewhere, title="Tin chuyên mục khác", date=at(2026, 11, 4))

    channel = read_feed(client, f"{section.url}rss/")
    assert channel.findtext("title") == section.title
    assert channel.findtext("link") == f"{ROOT}{section.url}"
    assert titles(channel) == ["Tin cơ sở mới", "Tin của chuyên mục"]
    assert titles(read_feed(client, f"{sub.url}rss/")) == ["Tin cơ sở mới"]


def test_feeds_hold_the_newest_thirty(client, section):
    for day in range(FEED_SIZE + 3):
        ArticlePageFactory(
            parent=section, title=f"Tin ngày {day}", date=at(2026, 1, 1) + datetime.timedelta(day)
        )
    shown = titles(read_feed(client, f"{section.url}rss/"))
    assert len(shown) == FEED_SIZE
    assert shown[0] == f"Tin ngày {FEED_SIZE + 2}" and shown[-1] == "Tin ngày 3"


def test_feed_follows_publishing(client, section):
    article = published_article(section, title="Tin sẽ gỡ")
    assert titles(read_feed(client, "/rss/")) == ["Tin sẽ gỡ"]
    article.unpublish()
    assert titles(read_feed(client, "/rss/")) == [], "the cached feed is renewed"


def test_hostile_titles_stay_text_in_the_feed(client, section):
    hostile = "<script>alert(1)</script> & ]]> Đảng"
    ArticlePageFactory(parent=section, title=hostile, sapo=hostile)
    channel = read_feed(client, "/rss/")
    assert titles(channel) == [hostile]
    assert channel.find("item").findtext("description") == hostile


def test_library_feed_still_lists_documents(client, identity, home):
    library = DocumentLibraryPageFactory(parent=home)
    document_page(library, "106-KH/TU", "ke-hoach", "TU", "2025-06-22")
    hidden = document_page(library, "07-TB/ĐUK", "thong-bao", "ĐUK", "2025-01-02", publish=False)
    channel = read_feed(client, f"{library.url}rss/")
    assert channel.findtext("title") == "Văn bản – ĐUK CQ&DN"
    assert titles(channel) == ["Kế hoạch 106-KH/TU"]
    assert hidden.number not in str(titles(channel))
