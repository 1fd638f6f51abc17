"""Every listing of the admin, found from its URLs (snippets, reports, search promotions,
images, documents, videos, users, the modeladmin areas...): a lookup from the query string
never filters it, and a malformed value is ignored or refused (400, or 404 for an unknown
content type), never a server error."""

import datetime

import pytest
from django.test import Client
from django.urls import URLResolver
from django.utils import timezone
from wagtail.admin import urls as admin_urls
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.log_actions import log

from documents.models import DocumentField, DocumentType, Issuer
from interaction.models import ReaderMessage, Topic
from schedule.models import ScheduleEntry
from tests.articles.factories import ArticlePageFactory, OutletFactory
from tests.banners.factories import BannerFactory
from tests.home.factories import ContactOfficialFactory
from tests.portal.factories import ImageFactory, pdf_document
from tests.units.factories import UnitFactory

pytestmark = pytest.mark.django_db
NOT_LISTINGS = ("login", "logout", "password_reset", "sprite", "failwhale", "block-preview")

# Lookups that would empty a list if they reached QuerySet.filter(), and values the
# listings' own filters, search, ordering and pagination cannot parse.
PROBES = [
    {
        "pk__lt": "0",
        "id__in": "0",
        "owner__password__lt": "0",
        "user__password__lt": "0",
        "uploaded_by_user__password__lt": "0",
        "latest_revision__user__password__lt": "0",
    },
    {"_connector": "OR", "pk": "0"},
    {"ordering": "owner__password", "order": "owner__password", "o": "password"},
    {"p": "x", "q": "a\x00b", "search": "a\x00b"},
    {"collection_id": "abc", "date_from": "xyz", "date_to": "2026-02-30", "timestamp_from": "x"},
    {"live": "maybe", "slot": "nowhere", "active": "x", "locale": "xx", "child_of": "x"},
    {"content_type": "abc"},
]
# Where a listing keeps its items: Wagtail's listings and choosers, the video library and its
# chooser, the page chooser's search.
ITEMS = ("object_list", "results", "media_files", "pages")


def parameterless_urls(patterns, prefix="/admin/"):
    for pattern in patterns:
        route = str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from parameterless_urls(pattern.url_patterns, prefix + route.lstrip("^"))
        elif not any(mark in route for mark in ("<", "(?P", "\\", ".*", "^documents")):
            url = prefix + route.lstrip("^").rstrip("$")
            if not any(word in url for word in NOT_LISTINGS):
                yield url


@pytest.fixture
def filled_admin(home, superuser):
    """Something in every list, so that a lookup that reached the query would show."""
    article = ArticlePageFactory(parent=home, owner=superuser)
    article.save_revision(user=superuser).publish()
    log(instance=article, action="wagtail.edit", user=superuser)
    BannerFactory(), UnitFactory(), OutletFactory(), ContactOfficialFactory()
    ImageFactory(uploaded_by_user=superuser)
    pdf_document(uploaded_by_user=superuser)
    ScheduleEntry.objects.create(
        date=timezone.localdate(), start_time=datetime.time(8), content="Họp Ban Thường vụ"
    )
    topic = Topic.objects.create(name="Công tác đảng viên")
    ReaderMessage.objects.create(kind="question", topic=topic, text="Câu hỏi của bạn đọc gửi")
    # Document types, issuing bodies and fields come seeded by their migration.
    assert DocumentType.objects.exists() and Issuer.objects.exists()
    assert DocumentField.objects.exists()
    SearchPromotion.objects.create(
        query=Query.get("đại hội"), page=article, sort_order=0, description="Đại hội"
    )


def listed(response):
    """The items a listing shows (ids), or None for a page that is no listing."""
    if (
        response.get("Content-Type") == "application/json"
        and "/api/" in response.request["PATH_INFO"]
    ):
        return [item["id"] for item in response.json()["items"]]
    for name in ITEMS:
        items = response.context.get(name) if response.context else None
        if items is not None:
            return [getattr(item, "pk", None) or str(item) for item in items]
    return None


def listings(urls):
    """Each listing once: its results fragment where it has one (the same view)."""
    urls = set(urls)
    return sorted(url for url in urls if url + "results/" not in urls)


def test_no_query_string_lookup_reaches_an_admin_listing(filled_admin, superuser):
    client = Client(raise_request_exception=False)
    client.force_login(superuser)
    probed = []
    for url in listings(parameterless_urls(admin_urls.urlpatterns)):
        baseline = client.get(url)
        if baseline.status_code != 200 or listed(baseline) is None:
            continue
        probed.append(url)
        for probe in PROBES:
            response = client.get(url, probe)
            # Wagtail answers 404 to a content type that does not exist: refused too.
            assert response.status_code in (200, 400, 404), (url, probe, response.status_code)
            if response.status_code == 200 and "ordering" not in probe:
                assert listed(response) == listed(baseline), (url, probe)
    assert len(probed) > 30, probed
    assert "/admin/media/chooser/" in probed and "/admin/api/main/pages/" in probed


@pytest.mark.parametrize("url", ["/admin/media/chooser/", "/admin/media/chooser/video/"])
def test_the_video_chooser_ignores_a_collection_that_is_no_number(superuser, url):
    client = Client(raise_request_exception=False)
    client.force_login(superuser)
    for collection_id in ("abc", "1.5", "²", "99999999999999999999999"):
        response = client.get(url, {"collection_id": collection_id})
        assert response.status_code == 200, (url, collection_id)
