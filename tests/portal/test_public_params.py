"""Every public listing answers hostile query parameters with a page, never a server error.

``LISTINGS`` names each public view that reads the query string and the parameters it reads
(all through ``portal.params``); the walk sends each of them every value of ``HOSTILE``,
then repeated, and expects a status under 500 (200 for a listing: a bad filter matches
nothing or falls back to the default; 404 where the address names something that does not
exist). ``test_only_the_shared_parser_reads_the_query_string`` keeps it that way.
"""

import datetime
import re
import unicodedata
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.documents.factories import DocumentLibraryPageFactory, document_page
from tests.gallery.factories import GalleryIndexPageFactory, photo_album
from tests.units.factories import UnitFactory

pytestmark = pytest.mark.django_db

HOSTILE = [
    "0",
    "-1",
    "1",
    "10000",
    "9" * 23,  # a 23-digit number
    "-" + "9" * 23,
    "1e309",  # a float overflow
    "NaN",
    "1.5",
    "0x10",
    "²",  # a digit to str.isdigit, not to int()
    "２０２４",  # full-width digits
    "abc",
    "",
    "   ",
    "x" * 5000,
    "9" * 5000,
    "\x00",
    "2024\x00",
    "\x01\x08\x1b\x7f",
    unicodedata.normalize("NFD", "Đảng ủy"),  # decomposed Unicode
    "\u202e\u200b",
    "01/01/0001",
    "31/12/9999",
    "00/00/0000",
    "'; DROP TABLE x;--",
    "%",
]
REPEATED = [["2024", "abc"], ["abc", "2024"], ["", "1"]]

# The public views that read the query string and what each reads.
LISTINGS = {
    # articles.models.ArticleIndexPage.get_context (articles.listing.ArticleFilters)
    "section": ("loai", "chuyen-de", "the", "don-vi", "nam", "page"),
    # documents.models.DocumentLibraryPage.listing (documents.listing.LibraryListing)
    "library": ("loai", "co-quan", "linh-vuc", "nam", "he", "tinh-trang", "so", "page"),
    # search.views.search_view
    "search": ("q", "loai", "chuyen_muc", "tu", "den", "page"),
    # gallery.models.GalleryIndexPage.get_context
    "gallery": ("loai", "page"),
    # polls.models.PollIndexPage.get_context
    "polls": ("page",),
    # interaction.models.QuestionIndexPage.answers_view
    "questions": ("linh-vuc", "page"),
    # wagtail.contrib.sitemaps (Django's sitemap view)
    "sitemap": ("p",),
}
# Public pages that read no parameter (seo.head.canonical_url reads only the names): a
# stray parameter must not break them either.
QUIET_PAGES = (
    "home",
    "article",
    "article_print",
    "section_feed",
    "document",
    "library_feed",
    "album",
    "poll",
    "schedule",
    "units",
    "consultations",
    "consultation",
    "ask",
    "news_feed",
    "lookup",
    "receipt",
    "report_error",
)


@pytest.fixture
def site(home, settings):
    """One of every public listing, each with something in it."""
    from django.core.cache import cache

    from interaction.models import (
        ConsultationIndexPage,
        ConsultationPage,
        QuestionIndexPage,
        ReaderMessage,
        Topic,
    )
    from schedule.models import ScheduleEntry, WorkSchedulePage
    from tests.polls.factories import PollIndexPageFactory, poll_page
    from units.models import UnitIndexPage

    cache.clear()
    now = timezone.now()
    section = ArticleIndexPageFactory(parent=home, title="Tin tức", slug="tin-tuc")
    unit = UnitFactory(name="Công đoàn Viên chức", short_code="CĐVC", kind="mass")
    article = ArticlePageFactory(parent=section, slug="bai-1", unit=unit, date=now)
    article.tags.add("Hội nghị")
    article.save()
    library = DocumentLibraryPageFactory(parent=home)
    document = document_page(library, "106-KH/TU", "ke-hoach", "TU", "2025-06-22")
    gallery = GalleryIndexPageFactory(parent=home)
    album = photo_album(gallery)
    polls = PollIndexPageFactory(parent=home)
    poll = poll_page(polls)
    poll_page(
        polls,
        title="Câu hỏi đã đóng",
        opens=datetime.timedelta(days=-9),
        closes=datetime.timedelta(days=-1),
    )
    schedule = WorkSchedulePage(title="Lịch công tác", slug="lich-cong-tac")
    home.add_child(instance=schedule)
    ScheduleEntry.objects.create(date=timezone.localdate(), content="Giao ban", live=True)
    units = UnitIndexPage(title="Tổ chức cơ sở đảng", slug="to-chuc-co-so-dang")
    home.add_child(instance=units)
    questions = QuestionIndexPage(title="Hỏi – Đáp", slug="hoi-dap")
    home.add_child(instance=questions)
    topic = Topic.objects.create(name="Công tác đảng viên")
    ReaderMessage.objects.create(
        kind="question",
        text="Đảng viên chuyển sinh hoạt cần gì?",
        topic=topic,
        answer="Cần giấy giới thiệu.",
        status="answered",
        published=True,
        answered_at=now,
    )
    consultations = ConsultationIndexPage(title="Góp ý dự thảo", slug="gop-y")
    home.add_child(instance=consultations)
    consultation = ConsultationPage(
        title="Dự thảo Quy chế",
        slug="du-thao",
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=5),
    )
    consultations.add_child(instance=consultation)
    return {
        "home": "/",
        "section": section.url,
        "article": article.url,
        "article_print": article.url + "in/",
        "section_feed": section.url + "rss/",
        "library": library.url,
        "library_feed": library.url + "rss/",
        "document": document.url,
        "search": "/tim-kiem/",
        "gallery": gallery.url,
        "album": album.url,
        "polls": polls.url,
        "poll": poll.url,
        "schedule": schedule.url,
        "units": units.url,
        "questions": questions.url,
        "ask": questions.ask_url(),
        "consultations": consultations.url,
        "consultation": consultation.url,
        "sitemap": "/sitemap.xml",
        "news_feed": "/rss/",
        "lookup": "/tra-cuu/",
        "receipt": "/da-gui/",
        "report_error": f"/bao-loi/{article.pk}/",
    }


