"""`load_demo` builds a believable Vietnamese site, and a second run changes nothing."""

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count
from wagtail.models import Collection, Page, Revision

from articles.models import ArticlePage
from home.models import ContactOfficial, ContactPage, EnglishPage, StandardPage
from portal.demo import content
from portal.models import PortalImage, SiteIdentity

pytestmark = pytest.mark.django_db

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
    assert first["images"] == len(content.IMAGES)
    assert first["officials"] == len(content.OFFICIALS)
    assert ArticlePage.objects.count() == len(content.ARTICLES)


def test_once_skips_a_loaded_site(demo, capsys):
    call_command("load_demo", "--once")
    assert "nothing changed" in capsys.readouterr().out


def test_site_identity_and_notice(demo, client):
    identity = SiteIdentity.objects.get()
    assert identity.organisation_name == content.ORGANISATION["organisation_name"]
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


def test_pictures_are_generated_with_alt_text(demo):
    for image in PortalImage.objects.all():
        assert image.description, image.title
        assert (image.width, image.height) == (1600, 900)
        assert image.file.name.endswith(".jpg")
