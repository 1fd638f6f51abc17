"""A small site a reader can walk through, built from every app's factories: the quality
checks and the browser tests visit it."""

import datetime
from types import SimpleNamespace

from django.utils import timezone

from navigation.models import Menu
from portal.publishing import direct_publishing
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.banners.factories import BannerFactory
from tests.documents.factories import DocumentLibraryPageFactory, document_page
from tests.home.factories import StandardPageFactory, home_page
from tests.navigation.factories import menu_item
from tests.portal.factories import FIXTURES, file_bytes, site_identity, sized_image


def reader_site():
    """A small site a reader can walk through: menu with a submenu, carousel, a section with
    tagged and illustrated articles, a document library with one PDF document.

    Returns a namespace with every page the quality checks visit (``home``, ``about``,
    ``section``, ``article``, ``library``, ``document``) and the document's PDF bytes.
    """
    home = home_page()
    site_identity(
        organisation_name="Đảng ủy Khối Cơ quan tỉnh Mẫu",
        short_name="ĐUK Mẫu",
        site_title="Trang thông tin điện tử",
        governing_body="Tỉnh ủy Mẫu",
        address="Số 1 Đường Lê Lợi, phường Hạc Thành",
        phone="0237.3852.000",
        email="vanphong@dukhoi.example.vn",
    )
    about = StandardPageFactory(parent=home, title="Giới thiệu", slug="gioi-thieu")
    history = StandardPageFactory(parent=about, title="Lịch sử hình thành", slug="lich-su")
    duties = StandardPageFactory(parent=about, title="Chức năng, nhiệm vụ", slug="chuc-nang")
    section = ArticleIndexPageFactory(parent=home, title="Tin tức – Sự kiện", slug="tin-tuc")
    now = timezone.now()
    articles = []
    for n, (title, tags) in enumerate(
        [
            ("Hội nghị sơ kết công tác xây dựng Đảng quý IV", ["Xây dựng Đảng", "Hội nghị"]),
            ("Chi bộ Văn phòng sinh hoạt chuyên đề tháng Mười Một", ["Xây dựng Đảng"]),
            ("Đẩy mạnh chuyển đổi số trong các cơ quan đảng", ["Chuyển đổi số"]),
        ]
    ):
        article = ArticlePageFactory(
            parent=section,
            title=title,
            slug=f"bai-{n + 1}",
            date=now - datetime.timedelta(hours=n + 1),
            featured_image=sized_image(960, 540, description=f"Quang cảnh {title.lower()}"),
            body=[("paragraph", f"<p>{title}. Các đại biểu thảo luận và thống nhất nhiệm vụ.</p>")],
        )
        article.tags.add(*tags)
        article.save()
        articles.append(article)
    library = DocumentLibraryPageFactory(parent=home)
    document = document_page(
        library,
        "106-KH/TU",
        "ke-hoach",
        "TU",
        "2025-06-22",
        summary="Về ứng dụng công nghệ thông tin trong hoạt động của các cơ quan đảng",
        text="Triển khai phần mềm quản lý văn bản đến các đảng bộ trực thuộc.",
    )
    menu, _created = Menu.objects.get_or_create(location="main")
    menu.items = [
        menu_item(home, label="Trang chủ"),
        menu_item(about, children=[menu_item(history), menu_item(duties)]),
        menu_item(section),
        menu_item(library),
    ]
    menu.save()
    with direct_publishing(FIXTURES):
        menu.save_revision().publish()
    for n in range(3):
        banner = BannerFactory(
            title=f"Băng chuyền số {n + 1}",
            slot="home_carousel",
            sort_order=n,
            image=sized_image(1200, 500, description=f"Ảnh băng chuyền số {n + 1}"),
            target_url="",
            target_page=articles[n],
        )
        with direct_publishing(FIXTURES):
            banner.save_revision().publish()
    return SimpleNamespace(
        home=home,
        about=about,
        section=section,
        articles=articles,
        article=articles[0],
        library=library,
        document=document,
        pdf=file_bytes(document.attachments.first().file),
    )
