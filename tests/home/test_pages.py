"""The home page, standing pages, the English page and the error pages."""

import logging

import pytest
from django.test import override_settings
from wagtail.models import Site

from home.models import ContactPage, EnglishPage, HomePage
from portal.models import SiteIdentity
from tests.home.factories import ContactOfficialFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

IDENTITY = {
    "organisation_name": "Đảng ủy Khối Cơ quan tỉnh Mẫu",
    "organisation_name_en": "Party Committee of Provincial Agencies",
    "short_name": "ĐUK Mẫu",
    "governing_body": "Tỉnh ủy Mẫu",
    "content_responsible": "Ông Trần Văn Phụ Trách",
    "address": "Số 1 Đường Lê Lợi, phường Hạc Thành",
    "phone": "0237.3852.000",
    "email": "vanphong@dukhoi.example.vn",
    "licence": "Giấy phép số 01/GP-TTĐT",
}


@pytest.fixture
def identity(home):
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    for field, value in IDENTITY.items():
        setattr(identity, field, value)
    identity.save()
    return identity


def test_home_page_is_the_site_root(home):
    assert isinstance(home, HomePage)
    assert home.slug == "trang-chu"
    assert home.url == "/"


def test_home_page_shows_vietnamese_text_and_footer_settings(client, home, identity):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Chuyển đến nội dung chính" in html  # the skip link, from the catalogue
    footer = html.split('class="site-footer"')[1]
    for field in (
        "organisation_name",
        "short_name",
        "governing_body",
        "content_responsible",
        "address",
        "phone",
        "email",
        "licence",
    ):
        assert IDENTITY[field] in footer, field
    assert "Trang chủ" in html


def test_no_organisation_name_is_hard_coded(client, home, identity):
    identity.organisation_name = "Đảng ủy các cơ quan Đảng tỉnh Mẫu"
    identity.save()
    html = client.get("/").content.decode()
    assert "Đảng ủy các cơ quan Đảng tỉnh Mẫu" in html
    assert "Đảng ủy Khối Cơ quan tỉnh Mẫu" not in html


def test_demo_notice_follows_the_setting(client, home, identity):
    notice = "Dữ liệu minh họa"
    identity.show_demo_notice = True
    identity.save()
    assert notice in client.get("/").content.decode()
    identity.show_demo_notice = False
    identity.save()
    assert notice not in client.get("/").content.decode()


def test_standard_page_renders_its_stream_field(client, home):
    page = StandardPageFactory(
        parent=home,
        title="Chức năng, nhiệm vụ",
        body=[
            ("heading", {"text": "Chức năng", "level": "h2"}),
            ("paragraph", "<p>Đảng ủy Khối là cơ quan <b>lãnh đạo</b>.</p>"),
            ("quote", {"text": "Đoàn kết là sức mạnh.", "attribution": "Tư liệu"}),
            ("callout", {"title": "Lưu ý", "text": "<p>Nội dung cần nhớ.</p>"}),
            (
                "table",
                {
                    "data": [["Ban", "Điện thoại"], ["Văn phòng", "0237.3852.001"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Các ban tham mưu",
                },
            ),
        ],
    )
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h2 class="block-heading">Chức năng</h2>' in html
    assert "Đảng ủy Khối là cơ quan <b>lãnh đạo</b>." in html
    assert "<blockquote><p>Đoàn kết là sức mạnh.</p></blockquote>" in html
    assert "Nội dung cần nhớ." in html
    assert "<caption>Các ban tham mưu</caption>" in html
    assert '<th scope="col"' in html
    assert page.slug == "chuc-nang-nhiem-vu"


def test_contact_page_lists_officials(client, home, identity):
    official = ContactOfficialFactory(name="Lê Thị Liên Hệ", position="Chánh Văn phòng")
    page = ContactPage(title="Liên hệ", slug="lien-he")
    home.add_child(instance=page)
    html = client.get(page.url).content.decode()
    assert official.name in html
    assert "Chánh Văn phòng" in html
    assert IDENTITY["address"] in html


def test_english_page_is_english(client, home, identity):
    ContactOfficialFactory(
        name="Lê Thị Liên Hệ", position="Chánh Văn phòng", position_en="Chief of Office"
    )
    page = EnglishPage(title="About us", slug="english", intro="Functions and contacts.")
    home.add_child(instance=page)
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert response["Content-Language"] == "en"
    assert "Chief of Office" in html
    assert "Contact officials" in html
    assert IDENTITY["organisation_name_en"] in html
    assert "Skip to main content" in html
    # The rest of the site stays Vietnamese.
    assert '<html lang="vi">' in client.get("/").content.decode()


def test_404_page_is_vietnamese(client, home):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Không tìm thấy trang" in html


@override_settings(DEBUG=False)
def test_500_page_is_vietnamese_and_the_console_gets_the_traceback(
    client, home, monkeypatch, caplog
):
    def broken(*args, **kwargs):
        raise RuntimeError("hỏng khi dựng trang")

    monkeypatch.setattr(type(home.specific), "serve", broken)
    client.raise_request_exception = False
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = client.get("/")
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Hệ thống đang gặp sự cố" in html
    assert "hỏng khi dựng trang" not in html
    error = next(r for r in caplog.records if r.name == "django.request")
    assert error.exc_info and "hỏng khi dựng trang" in str(error.exc_info[1])


def test_main_menu_lists_pages_marked_for_menus(client, home):
    StandardPageFactory(parent=home, title="Giới thiệu", show_in_menus=True)
    StandardPageFactory(parent=home, title="Trang ẩn", show_in_menus=False)
    html = client.get("/").content.decode()
    nav = html.split('class="main-nav"')[1].split("</nav>")[0]
    assert "Giới thiệu" in nav
    assert "Trang ẩn" not in nav
