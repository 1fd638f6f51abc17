"""The HTML of the pages readers use most passes html-validate (recommended rules).

Runs in both CI passes: the search page and listings are rendered from different database
backends there, and one html-validate run over six pages takes about a second.
"""

import json

import pytest

from tests.quality.htmlvalidate import CONFIG, RELAXED, assert_valid_html, html_errors
from tests.quality.reader_site import reader_site, wide_content

pytestmark = pytest.mark.django_db


def rendered(client, url):
    response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    return response.content.decode()


def test_reader_pages_are_valid_html(client):
    site = reader_site()
    wide = wide_content(site)
    pages = {
        "home": site.home.url,
        "section": site.section.url,
        "article": site.article.url,
        "document library": site.library.url,
        "document library filtered": f"{site.library.url}?loai=nghi-quyet&so=05",
        "work schedule": wide.schedule.url,
        "article with a table": wide.table_article.url,
        "document": site.document.url,
        "search": "/tim-kiem/?q=hoi+nghi",
        "search page without a query": "/tim-kiem/",
    }
    html = {name: rendered(client, url) for name, url in pages.items()}
    assert site.article.title in html["search"], "the search page should list a result"
    assert_valid_html(html)


def test_the_validator_reports_errors():
    """The check can fail: a broken page is reported with its rule and place."""
    broken = (
        '<!DOCTYPE html><html lang="vi"><head><title>x</title></head>'
        "<body><p><div></p></body></html>"
    )
    errors = html_errors({"broken": broken})
    assert "broken" in errors
    assert any("[" in message and "line 1" in message for message in errors["broken"])


def test_every_relaxed_rule_is_explained():
    config = json.loads(CONFIG.read_text(encoding="utf-8"))
    assert config["extends"] == ["html-validate:recommended"]
    assert config["rules"] == dict.fromkeys(RELAXED, "off")
