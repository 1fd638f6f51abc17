"""generate_site: many live pages in bulk, realistic Vietnamese, served and searchable."""

import io

from django.core.management import call_command
from wagtail.models import Page

from articles.models import ArticlePage
from demo.textgen import RARE_TERMS, TextGenerator
from documents.models import DocumentPage
from documents.vocabulary import read_number
from search.engine import run_search
from search.models import SearchEntry


def test_text_generator_is_vietnamese_and_repeatable():
    first, again = TextGenerator(seed=7).article(), TextGenerator(seed=7).article()
    assert first == again
    text = " ".join(first["paragraphs"])
    assert len(text.split()) > 150
    assert any(word in text for word in ("Đảng", "đảng viên", "chi bộ", "cán bộ"))
    assert "{" not in text and "}" not in text  # every slot filled
    assert first["title"] and first["sapo"]


def test_rare_terms_are_rare():
    generator = TextGenerator(seed=3)
    texts = [" ".join(generator.article()["paragraphs"]) for _ in range(200)]
    term = RARE_TERMS[0]
    with_term = sum(term in text for text in texts)
    with_dang = sum("Đảng" in text for text in texts)
    assert with_term < 20 < with_dang


def test_generate_site_creates_live_indexed_pages(client, home):
    output = io.StringIO()
    call_command("generate_site", articles=30, documents=10, stdout=output)
    assert "indexed: 40" in output.getvalue()
    assert ArticlePage.objects.live().count() == 30
    assert DocumentPage.objects.live().count() == 10
    # The tree is consistent: treebeard's own check finds nothing to fix.
    assert Page.find_problems() == ([], [], [], [], [])
    article = ArticlePage.objects.live().first()
    assert client.get(article.url).status_code == 200
    document = DocumentPage.objects.live().first()
    assert client.get(document.url).status_code == 200
    assert read_number(document.number).key == document.number_key
    assert SearchEntry.objects.count() == 40
    assert run_search(document.number.lower().replace("/", " ")).ids[0] == document.pk
    assert article.pk in run_search(article.title).ids


def test_generate_site_adds_to_an_existing_site(home):
    call_command("generate_site", articles=5, stdout=io.StringIO())
    call_command("generate_site", articles=5, documents=2, seed=9, stdout=io.StringIO())
    assert ArticlePage.objects.live().count() == 10
    assert Page.find_problems() == ([], [], [], [], [])
    slugs = list(ArticlePage.objects.values_list("slug", flat=True))
    assert len(slugs) == len(set(slugs))
