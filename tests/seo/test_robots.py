"""robots.txt: the public site open to crawlers, the admin and search results closed."""

import pytest

from tests.seo.utils import ROOT

pytestmark = pytest.mark.django_db


def rules(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    return {
        field: [line.split(":", 1)[1].strip() for line in lines if line.startswith(f"{field}:")]
        for field in ("User-agent", "Allow", "Disallow", "Sitemap")
    }


def test_robots_closes_the_admin_and_search_results(client, home):
    found = rules(client)
    assert found["User-agent"] == ["*"]
    assert found["Allow"] == ["/"]
    assert "/admin/" in found["Disallow"]
    assert "/tim-kiem/?" in found["Disallow"]  # results; the bare search page is a page
    assert "/documents/authenticate_with_password/" in found["Disallow"]
    # Pages, sections, feeds and the document files stay open.
    for open_path in ("/", "/tin-tuc/", "/rss/", "/documents/", "/sitemap.xml"):
        assert open_path not in found["Disallow"], open_path


def test_robots_gives_the_absolute_sitemap_address(client, home):
    assert rules(client)["Sitemap"] == [f"{ROOT}/sitemap.xml"]
    assert client.get("/sitemap.xml").status_code == 200


def test_robots_follows_the_site_address(client, home):
    from wagtail.models import Site

    Site.objects.filter(is_default_site=True).update(hostname="thanhhoa.dcs.vn", port=443)
    assert rules(client)["Sitemap"] == ["https://thanhhoa.dcs.vn/sitemap.xml"]
