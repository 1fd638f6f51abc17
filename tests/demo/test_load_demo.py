"""`load_demo` builds a believable Vietnamese site, and a second run changes nothing."""

import datetime
import io
import json
import os
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count
from wagtail.models import Collection, Page, Revision

from articles.models import ArticlePage
from demo.datafiles import read
from home.models import (
    ContactOfficial,
    ContactPage,
    EnglishPage,
    HomePage,
    HomeSelection,
    StandardPage,
)
from portal.models import PortalImage, SiteIdentity
from reports.figures import ContributionFigures
from reports.periods import Period, year_period
from tests.demo.site_summary import describe_site

pytestmark = pytest.mark.django_db

EXPECTED_SITE = Path(__file__).with_name("expected_demo_site.json")

SEED_ARTICLE = (
    "Một số giải pháp nâng cao chất lượng hoạt động Trang thông tin điện tử của Đảng ủy Khối"
)


def counts():
    return {
        "pages": Page.objects.count(),
        "pages_by_type": dict(
            Page.objects.values_list("content_type__model").annotate(n=Count("pk"))
        ),
        "revisions": Revision.objects.count(),
        "images": PortalImage.objects.count(),
        "collections": Collection.objects.count(),
        "officials": ContactOfficial.objects.count(),
        "identities": SiteIdentity.objects.count(),
    }


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo loaded once for this module, rolled back after it (as TestCase.setUpTestData)."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", verbosity=0)
        yield
        transaction.set_rollback(True)


def test_second_run_leaves_the_same_counts(demo):
    first = counts()
    call_command("load_demo")
    assert counts() == first
    gallery, banners = read("gallery"), read("banners")["banners"]
    public_files = sum(1 for document in read("documents")["documents"] if document["public"])
    # The library's photos and video pictures.
    gallery_images = sum(len(album["photos"]) for album in gallery["albums"])
    gallery_images += len(gallery["videos"])
    # Pictures drawn for the demo, and one first-page picture per published file.
    drawn = len(read("images")["images"]) + len(demo_leaders())
    assert first["images"] == drawn + len(banners) + gallery_images + public_files
    assert first["officials"] == len(read("site")["officials"])


def test_once_skips_a_loaded_site(demo, capsys):
    call_command("load_demo", "--once")
    assert "nothing changed" in capsys.readouterr().out


def test_site_identity_and_notice(demo, client):
    identity = SiteIdentity.objects.get()
    assert identity.organisation_name == read("site")["organisation"]["organisation_name"]
    assert identity.show_demo_notice
    html = client.get("/").content.decode()
    assert "Dữ liệu minh họa" in html
    assert identity.address in html


def test_seed_article_is_there_and_readable(demo, client):
    article = ArticlePage.objects.get(title=SEED_ARTICLE)
    assert article.live
    html = client.get(article.url).content.decode()
    assert SEED_ARTICLE in html
    for fact in ("880", "158", "78%", "32-TTr/VPĐUK", "42/2022/NĐ-CP"):
        assert fact in html, fact


def test_every_demo_page_renders(demo, client):
    pages = Page.objects.live().filter(depth__gte=2).specific()
    assert pages.count() >= 25
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        notice = "Demo data" if isinstance(page, EnglishPage) else "Dữ liệu minh họa"
        assert notice in response.content.decode(), page.url


def test_demo_has_the_organisation_pages(demo):
    titles = set(StandardPage.objects.values_list("title", flat=True))
    assert {"Giới thiệu", "Chức năng, nhiệm vụ", "Cơ cấu tổ chức", "Ban biên tập"} <= titles
    assert ContactPage.objects.live().exists()
    english = EnglishPage.objects.get()
    assert english.live and english.show_contact_officials


def demo_leaders():
    """The people of every leaders block of the demo's standing pages."""

    def blocks(specs):
        for spec in specs:
            yield from spec.get("body", [])
            yield from blocks(spec.get("children", []))

    leaders = [b for b in blocks(read("pages")["standing_pages"]) if b["type"] == "leaders"]
    return [person for block in leaders for person in block["value"]["people"]]


