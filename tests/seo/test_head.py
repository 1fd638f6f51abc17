"""The <head> of public pages: canonical address, Open Graph, Twitter card, JSON-LD, feeds."""

import pytest
from django.urls import reverse

from portal.models import PortalRendition
from tests.articles.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    OutletFactory,
    article_kind,
)
from tests.home.factories import StandardPageFactory
from tests.portal.factories import sized_image
from tests.seo.utils import ROOT, at, published_article, read_head
from tests.units.factories import UnitFactory

pytestmark = pytest.mark.django_db

HOSTILE = '</script><script>alert("x")</script> & <b>Đảng</b>'


@pytest.fixture
def article(identity, section):
    page = published_article(
        section,
        title="Hội nghị sơ kết công tác xây dựng Đảng quý IV",
        sapo="Sáng 29/11, Đảng ủy Khối tổ chức hội nghị sơ kết.",
        date=at(2026, 11, 29),
        byline="Minh An",
        featured_image=sized_image(1600, 1000, description="Quang cảnh hội nghị"),
    )
    page.tags.add("Xây dựng Đảng")
    page.save_revision().publish()
    page.refresh_from_db()
    return page


# Canonical addresses


def test_every_page_has_its_absolute_canonical_address(client, identity, home, section, article):
    about = StandardPageFactory(parent=home, title="Giới thiệu", slug="gioi-thieu")
    for page in (home, section, article, about):
        assert read_head(client, page.url).canonical() == f"{ROOT}{page.url}", page.title


def test_canonical_drops_tracking_and_filter_parameters(client, section, article):
    head = read_head(client, article.url, utm_source="zalo", fbclid="abc", page="2")
    assert head.canonical() == f"{ROOT}{article.url}"
    filtered = read_head(client, section.url, loai="tin", page="2")
    assert filtered.canonical() == f"{ROOT}{section.url}", "a filtered listing is the section"


def test_a_later_page_of_a_listing_is_its_own_canonical(client, section):
    for _ in range(section.page_size + 1):
        ArticlePageFactory(parent=section)
    head = read_head(client, section.url, page="2", utm_campaign="thang-11")
    assert head.canonical() == f"{ROOT}{section.url}?page=2"
    # Page 1 and pages past the end are the listing's own first and last pages.
    assert read_head(client, section.url, page="1").canonical() == f"{ROOT}{section.url}"
    assert read_head(client, section.url, page="99").canonical() == f"{ROOT}{section.url}?page=2"


def test_search_page_canonical_only_without_a_query(client, home):
    assert read_head(client, reverse("search")).canonical() == f"{ROOT}/tim-kiem/"
    results = read_head(client, reverse("search"), q="nghị quyết")
    assert results.canonical() is None, "results are noindex: no canonical"


def test_error_pages_have_no_canonical(client, home):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert 'rel="canonical"' not in response.content.decode()


# Open Graph and Twitter


def test_article_shares_its_title_sapo_and_picture(client, identity, section, article):
    head = read_head(client, article.url)
    rendition = PortalRendition.objects.get(
        image=article.featured_image, filter_spec="fill-1200x630|format-jpeg"
    )
    assert head.one("og:type") == "article"
    assert head.one("og:title") == article.title
    assert head.one("og:description") == article.sapo
    assert head.one("description") == article.sapo
    assert head.one("og:url") == f"{ROOT}{article.url}"
    assert head.one("og:locale") == "vi_VN"
    assert head.one("og:site_name") == identity.organisation_name
    assert head.one("og:image") == f"{ROOT}{rendition.url}"
    assert (head.one("og:image:width"), head.one("og:image:height")) == ("1200", "630")
    assert head.one("og:image:type") == "image/jpeg"
    assert head.one("og:image:alt") == "Quang cảnh hội nghị"
    assert head.one("article:published_time") == "2026-11-29T08:30:00+07:00"
    assert head.one("article:section") == section.title
    assert head.meta["article:tag"] == ["Xây dựng Đảng"]
    assert head.one("twitter:card") == "summary_large_image"
    assert head.one("twitter:image") == head.one("og:image")


def test_pages_without_a_picture_fall_back_to_the_emblem(client, identity, home, section):
    head = read_head(client, section.url)
    emblem = PortalRendition.objects.get(
        image=identity.emblem, filter_spec="max-600x600|format-png"
    )
    assert head.one("og:type") == "website"
    assert head.one("og:image") == f"{ROOT}{emblem.url}"
    assert (head.one("og:image:width"), head.one("og:image:height")) == ("400", "400")
    assert head.one("twitter:card") == "summary", "a square emblem is not a large picture"


def test_no_picture_at_all_gives_no_image_tags(client, home, section):
    head = read_head(client, section.url)
    assert "og:image" not in head.meta
    assert "twitter:image" not in head.meta
    assert head.one("twitter:card") == "summary"


def test_search_description_wins_and_english_page_says_english(client, home):
    from home.models import EnglishPage

    about = StandardPageFactory(
        parent=home, title="Giới thiệu", intro="Phần giới thiệu.", search_description="Mô tả SEO."
    )
    head = read_head(client, about.url)
    assert head.one("description") == "Mô tả SEO."
    assert head.one("og:description") == "Mô tả SEO."
    english = EnglishPage(title="English", slug="english", intro="About the committee.")
    home.add_child(instance=english)
    assert read_head(client, english.url).one("og:locale") == "en_US"


# JSON-LD


