"""The index follows the site: publish, edit, unpublish, delete, move, privacy, files."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from demo.pdfs import make_pdf
from search.engine import run_search
from search.models import SearchEntry
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.documents.factories import DocumentLibraryPageFactory, document_page
from tests.home.factories import StandardPageFactory


@pytest.fixture
def section(home):
    return ArticleIndexPageFactory(parent=home, title="Tin tức", slug="tin-tuc")


def draft_article(section, title):
    return ArticlePageFactory(parent=section, title=title, live=False)


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def found(query):
    return run_search(query).ids


def test_publishing_puts_a_page_in_the_index(section):
    article = draft_article(section, "Hội thao công nhân lao động")
    assert article.pk not in found("hoi thao")
    article.save_revision().publish()
    assert article.pk in found("hoi thao")


def test_editing_and_publishing_again_updates_the_entry(section):
    article = draft_article(section, "Hội thao công nhân lao động")
    article.save_revision().publish()
    article.title = "Giải bóng chuyền hơi công đoàn"
    article.save_revision()  # a draft: readers still see the old title
    assert article.pk in found("hoi thao")
    article.get_latest_revision().publish()
    assert article.pk not in found("hoi thao")
    assert article.pk in found("bong chuyen hoi")
    assert SearchEntry.objects.get(pk=article.pk).title == "Giải bóng chuyền hơi công đoàn"


def test_unpublishing_takes_it_out(section):
    article = publish(draft_article(section, "Hội thao công nhân lao động"))
    article.unpublish()
    assert article.pk not in found("hoi thao")
    assert not SearchEntry.objects.filter(pk=article.pk).exists()


def test_deleting_takes_it_out(section):
    article = draft_article(section, "Hội thao công nhân lao động")
    article.save_revision().publish()
    article.delete()
    assert found("hoi thao") == []
    assert (
        not SearchEntry.objects.exists()
        or not SearchEntry.objects.filter(title__contains="Hội thao").exists()
    )


def test_a_page_created_live_by_code_is_indexed(section):
    article = ArticlePageFactory(parent=section, title="Ngày hội văn hóa dân tộc Mường")
    assert article.pk in found("van hoa muong")


def test_privacy_and_moves_are_followed(home, section):
    article = draft_article(section, "Hội thao công nhân lao động")
    article.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.LOGIN
    )
    assert article.pk not in found("hoi thao")
    restriction.delete()
    assert article.pk in found("hoi thao")

    private = StandardPageFactory(parent=home, title="Nội bộ", slug="noi-bo")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    article.move(private, pos="last-child")
    assert article.pk not in found("hoi thao")
    article.refresh_from_db()
    section.refresh_from_db()
    article.move(section, pos="last-child")
    assert article.pk in found("hoi thao")


def test_new_text_of_an_attached_file_is_searchable(home):
    library = DocumentLibraryPageFactory(parent=home)
    record = document_page(
        library, "12-KH/ĐUK", "ke-hoach", "ĐUK", "2026-02-02", text="Bản cũ nói về hội thi tin học."
    )
    assert record.pk in found("hoi thi tin hoc")
    file = record.attachments.first().file
    data = make_pdf(["ĐẢNG ỦY KHỐI"], "KẾ HOẠCH", ["Bản mới nói về giải cầu lông."])
    file.file.save("ban-moi.pdf", ContentFile(data), save=False)
    file._set_document_file_metadata()
    file.save()
    assert record.pk in found("giai cau long")
    assert record.pk not in found("hoi thi tin hoc")


def test_update_index_rebuilds_with_progress(section):
    articles = [draft_article(section, f"Hội thao số {n}") for n in range(3)]
    for article in articles:
        article.save_revision().publish()
    SearchEntry.objects.all().delete()
    assert found("hoi thao") == []
    output = io.StringIO()
    call_command("update_index", site_search_only=True, stdout=output)
    assert set(found("hoi thao")) == {article.pk for article in articles}
    text = output.getvalue()
    assert "100%" in text and "site search: indexed" in text


def test_update_index_drops_entries_of_pages_gone_private(section):
    article = draft_article(section, "Hội thao công nhân lao động")
    article.save_revision().publish()
    PageViewRestriction.objects.filter(page=section).delete()
    # A restriction written straight to the table (no signal), then a rebuild.
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=section, restriction_type=PageViewRestriction.LOGIN)]
    )
    from portal.cache import bump_content_version

    bump_content_version()
    call_command("update_index", site_search_only=True, stdout=io.StringIO())
    assert article.pk not in found("hoi thao")