def test_leaders_page_shows_each_leader_with_a_drawn_portrait(demo, client):
    from bs4 import BeautifulSoup

    page = StandardPage.objects.get(slug="lanh-dao")
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    cards = html.select(".leader")
    assert len(cards) >= 4, "the Standing Committee, not just its secretary"
    for card in cards:
        name = card.select_one(".leader-name").get_text(strip=True)
        assert card.select_one(".leader-position").get_text(strip=True), name
        assert card.select_one(f'picture img[alt="{name}"]'), f"{name} has a portrait"
    portraits = PortalImage.objects.filter(title__startswith="Chân dung minh họa")
    assert portraits.count() == len(cards)
    assert all("(Ảnh minh họa)" in image.caption for image in portraits), "marked as drawn"


def test_pictures_are_generated_with_alt_text(demo):
    for image in PortalImage.objects.all():
        assert image.description, image.title
        assert image.width >= 320 and image.height >= 160, image.title
        assert image.file.name.endswith(".jpg")


def test_newsroom_has_the_breadth_of_a_real_site(demo):
    from django.db.models import Count

    from articles.models import ArticleIndexPage, ArticleKind, AuthorCategory

    live = ArticlePage.objects.live()
    assert live.count() >= 150
    assert ArticleIndexPage.objects.live().count() >= 6
    kinds = set(live.values_list("kind__slug", flat=True))
    assert kinds == set(ArticleKind.objects.values_list("slug", flat=True))
    assert set(live.values_list("author_category", flat=True)) == set(AuthorCategory.values)
    assert live.values("unit").distinct().count() >= 8
    outlets = set(live.exclude(outlet=None).values_list("outlet__name", flat=True))
    assert {"Báo Thanh Hóa", "Cổng thông tin điện tử tỉnh Thanh Hóa", "Tạp chí Kiểm tra"} <= outlets
    per_section = live.values("path").annotate(n=Count("pk"))
    assert per_section.exists()


def test_drafts_wait_in_every_workflow_step(demo):
    from wagtail.models import WorkflowState

    from editorial.setup import EDITORIAL_STEPS

    in_progress = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS)
    waiting_at = {state.current_task_state.task.name for state in in_progress}
    assert waiting_at == {step.name for step in EDITORIAL_STEPS}
    assert WorkflowState.objects.filter(status=WorkflowState.STATUS_NEEDS_CHANGES).exists()


def test_two_weeks_of_work_schedule(demo, client):
    import datetime

    from django.utils import timezone

    from schedule.models import ScheduleEntry, WorkSchedulePage

    monday = timezone.localdate() - datetime.timedelta(days=timezone.localdate().weekday())
    live = ScheduleEntry.objects.filter(live=True)
    assert live.filter(date__range=(monday, monday + datetime.timedelta(days=6))).count() >= 8
    next_monday = monday + datetime.timedelta(days=7)
    assert live.filter(date__range=(next_monday, next_monday + datetime.timedelta(days=6))).exists()
    page = WorkSchedulePage.objects.get()
    html = client.get(page.url).content.decode()
    assert live.filter(date=monday).first().content[:30] in html


def test_home_page_leads_with_the_chosen_story(demo, client):
    home = HomePage.objects.get()
    chosen = list(HomeSelection.objects.current(home).values_list("article__slug", flat=True))
    assert chosen == read("site")["front_page"]
    lead = home.lead_articles()[0]
    assert lead.slug == chosen[0]
    html = client.get("/").content.decode()
    assert lead.title in html.split('class="lead-grid"')[1][:3000]


def test_menus_and_banners(demo, client):
    from banners.models import Banner
    from banners.placements import PLACEMENTS
    from navigation.models import Menu

    live = Banner.objects.filter(live=True)
    assert live.count() >= 8
    assert set(live.values_list("slot", flat=True)) == {placement.key for placement in PLACEMENTS}
    draft = Banner.objects.filter(live=False, image=None)
    assert draft.exists()
    assert draft.first().publish_problems()
    assert set(Menu.objects.filter(live=True).values_list("location", flat=True)) == {
        "main",
        "footer",
        "quick_links",
    }
    nav = client.get("/").content.decode().split('class="main-nav"')[1].split("</nav>")[0]
    labels = ("Trang chủ", "Giới thiệu", "Tin tức – Sự kiện", "Học tập và làm theo Bác")
    for label in (*labels, "Thư viện ảnh – video"):
        assert label in nav
    assert 'class="nav-level-2"' in nav


