"""The content-health report finds each kind of neglect, and nothing on a clean site."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook

from content_health.checks import all_problems
from navigation.models import Menu
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.banners.factories import BannerFactory
from tests.home.factories import StandardPageFactory
from tests.navigation.factories import menu_item
from tests.portal.factories import sized_image

pytestmark = pytest.mark.django_db


def publish(obj):
    obj.save_revision().publish()
    obj.refresh_from_db()
    return obj


@pytest.fixture
def clean_site(home):
    """A healthy site: a fresh section, a good article, a good banner, a menu."""
    section = ArticleIndexPageFactory(parent=home, title="Tin tức")
    ArticlePageFactory(parent=section, date=timezone.now(), featured_image=sized_image(1200, 675))
    publish(BannerFactory(title="Banner tốt"))
    menu = Menu.objects.create(location="main", items=[menu_item(section)], live=False)
    publish(menu)
    return section


def test_clean_site_has_nothing_to_fix(clean_site):
    assert all_problems() == []


@pytest.fixture
def english():
    with translation.override("en"):
        yield


def test_each_kind_of_problem_is_listed(clean_site, home, english):
    now = timezone.now()
    BannerFactory(title="Không ảnh", image=None)
    BannerFactory(title="Không đích", target_url="")
    BannerFactory(title="Ảnh nhỏ", image=sized_image(100, 80))
    expired = publish(BannerFactory(title="Hết hạn", expire_at=now + datetime.timedelta(days=1)))
    type(expired).objects.filter(pk=expired.pk).update(expire_at=now - datetime.timedelta(days=1))

    gone = StandardPageFactory(parent=home, title="Trang gỡ")
    empty_section = ArticleIndexPageFactory(parent=home, title="Chuyên mục rỗng")
    stale = ArticleIndexPageFactory(parent=home, title="Chuyên mục cũ")
    ArticlePageFactory(
        parent=stale, date=now - datetime.timedelta(days=120), featured_image=sized_image(1200, 675)
    )
    ArticlePageFactory(
        parent=clean_site, title="Ảnh đại diện nhỏ", date=now, featured_image=sized_image(400, 300)
    )
    menu = Menu.objects.get(location="main")
    menu.items = [menu_item(clean_site), menu_item(gone), menu_item(empty_section)]
    publish(menu)
    gone.unpublish()

    problems = all_problems()
    found = {(p.area, p.subject.split(" (")[0]) for p in problems}
    assert ("Banner", "Không ảnh") in found
    assert ("Banner", "Không đích") in found
    assert ("Banner", "Ảnh nhỏ") in found
    assert ("Banner", "Hết hạn") in found
    assert any(p.area == "Menu" and "Trang gỡ" in p.subject for p in problems)
    assert any(p.area == "Menu" and "Chuyên mục rỗng" in p.subject for p in problems)
    assert ("Section", "Chuyên mục cũ") in found
    assert ("Section", "Chuyên mục rỗng") in found
    assert ("Article", "Ảnh đại diện nhỏ") in found
    assert all(p.edit_url.startswith("/admin/") for p in problems)


def test_report_page_and_exports(admin_client, clean_site):
    BannerFactory(title='=HYPERLINK("http://x")', image=None)
    url = reverse("content_health")
    html = admin_client.get(url).content.decode()
    assert "HYPERLINK" in html
    buttons = html.index("?export=xlsx"), html.index("?export=csv")
    assert buttons[0] < buttons[1]  # XLSX is offered first

    response = admin_client.get(url, {"export": "csv"})
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    assert rows[1][1].startswith("'=")  # the formula is text

    response = admin_client.get(url, {"export": "xlsx"})
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    cell = workbook.active.cell(row=2, column=2)
    assert cell.data_type == "s"
    assert workbook.active.title == "Sức khỏe nội dung", "the sheet is named after the report"
    assert workbook.active.column_dimensions["B"].width > 8, "columns fit what they hold"


def test_unreadable_numbers_and_files_are_listed(clean_site, home, english):
    from django.core.files.base import ContentFile

    from portal.models import PortalDocument
    from tests.documents.factories import DocumentLibraryPageFactory, document_page

    library = DocumentLibraryPageFactory(parent=home)
    document_page(library, "106-XYZ/TU", "ke-hoach", "TU", "2015-06-22")
    broken = PortalDocument(title="Tệp hỏng")
    broken.file.save("hong.pdf", ContentFile(b"%PDF-1.7 garbage"), save=False)
    broken.save()
    found = {(p.area, p.subject) for p in all_problems()}
    assert ("Document", "Văn bản 106-XYZ/TU") in found
    assert ("File", "Tệp hỏng") in found