def walk(client, url, queries):
    """The queries of ``queries`` answered with a server error, as (query, status)."""
    failures = []
    for query in queries:
        try:
            status = client.get(url, query).status_code
        except Exception as error:  # the test client re-raises the view's exception
            status = f"{type(error).__name__}: {str(error)[:80]}"
        if not isinstance(status, int) or status >= 500:
            failures.append((_short(query), status))
    return failures


def _short(query):
    return {key: repr(value)[:40] for key, value in query.items()}


def hostile_queries(parameters):
    for parameter in parameters:
        for value in HOSTILE:
            yield {parameter: value}
        for values in REPEATED:
            yield {parameter: values}


@pytest.mark.parametrize("listing", LISTINGS)
def test_every_parameter_of_every_listing_takes_any_value(client, site, listing):
    assert client.get(site[listing]).status_code == 200
    failures = walk(client, site[listing], hostile_queries(LISTINGS[listing]))
    assert failures == [], f"{site[listing]} answered these with a server error"


def test_listings_take_every_parameter_hostile_at_once(client, site):
    failures = []
    for listing, parameters in LISTINGS.items():
        for value in HOSTILE:
            failures += walk(client, site[listing], [dict.fromkeys(parameters, value)])
    assert failures == []


def test_pages_reading_no_parameter_ignore_stray_ones(client, site):
    stray = ["0", "9" * 23, "1e309", "abc", "\x00", "x" * 5000, ["2024", "abc"]]
    failures = []
    for name in QUIET_PAGES:
        assert client.get(site[name]).status_code < 400, name
        queries = [{"page": value, "nam": value, "q": value} for value in stray]
        failures += walk(client, site[name], queries)
    assert failures == []


@pytest.mark.parametrize("name", ["\x00", "x" * 5000, "utm_\x01", "page\x00", "Đ" * 300])
def test_hostile_parameter_names(client, site, name):
    for listing in ("section", "library", "search", "gallery"):
        response = client.get(site[listing], {name: "1", "page": "2"})
        assert response.status_code == 200, (listing, response.status_code)


@pytest.mark.parametrize(
    ("year", "week"),
    [
        ("1", "1"),  # the week before would be before year 1
        ("9999", "52"),  # the week after would be after year 9999
        ("9" * 23, "1"),
        ("2026", "9" * 23),
        ("0", "1"),
        ("10000", "1"),
        ("2026", "0"),
        ("2026", "54"),
        ("1899", "1"),
    ],
)
def test_schedule_weeks_out_of_range_are_not_found(client, site, year, week):
    response = client.get(f"{site['schedule']}{year}/{week}/")
    assert response.status_code == 404


@pytest.mark.parametrize(("year", "week"), [("1900", "1"), ("2100", "52")])
def test_schedule_first_and_last_weeks_are_shown_without_links_past_them(client, site, year, week):
    response = client.get(f"{site['schedule']}{year}/{week}/")
    assert response.status_code == 200
    for link in re.findall(r'href="([^"]*/lich-cong-tac/\d+/\d+/)"', response.content.decode()):
        assert client.get(link).status_code == 200, link


@pytest.mark.parametrize("page_id", ["0", "9" * 23, "9" * 19])
def test_error_report_for_an_impossible_page_is_not_found(client, site, page_id):
    assert client.get(f"/bao-loi/{page_id}/").status_code == 404


def test_a_year_out_of_range_is_an_empty_listing(client, site):
    for listing in ("section", "library"):
        for year in ("0", "1", "10000", "9" * 23):
            response = client.get(site[listing], {"nam": year})
            assert response.status_code == 200
            # The listing, not the section's side column of the site's newest news and documents.
            html = response.content.decode().split('<aside class="page-aside"')[0]
            assert site["document"] not in html and site["article"] not in html, (listing, year)


# --- Every read of the query string goes through portal.params --------------------------

SOURCE_ROOT = Path(settings.BASE_DIR)
# Only the shared parser and the middleware that normalises input touch request.GET, and the
# admin's guards that check a package's parameters before its view reads them (the modeladmin
# lists' allow-list, wagtailmedia's chooser).
ALLOWED = {
    Path("portal/params.py"),
    Path("portal/middleware.py"),
    Path("portal/modeladmin.py"),
    Path("portal/wagtail_hooks.py"),
}
QUERY_STRING_READ = re.compile(r"\brequest\.GET\b|\.GET\s*[.\[]|\bQUERY_STRING\b")


def _project_sources():
    skipped = {".venv", "tests", "node_modules", "var", "media", "bench"}
    for path in SOURCE_ROOT.rglob("*"):
        relative = path.relative_to(SOURCE_ROOT)
        if skipped & set(relative.parts) or "migrations" in relative.parts:
            continue
        if path.suffix in {".py", ".html", ".txt"} and path.is_file():
            yield relative, path


def test_only_the_shared_parser_reads_the_query_string():
    offenders = []
    for relative, path in _project_sources():
        if relative in ALLOWED:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if QUERY_STRING_READ.search(line):
                offenders.append(f"{relative}:{number}: {line.strip()}")
    assert offenders == [], "read the query string through portal.params.query_params"
