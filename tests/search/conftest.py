"""A small Vietnamese site to search: articles, a page, documents, a draft and a private page.

Built once per module (search tests only read it) and removed afterwards.
"""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.documents.factories import DocumentLibraryPageFactory, document_page
from tests.home.factories import StandardPageFactory, home_page
from tests.search.utils import nfd


def body(*paragraphs):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs]


def day(number):
    return timezone.make_aware(datetime.datetime(2026, 3, number, 8, 0))


ARTICLES = {
    "hoi-nghi": {
        "title": "Đảng ủy Khối tổ chức Hội nghị Ban Chấp hành lần thứ 12",
        "sapo": "Sáng 5/3, Ban Chấp hành Đảng bộ Khối họp hội nghị thường kỳ.",
        "body": body("Hội nghị thảo luận công tác xây dựng Đảng quý I và nhiệm vụ quý II."),
        "date": day(5),
    },
    "hoc-tap": {
        "title": "Chi bộ Phòng Ngân sách sinh hoạt chuyên đề",
        "sapo": "Chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        "body": body("Mỗi đảng viên đăng ký một việc làm cụ thể để học tập và làm theo Bác."),
        "date": day(6),
    },
    "chuyen-doi-so": {
        "title": "Đẩy mạnh chuyển đổi số trong các cơ quan đảng",
        "sapo": "100% văn bản không mật được gửi, nhận trên môi trường mạng.",
        "body": body(
            "Cán bộ được cấp chữ ký số và bồi dưỡng kỹ năng số.",
            "Hệ thống được vận hành ổn định suốt năm.",
        ),
        "date": day(7),
    },
    "thuy-dien": {
        # Typed on a Mac: decomposed. Stored as NFC, found by NFC and NFD queries alike.
        "title": nfd("Công ty Thủy điện Cửa Đạt ra quân mùa mưa lũ"),
        "sapo": nfd("Người lao động bảo đảm an toàn hồ chứa."),
        "body": body(nfd("Đập chính được kiểm tra trước mùa mưa.")),
        "date": day(8),
    },
    "hoa-hoc": {
        "title": "Kỹ sư trẻ với sáng kiến hóa học xanh",
        "sapo": "Sáng kiến giảm 30% hóa chất trong xử lý nước thải.",
        "body": body("Sáng kiến được công nhận cấp tỉnh."),
        "date": day(9),
    },
    "van-hoa": {
        "title": "Xây dựng văn hoá doanh nghiệp ở Công ty May Hạc Thành",
        "sapo": "Văn hoá doanh nghiệp gắn với sinh hoạt chi bộ.",
        "body": body("Công nhân được tham gia góp ý nội quy."),
        "date": day(10),
    },
    "thuy-loi": {
        "title": "Công ty Thuỷ lợi Sông Chu chủ động phòng chống hạn",
        "sapo": "Nạo vét kênh mương trước vụ chiêm xuân.",
        "body": body("Các trạm bơm được bảo dưỡng."),
        "date": day(11),
    },
    "ly-luan": {
        "title": "Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới",
        "sapo": "Lớp học có 85 học viên.",
        "body": body("Học viên được học các chuyên đề về Đảng Cộng sản Việt Nam."),
        "date": day(12),
    },
    "quan-triet": {
        # The newest page that mentions a resolution: still after the resolutions themselves.
        "title": "Các chi bộ quán triệt Nghị quyết chuyên đề",
        "sapo": "Các chi bộ tổ chức hội nghị quán triệt nghị quyết.",
        "body": body("Hội nghị được tổ chức trực tuyến."),
        "date": day(14),
    },
    "dang-trien-khai": {
        "title": "Đang triển khai phần mềm quản lý hồ sơ",
        "sapo": "Phần mềm đang được chạy thử tại ba đơn vị.",
        "body": body("Dữ liệu được sao lưu hằng ngày."),
        "date": day(13),
    },
}


def _build():
    home = home_page()
    section = ArticleIndexPageFactory(parent=home, title="Tin tức", slug="tin-tuc-tim-kiem")
    pages = {
        key: ArticlePageFactory(parent=section, slug=f"tk-{key}", **fields)
        for key, fields in ARTICLES.items()
    }
    pages["draft"] = ArticlePageFactory(
        parent=section,
        slug="tk-draft",
        live=False,
        title="Bản nháp chưa xuất bản về đại hội",
        sapo="Chưa duyệt.",
    )
    pages["chuc-nang"] = StandardPageFactory(
        parent=home,
        slug="tk-chuc-nang",
        title="Chức năng, nhiệm vụ của Ủy ban Kiểm tra",
        intro="Ủy ban Kiểm tra giúp Ban Chấp hành kiểm tra, giám sát tổ chức đảng và đảng viên.",
    )
    private = StandardPageFactory(
        parent=home,
        slug="tk-noi-bo",
        title="Tài liệu nội bộ của Ban Thường vụ",
        intro="Chỉ dành cho cấp ủy viên.",
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="matkhau"
    )
    pages["private"] = private
    library = DocumentLibraryPageFactory(parent=home, slug="tk-van-ban")
    pages["106"] = document_page(
        library,
        "106-KH/TU",
        "ke-hoach",
        "TU",
        "2015-06-22",
        summary="Về ứng dụng công nghệ thông tin trong hoạt động của các cơ quan đảng",
        text="Triển khai phần mềm quản lý văn bản và hồ sơ công việc đến các đảng bộ.",
    )
    pages["959"] = document_page(
        library,
        "959/QĐ-UBND",
        "quyet-dinh-nha-nuoc",
        "UBND",
        "2024-04-02",
        summary="Về việc phê duyệt Đề án phát triển du lịch cộng đồng",
        text="Ưu tiên các bản du lịch cộng đồng ở Pù Luông, Bá Thước.",
    )
    pages["43"] = document_page(
        library,
        "43/2011/NĐ-CP",
        "nghi-dinh",
        "CP",
        "2011-06-13",
        summary="Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến",
        text="Trang thông tin điện tử của cơ quan nhà nước phải cung cấp dịch vụ công trực tuyến.",
    )
    pages["05"] = document_page(
        library,
        "05-NQ/ĐUK",
        "nghi-quyet",
        "ĐUK",
        "2021-09-10",
        summary="Về phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước",
        text="Mỗi năm kết nạp ít nhất 300 đảng viên mới.",
    )
    return home, pages


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    """{key: page} of the search fixture site."""
    from portal.models import PortalImage

    with django_db_blocker.unblock():
        images_before = set(PortalImage.objects.values_list("pk", flat=True))
        home, pages = _build()
    yield pages
    with django_db_blocker.unblock():
        from portal.cache import bump_content_version
        from portal.models import PortalDocument

        for child in home.get_children().filter(slug__startswith="tk-"):
            child.delete()
        home.get_children().filter(slug="tin-tuc-tim-kiem").delete()
        PortalDocument.objects.all().delete()
        # The articles' pictures too: later modules count images.
        PortalImage.objects.exclude(pk__in=images_before).delete()
        bump_content_version()
