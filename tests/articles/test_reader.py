"""What readers see: sections with filters, articles with source, tags, related, print."""

import datetime

import pytest
from django.utils import timezone

from articles.models import ArticleRelatedLink, TopicSeries
from home.models import HomeSelection
from tests.articles.factories import (
    ArticleIndexPageFactory,
    ArticlePageFactory,
    OutletFactory,
    article_kind,
)
from tests.home.factories import HomeSelectionFactory
from tests.units.factories import UnitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(home):
    return ArticleIndexPageFactory(parent=home, title="Tin tức – Sự kiện")


def at(year, month, day, hour=8, minute=30):
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))


def test_article_page_shows_everything_a_reader_needs(client, section):
    unit = UnitFactory(name="Chi bộ Văn phòng Đảng ủy Khối")
    topic = TopicSeries.objects.create(name="Học tập và làm theo Bác", slug="hoc-tap-bac")
    article = ArticlePageFactory(
        parent=section,
        title="Hội nghị sơ kết quý IV",
        date=at(2026, 11, 29),
        unit=unit,
        topic=topic,
        byline="Minh An",
        body=[("paragraph", "<p>Nội dung hội nghị.</p>")],
    )
    article.tags.add("Xây dựng Đảng")
    article.save()
    html = client.get(article.url).content.decode()
    assert "Chủ nhật, 29/11/2026 08:30" in html
    assert "Chi bộ Văn phòng Đảng ủy Khối" in html
    assert "Học tập và làm theo Bác" in html
    assert "Nội dung hội nghị." in html
    assert "Minh An" in html
    assert "#Xây dựng Đảng" in html
    assert f"{section.url}?the=xay-dung-dang" in html
    assert f"{article.url}in/" in html  # the print link
    assert '<nav class="breadcrumb"' in html


def test_outlet_item_links_to_the_original(client, section):
    outlet = OutletFactory(name="Báo Thanh Hóa")
    item = ArticlePageFactory(
        parent=section,
        kind=article_kind("tin-lien-ket"),
        featured_image=None,
        outlet=outlet,
        original_url="https://baothanhhoa.example.vn/chinh-tri/bai-goc.html",
    )
    html = client.get(item.url).content.decode()
    assert "Đọc toàn văn trên Báo Thanh Hóa" in html
    assert 'href="https://baothanhhoa.example.vn/chinh-tri/bai-goc.html"' in html
    assert 'rel="external noopener"' in html