def test_article_json_ld_is_a_news_article(client, identity, section, article):
    head = read_head(client, article.url)
    (data,) = head.json_ld_of_type("NewsArticle")
    assert data["@context"] == "https://schema.org"
    assert data["headline"] == article.title
    assert data["datePublished"] == "2026-11-29T08:30:00+07:00"
    assert data["dateModified"].endswith("+07:00")
    assert data["dateModified"] >= data["datePublished"]
    assert data["author"] == [{"@type": "Person", "name": "Minh An"}]
    assert data["articleSection"] == section.title
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": f"{ROOT}{article.url}"}
    assert data["image"][0]["url"] == head.one("og:image")
    publisher = data["publisher"]
    assert publisher["@type"] == "Organization"
    assert publisher["name"] == identity.organisation_name
    assert publisher["logo"]["url"].startswith(f"{ROOT}/")
    assert publisher["logo"]["width"] == 400


def test_article_author_falls_back_to_outlet_unit_or_publisher(client, identity, section):
    outlet = OutletFactory(name="Báo Thanh Hóa")
    relayed = ArticlePageFactory(
        parent=section,
        kind=article_kind("tin-lien-ket"),
        outlet=outlet,
        original_url="https://baothanhhoa.example.vn/bai-goc",
    )
    unit = UnitFactory(name="Chi bộ Văn phòng")
    from_unit = ArticlePageFactory(parent=section, unit=unit)
    own = ArticlePageFactory(parent=section)

    def news_article(page):
        (data,) = read_head(client, page.url).json_ld_of_type("NewsArticle")
        return data

    relayed_data = news_article(relayed)
    assert relayed_data["author"][0]["name"] == "Báo Thanh Hóa"
    assert relayed_data["isBasedOn"] == "https://baothanhhoa.example.vn/bai-goc"
    assert news_article(from_unit)["author"][0]["name"] == "Chi bộ Văn phòng"
    assert news_article(own)["author"][0]["name"] == identity.organisation_name


def test_home_page_describes_the_organisation(client, identity, home):
    head = read_head(client, home.url)
    (data,) = head.json_ld_of_type("Organization")
    assert data["name"] == identity.organisation_name
    assert data["alternateName"] == [identity.short_name, identity.organisation_name_en]
    assert data["url"] == f"{ROOT}/"
    assert data["logo"]["url"] == head.one("og:image")
    assert data["address"]["streetAddress"] == identity.address
    assert data["address"]["addressCountry"] == "VN"
    assert data["telephone"] == identity.phone
    assert data["email"] == identity.email
    assert data["parentOrganization"]["name"] == "Tỉnh ủy Thanh Hóa"
    assert head.one("og:title") == identity.organisation_name
    assert not head.json_ld_of_type("NewsArticle")


def test_other_pages_carry_no_json_ld(client, identity, section):
    assert read_head(client, section.url).json_ld == []


def test_hostile_title_cannot_break_out_of_the_json_ld(client, identity, section):
    page = ArticlePageFactory(parent=section, title=HOSTILE, sapo=HOSTILE, slug="thu")
    head = read_head(client, page.url)
    (data,) = head.json_ld_of_type("NewsArticle")
    assert data["headline"] == HOSTILE
    assert data["description"] == 'alert("x") & Đảng', "descriptions are plain text"
    assert '<script>alert("x")' not in head.html
    assert head.html.count("</script>") == head.html.count("<script")
    assert head.one("og:title") == HOSTILE  # escaped in the attribute, read back intact


# Alternate links to the feeds


def test_every_page_advertises_the_news_feed(client, home):
    about = StandardPageFactory(parent=home)
    for url in (home.url, about.url, reverse("search")):
        feeds = read_head(client, url).feeds()
        assert feeds[0][1] == "/rss/", url
        assert len(feeds) == 1, f"{url}: only the news feed"


def test_a_section_and_its_articles_advertise_the_section_feed(client, section, article):
    sub = ArticleIndexPageFactory(parent=section, title="Tin cơ sở", slug="tin-co-so")
    nested = ArticlePageFactory(parent=sub)
    assert read_head(client, section.url).feeds()[1] == (section.title, f"{section.url}rss/")
    assert read_head(client, article.url).feeds()[1] == (section.title, f"{section.url}rss/")
    assert read_head(client, nested.url).feeds()[1] == (sub.title, f"{sub.url}rss/")
    for url in (f"{section.url}rss/", f"{sub.url}rss/"):
        assert client.get(url).status_code == 200, url


def test_the_library_advertises_its_feed(client, home):
    from tests.documents.factories import DocumentLibraryPageFactory, document_page

    library = DocumentLibraryPageFactory(parent=home)
    document = document_page(library, "106-KH/TU", "ke-hoach", "TU", "2025-06-22")
    for page in (library, document):
        assert read_head(client, page.url).feeds()[1] == (library.title, f"{library.url}rss/")


def test_previews_render_their_head_tags(home, section, identity):
    """Editors' previews: a draft article, and a new page not yet in the tree."""
    from home.models import StandardPage

    draft = ArticlePageFactory(parent=section, title="Bản nháp xem trước", live=False)
    response = draft.make_preview_request()
    assert response.status_code == 200
    assert '<meta property="og:title" content="Bản nháp xem trước">' in response.content.decode()

    # As Wagtail's preview of a new page builds it: in the tree, not saved.
    new = StandardPage(title="Trang mới chưa lưu", slug="trang-moi", depth=section.depth)
    new.path = section._inc_path()
    new.set_url_path(home)
    response = new.make_preview_request()
    assert response.status_code == 200
    assert '<meta property="og:title" content="Trang mới chưa lưu">' in response.content.decode()
