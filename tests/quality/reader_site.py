"""A small site a reader can walk through, built from every app's factories: the quality
checks and the browser tests visit it."""

import datetime
from types import SimpleNamespace

from django.utils import timezone

from home.models import ContactPage
from navigation.models import Menu
from portal.publishing import direct_publishing
from schedule.models import ScheduleEntry, WorkSchedulePage
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.banners.factories import BannerFactory
from tests.documents.factories import DocumentLibraryPageFactory, document_page
from tests.home.factories import ContactOfficialFactory, StandardPageFactory, home_page
from tests.navigation.factories import menu_item
from tests.portal.factories import FIXTURES, file_bytes, site_identity, sized_image


def reader_site():
    """A small site a reader can walk through: menu with a submenu, carousel, banner strip and a
    right-column banner, a section with tagged and illustrated articles, a document library
    with one PDF document.

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
    # As the demo: a strip under the header and a banner in the right column besides the carousel.
    for slot, size, title in [
        (
            "header_strip",
            (1200, 120),
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        ),
        ("right_column", (320, 260), "Cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh"),
    ]:
        banner = BannerFactory(
            title=title,
            slot=slot,
            image=sized_image(*size, description=title),
            target_url="",
            target_page=about,
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


# A table as writers make them: six columns, long words, a caption.
WIDE_TABLE = {
    "first_row_is_table_header": True,
    "first_col_is_header": False,
    "table_caption": "Kết quả thực hiện chỉ tiêu năm 2025 của các đảng bộ trực thuộc",
    "data": [
        [
            "Đảng bộ",
            "Đảng viên",
            "Kết nạp mới",
            "Chi bộ trong sạch, vững mạnh",
            "Xếp loại",
            "Ghi chú",
        ],
        [
            "Đảng bộ Sở Kế hoạch và Đầu tư",
            "312",
            "14",
            "96,5%",
            "Hoàn thành xuất sắc",
            "Vượt chỉ tiêu",
        ],
        ["Đảng bộ Sở Tài nguyên và Môi trường", "287", "9", "92,1%", "Hoàn thành tốt", ""],
        [
            "Đảng bộ Cơ quan Ủy ban nhân dân tỉnh",
            "158",
            "6",
            "100%",
            "Hoàn thành xuất sắc",
            "Tiêu biểu",
        ],
    ],
}

SCHEDULE = [
    (
        0,
        (7, 30),
        "Giao ban Thường trực Đảng ủy Khối",
        "Đồng chí Bí thư Đảng ủy Khối",
        "Các đồng chí Phó Bí thư; Chánh Văn phòng",
        "Phòng họp tầng 2, trụ sở Đảng ủy Khối",
    ),
    (
        0,
        (14, 0),
        "Làm việc với Đảng bộ Sở Kế hoạch và Đầu tư về công tác kiểm tra, giám sát",
        "Đồng chí Phó Bí thư Thường trực",
        "Đại diện Ủy ban Kiểm tra",
        "Sở Kế hoạch và Đầu tư",
    ),
    (
        2,
        (8, 0),
        "Hội nghị Ban Chấp hành Đảng bộ Khối mở rộng sơ kết công tác quý IV",
        "Đồng chí Bí thư Đảng ủy Khối",
        "Ủy viên Ban Chấp hành; bí thư các đảng bộ trực thuộc",
        "Hội trường lớn",
    ),
    (
        3,
        (9, 0),
        "Dự lễ kết nạp đảng viên tại Chi bộ Văn phòng",
        "",
        "Đồng chí Trưởng Ban Tổ chức",
        "Trụ sở Chi bộ Văn phòng",
    ),
    (4, None, "Tiếp công dân định kỳ", "Đồng chí Bí thư Đảng ủy Khối", "", "Phòng tiếp công dân"),
]


def wide_content(site):
    """What can be too wide for a phone, added to ``reader_site()``: more documents in the
    library, this week's work schedule, an article with a six-column table and the contact
    page's table of officials.

    Returns a namespace with ``schedule``, ``table_article``, ``contact`` (pages) and
    ``documents``.
    """
    documents = [
        document_page(
            site.library,
            number,
            type_slug,
            issuer,
            date,
            summary=summary,
        )
        for number, type_slug, issuer, date, summary in [
            (
                "05-NQ/ĐUK",
                "nghi-quyet",
                "ĐUK",
                "2025-03-02",
                "Về nâng cao chất lượng sinh hoạt chi bộ trong các cơ quan đảng, đoàn thể",
            ),
            (
                "43/2011/NĐ-CP",
                "nghi-dinh",
                "CP",
                "2011-06-13",
                "Về cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử",
            ),
            (
                "07-KH/ĐUK",
                "ke-hoach",
                "ĐUK",
                "2025-09-15",
                "Kế hoạch kiểm tra, giám sát năm 2026 của Ban Thường vụ Đảng ủy Khối",
            ),
        ]
    ]
    schedule = WorkSchedulePage(title="Lịch công tác", slug="lich-cong-tac")
    site.home.add_child(instance=schedule)
    today = timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    for offset, time, content, presides, participants, place in SCHEDULE:
        ScheduleEntry(
            date=monday + datetime.timedelta(days=offset),
            start_time=datetime.time(*time) if time else None,
            content=content,
            presides=presides,
            participants=participants,
            place=place,
            live=True,
        ).save()
    table_article = ArticlePageFactory(
        parent=site.section,
        title="Kết quả thực hiện chỉ tiêu công tác xây dựng Đảng năm 2025",
        slug="ket-qua-chi-tieu",
        date=timezone.now() - datetime.timedelta(hours=6),
        body=[
            ("paragraph", "<p>Bảng dưới đây tổng hợp kết quả của các đảng bộ trực thuộc.</p>"),
            ("table", WIDE_TABLE),
            ("paragraph", "<p>Các đảng bộ tiếp tục phát huy kết quả đã đạt được.</p>"),
        ],
    )
    ContactOfficialFactory(name="Nguyễn Thị Thu Hương", email="huongntt.vanphong@dukhoi.example.vn")
    ContactOfficialFactory(name="Trần Văn Bình", position="Phó Trưởng Ban Tuyên giáo")
    contact = ContactPage(title="Liên hệ", slug="lien-he")
    site.home.add_child(instance=contact)
    return SimpleNamespace(
        schedule=schedule, table_article=table_article, contact=contact, documents=documents
    )