def test_document_library(demo, client):
    from documents.models import DocumentPage, DocumentType

    documents = DocumentPage.objects.all()
    assert documents.filter(live=True).count() >= 60
    assert set(documents.values_list("system", flat=True)) == {"party", "state"}
    numbers = ("43/2011/NĐ-CP", "106-KH/TU", "32-TTr/VPĐUK", "42/2022/NĐ-CP", "08/2022/NQ-HĐND")
    for number in numbers:
        assert documents.filter(number=number, live=True).exists(), number
    assert documents.filter(number="106-KH/TU").count() == 2  # a Party number recurs
    assert documents.filter(publishable=False, live=False).count() == 1
    nd43 = documents.get(number="43/2011/NĐ-CP")
    assert nd43.status.label == "Hết hiệu lực toàn bộ"
    assert DocumentType.objects.filter(system="party").count() >= 25
    html = client.get("/van-ban/", {"so": "106-KH/TU"}).content.decode()
    assert "2 văn bản" in html
    html = client.get("/van-ban/", {"so": "Nghị quyết 8/2022/NQ-HĐND"}).content.decode()
    assert "08/2022/NQ-HĐND" in html and ">8/2022/NQ-HĐND" not in html, "as issued"
    home_html = client.get("/").content.decode()
    assert "Văn bản mới" in home_html


def test_photo_library_is_open_to_contributors(demo, client):
    from wagtail.models import GroupPagePermission

    from gallery.models import GalleryIndexPage, PhotoAlbumPage
    from portal import roles

    gallery = GalleryIndexPage.objects.get()
    assert PhotoAlbumPage.objects.live().child_of(gallery).count() == 3
    assert GroupPagePermission.objects.filter(
        group__name=roles.CONTRIBUTOR.group_name, page=gallery, permission__codename="add_page"
    ).exists(), "contributors add albums as they add articles"
    assert "#anh-1" in client.get(PhotoAlbumPage.objects.first().url).content.decode()


def test_the_demo_site_is_the_one_recorded(demo):
    """The pages (addresses, types, titles), documents, snippets, accounts and pictures that
    `make run` builds, compared with the record in expected_demo_site.json. After a deliberate
    change to the demo's content, record it again: RECORD_DEMO_SITE=1 pytest -k recorded."""
    call_command("demo_accounts", stdout=io.StringIO())  # as `make run` does after loading
    actual = json.loads(json.dumps(describe_site(), ensure_ascii=False))
    if os.environ.get("RECORD_DEMO_SITE"):
        text = json.dumps(actual, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        EXPECTED_SITE.write_text(text, encoding="utf-8")
    expected = json.loads(EXPECTED_SITE.read_text(encoding="utf-8"))
    for part in expected:
        assert actual[part] == expected[part], f"the demo's {part} changed"
    assert actual.keys() == expected.keys()


def test_2021_reproduces_the_seed_report(demo):
    """From 13/01/2021 to the report's date (15/12/2021): the seed's figures, as the
    committee counted them by hand; nothing else in the demo is dated 2021."""
    figures = ContributionFigures(Period(datetime.date(2021, 1, 13), datetime.date(2021, 12, 15)))
    assert figures.total == 158
    assert ContributionFigures(year_period(2021)).total == 158, "no other item dated 2021"
    by_group = {row[0]: row[1:] for row in figures.category_table().rows}
    staff, collaborators, collected = by_group.values()
    assert staff == [62, 16, 0, 0, 78]
    assert collaborators == [13, 20, 0, 0, 33]
    assert collected == [0, 0, 0, 47, 47]
    quotas = {row[0]: row[1:] for row in figures.quota_table().rows}
    assert quotas["Cán bộ cơ quan"] == [78, 100, 78.0]
    units = {row[0]: row[-3] for row in figures.unit_table().rows}
    assert units["Hội Cựu chiến binh Khối"] == 0
    assert units["Công đoàn Viên chức tỉnh"] == 0
    assert quotas["Hội Cựu chiến binh Khối"] == [0, 4, 0.0]