def test_print_view(client, section):
    article = ArticlePageFactory(parent=section, title="Bài để in", date=at(2026, 11, 29))
    response = client.get(f"{article.url}in/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bài để in" in html
    assert "In từ" in html
    assert 'class="main-nav"' not in html  # no site chrome on paper
    assert "print.css" in html


def test_related_articles_chosen_first_then_same_tag(client, section):
    article = ArticlePageFactory(parent=section, title="Bài chính")
    chosen = ArticlePageFactory(parent=section, title="Bài được chọn", date=at(2020, 1, 1))
    tagged = ArticlePageFactory(parent=section, title="Bài cùng từ khóa", date=at(2026, 11, 1))
    ArticlePageFactory(parent=section, title="Bài không liên quan")
    ArticleRelatedLink.objects.create(page=article, target=chosen, sort_order=0)
    article.tags.add("Chuyển đổi số")
    article.save()
    tagged.tags.add("chuyển đổi số")  # the same tag, whatever the case
    tagged.save()
    titles = [a.title for a in article.related_articles()]
    assert titles == ["Bài được chọn", "Bài cùng từ khóa"]
    html = client.get(article.url).content.decode()
    assert html.index("Bài được chọn") < html.index("Bài cùng từ khóa")
    assert "Bài không liên quan" not in html.split("related-heading")[1]


def test_more_in_this_section_lists_the_newest_others_of_the_same_section(client, section, home):
    article = ArticlePageFactory(parent=section, title="Bài đang đọc", date=at(2026, 11, 1))
    sub = ArticleIndexPageFactory(parent=section, title="Cơ sở")
    for day in range(1, 8):
        parent = sub if day == 7 else section
        ArticlePageFactory(parent=parent, title=f"Cùng mục {day}", date=at(2026, 10, day))
    elsewhere = ArticleIndexPageFactory(parent=home, title="Mục khác")
    ArticlePageFactory(parent=elsewhere, title="Bài mục khác", date=at(2026, 12, 1))
    draft = ArticlePageFactory(parent=section, title="Bản nháp", date=at(2026, 12, 2))
    draft.unpublish()
    html = client.get(article.url).content.decode()
    assert "Tin cùng chuyên mục" in html, "the block shows even with no related article by tag"
    block = html.split('id="same-section-heading"')[1].split("</aside>")[0]
    titles = [f"Cùng mục {day}" for day in (7, 6, 5, 4, 3)]
    assert [title for title in titles if title in block] == titles, "five newest, sub-sections too"
    assert block.index("Cùng mục 7") < block.index("Cùng mục 3"), "newest first"
    for absent in ("Cùng mục 2", "Bài đang đọc", "Bài mục khác", "Bản nháp"):
        assert absent not in block, f"{absent} should not be listed"


def test_share_links_carry_the_canonical_address_and_load_nothing_from_elsewhere(client, section):
    import base64
    import json
    import re
    from html import unescape
    from urllib.parse import parse_qs, urlsplit

    article = ArticlePageFactory(parent=section, title="Bài để chia sẻ")
    html = client.get(f"{article.url}?utm_source=zalo").content.decode()
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
    assert "utm_source" not in canonical
    links = dict(re.findall(r'<a class="share-link" href="([^"]+)"[^>]*>(\w+)</a>', html))
    links = {name: unescape(href) for href, name in links.items()}
    facebook = urlsplit(links["Facebook"])
    assert facebook.netloc == "www.facebook.com"
    assert parse_qs(facebook.query)["u"] == [canonical]
    zalo = urlsplit(links["Zalo"])
    assert zalo.scheme == "https"
    assert json.loads(base64.b64decode(parse_qs(zalo.query)["d"][0]))["url"] == canonical
    assert f'value="{canonical}" readonly' in html, "the address can be selected without script"
    assert "Sao chép liên kết" in html and "Cỡ chữ" in html
    loaded = re.findall(r'<(?:script|img|iframe|source)[^>]+src="([^"]+)"', html)
    loaded += re.findall(r'<link rel="(?:stylesheet|preload|icon)" href="([^"]+)"', html)
    assert loaded and all(url.startswith("/") for url in loaded), f"only local files: {loaded}"


def test_a_new_article_previews_with_the_related_articles_chosen_in_the_form(section, rf):
    from articles.models import ArticlePage

    chosen = ArticlePageFactory(parent=section, title="Bài được chọn")
    draft = ArticlePage(title="Bài mới chưa lưu", kind=chosen.kind, date=timezone.now())
    draft.related_links = [ArticleRelatedLink(target=chosen)]
    assert [a.title for a in draft.related_articles()] == ["Bài được chọn"]


def test_section_lists_newest_first_including_sub_sections(client, section):
    sub = ArticleIndexPageFactory(parent=section, title="Hoạt động cơ sở")
    ArticlePageFactory(parent=section, title="Tin cũ", date=at(2026, 1, 5))
    ArticlePageFactory(parent=sub, title="Tin mới ở chuyên mục con", date=at(2026, 11, 20))
    html = client.get(section.url).content.decode()
    assert html.index("Tin mới ở chuyên mục con") < html.index("Tin cũ")
    assert "Hoạt động cơ sở" in html  # the sub-section is offered


def test_section_paginates(client, section):
    for day in range(1, 16):
        ArticlePageFactory(parent=section, title=f"Tin ngày {day:02d}", date=at(2026, 10, day))
    first = client.get(section.url).content.decode()
    second = client.get(section.url, {"page": 2}).content.decode()
    assert "Tin ngày 15" in first and "Tin ngày 03" not in first
    assert "Tin ngày 03" in second and "Trang 2/2" in second


@pytest.mark.parametrize(
    ("parameter", "value", "shown", "hidden"),
    [
        ("loai", "bai", "Bài phân tích", "Tin ngắn"),
        ("nam", "2025", "Tin năm trước", "Tin ngắn"),
        ("don-vi", "CĐVC", "Tin công đoàn", "Tin ngắn"),
        ("chuyen-de", "chuyen-doi-so", "Bài phân tích", "Tin ngắn"),
        ("the", "doan-thanh-nien", "Tin ngắn", "Bài phân tích"),
    ],
)
def test_section_filters(client, section, parameter, value, shown, hidden):
    topic = TopicSeries.objects.create(name="Chuyển đổi số", slug="chuyen-doi-so")
    union = UnitFactory(name="Công đoàn Viên chức tỉnh", short_code="CĐVC", kind="mass")
    short = ArticlePageFactory(parent=section, title="Tin ngắn", date=at(2026, 5, 1))
    short.tags.add("Đoàn Thanh niên")
    short.save()
    ArticlePageFactory(
        parent=section,
        title="Bài phân tích",
        kind=article_kind("bai"),
        topic=topic,
        date=at(2026, 6, 1),
    )
    ArticlePageFactory(parent=section, title="Tin năm trước", date=at(2025, 12, 1))
    ArticlePageFactory(parent=section, title="Tin công đoàn", unit=union, date=at(2026, 7, 1))
    html = client.get(section.url, {parameter: value}).content.decode()
    # The listing only: the side column lists the site's newest articles, filtered or not.
    listing = html.split('class="listing"')[1].split('class="page-aside"')[0]
    assert shown in listing
    assert hidden not in listing


@pytest.mark.parametrize(
    "query",
    [
        {"nam": "abc"},
        {"loai": "'; DROP TABLE x;--"},
        {"page": "-1"},
        {"page": "9999"},
        {"the": "x" * 5000},
    ],
)
def test_bad_filter_values_give_a_normal_page(client, section, query):
    ArticlePageFactory(parent=section)
    assert client.get(section.url, query).status_code == 200


def test_home_leads_with_the_editors_choice(client, home, section):
    newest = ArticlePageFactory(parent=section, title="Tin mới nhất", date=at(2026, 11, 28))
    chosen = ArticlePageFactory(parent=section, title="Tin tiêu điểm", date=at(2026, 1, 1))
    HomeSelectionFactory(home=home, position=HomeSelection.LEAD, article=chosen)
    html = client.get("/").content.decode()
    lead = html.split('class="lead-grid"')[1]
    assert lead.index("Tin tiêu điểm") < lead.index("Tin mới nhất")
    assert newest.title in html
