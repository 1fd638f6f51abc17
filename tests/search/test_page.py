"""The search page as readers use it: results, snippets, filters, pages, editors' picks."""

import re

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.views import highlight
from search.words import highlight_rules


def titles(response):
    return [row["entry"].title for row in response.context["results"]]


def plain(snippet):
    """The passage as read, without its marks."""
    return re.sub(r"</?mark>", "", snippet)


def test_every_page_has_the_search_form(client, corpus, db):
    page = corpus["hoi-nghi"]
    for url in ["/", page.url, "/tim-kiem/"]:
        content = client.get(url).content.decode()
        form = re.search(r'<form class="site-search" role="search"[^>]*>', content)
        assert form and 'action="/tim-kiem/"' in form.group(), url
        assert 'name="q"' in content


def test_result_shows_title_kind_date_section_and_marked_words(client, corpus, db):
    response = client.get("/tim-kiem/", {"q": "dang uy khoi hop hoi nghi"})
    content = response.content.decode()
    first = response.context["results"][0]
    assert first["entry"].title == corpus["hoi-nghi"].title
    assert first["url"] == corpus["hoi-nghi"].url
    assert "05/03/2026" in content  # dd/mm/yyyy
    assert "Tin tức" in content  # the section
    # Typed without marks, highlighted as written, in the passage below the title.
    assert "<mark>Khối họp hội nghị</mark>" in first["snippet"]
    assert corpus["hoi-nghi"].title not in plain(first["snippet"]), "the title is shown once"


def test_the_passage_repeats_neither_title_nor_number(client, corpus, db):
    response = client.get("/tim-kiem/", {"q": "phát triển đảng viên"})
    first = response.context["results"][0]
    assert first["entry"].page_id == corpus["05"].pk
    assert first["snippet"].startswith("Về <mark>phát triển đảng viên</mark>")
    for repeated in ("05-NQ/ĐUK 05-NQ/ĐUK", corpus["05"].title, "Nghị quyết"):
        assert repeated not in plain(first["snippet"]), repeated
    assert "05-NQ/ĐUK" in response.content.decode(), "the title still names the number"


def test_a_query_of_syllables_is_marked_as_a_phrase_not_syllable_by_syllable():
    text = "Hội nghị quán triệt Nghị quyết số 05-NQ/ĐUK về quyết tâm đổi mới."
    snippet = highlight(text, highlight_rules("nghi quyet"))
    assert snippet == (
        "Hội nghị quán triệt <mark>Nghị quyết</mark> số 05-NQ/ĐUK về quyết tâm đổi mới."
    )
    snippet = highlight(text, highlight_rules("hội nghị quán triệt"))
    assert snippet.startswith("<mark>Hội nghị quán triệt</mark> Nghị quyết")
    assert "<mark>nghị</mark>" in highlight("Hội nghị", highlight_rules("nghị")), "one word alone"
    snippet = highlight("Năm 2024 Đảng bộ", highlight_rules("dang uy 2024"))
    assert snippet == "Năm <mark>2024</mark> Đảng bộ", "a number counts alone, a syllable not"


def test_snippet_of_marked_query_lights_only_that_word():
    rules = highlight_rules("Đảng")
    snippet = highlight("Chúng tôi đang học Nghị quyết của Đảng.", rules)
    assert snippet == "Chúng tôi đang học Nghị quyết của <mark>Đảng</mark>."
    assert "<mark>đang</mark>" in highlight("Chúng tôi đang học.", highlight_rules("dang"))


def test_a_number_is_marked_whole_but_sentences_are_not_joined():
    snippet = highlight("Kế hoạch số 106-KH/TU. KH tiếp theo", highlight_rules("106 kh tu"))
    assert "<mark>106-KH/TU</mark>" in snippet
    assert "TU</mark>. KH tiếp" in snippet, "a sentence ends the mark; KH alone is no match"


def test_snippet_is_escaped():
    snippet = highlight("<b>Hội nghị</b> & <i>x</i>", highlight_rules("hoi nghi"))
    assert "<b>" not in snippet and "&lt;b&gt;<mark>Hội nghị</mark>" in snippet


def test_document_found_by_number_comes_first_and_is_marked(client, corpus, db):
    response = client.get("/tim-kiem/", {"q": "so 106 kh tu"})
    first = response.context["results"][0]
    assert first["entry"].page_id == corpus["106"].pk
    assert first["is_number_hit"]
    assert "number-hit" in response.content.decode()
    assert first["entry"].section == "Tỉnh ủy Thanh Hóa" or first["entry"].section


def test_count_is_shown(client, corpus, db):
    response = client.get("/tim-kiem/", {"q": "dang"})
    assert response.context["count"] == len(response.context["results"])
    assert f"{response.context['count']} kết quả" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "expected", "excluded"),
    [
        ({"loai": "van-ban"}, "106", "hoi-nghi"),
        ({"loai": "tin-bai"}, "hoi-nghi", "106"),
        ({"tu": "01/01/2015", "den": "31/12/2015"}, "106", "hoi-nghi"),
        ({"tu": "2026-03-05", "den": "2026-03-05"}, "hoi-nghi", "hoc-tap"),
    ],
)
def test_filters(client, corpus, db, params, expected, excluded):
    response = client.get("/tim-kiem/", {"q": "dang", **params})
    ids = [row["entry"].page_id for row in response.context["results"]]
    assert corpus[expected].pk in ids
    assert corpus[excluded].pk not in ids


def test_section_filter(client, corpus, db):
    section = corpus["hoi-nghi"].get_parent()
    response = client.get("/tim-kiem/", {"q": "dang", "chuyen_muc": section.pk})
    ids = {row["entry"].page_id for row in response.context["results"]}
    assert ids and all(corpus[key].pk not in ids for key in ("106", "05", "chuc-nang"))


def test_pagination(client, corpus, db, monkeypatch):
    monkeypatch.setattr("search.views.PAGE_SIZE", 2)
    first = client.get("/tim-kiem/", {"q": "dang"})
    second = client.get("/tim-kiem/", {"q": "dang", "page": 2})
    total = first.context["count"]
    assert total > 4
    assert first.context["page_obj"].paginator.num_pages == -(-total // 2)
    one = [row["entry"].page_id for row in first.context["results"]]
    two = [row["entry"].page_id for row in second.context["results"]]
    assert len(one) == len(two) == 2 and not set(one) & set(two)
    assert "page=2" in first.content.decode()
    last = client.get("/tim-kiem/", {"q": "dang", "page": 999})
    assert last.context["page_obj"].number == first.context["page_obj"].paginator.num_pages


def test_editors_picks_match_with_or_without_marks(client, corpus, db):
    query = Query.get("Hội nghị")
    SearchPromotion.objects.create(
        query=query, page=corpus["ly-luan"], description="Lớp bồi dưỡng mới nhất", sort_order=0
    )
    for typed in ["hội nghị", "HOI NGHI"]:
        response = client.get("/tim-kiem/", {"q": typed})
        assert [pick.url for pick in response.context["picks"]] == [corpus["ly-luan"].url]
        assert "Lớp bồi dưỡng mới nhất" in response.content.decode()


def test_queries_are_counted_for_the_search_terms_report(client, admin_client, corpus, db):
    for _ in range(3):
        client.get("/tim-kiem/", {"q": "Chuyển đổi số"})
    client.get("/tim-kiem/", {"q": "Chuyển đổi số", "page": 2})  # not counted again
    query = Query.objects.get(query_string="chuyển đổi số")
    assert sum(hit.hits for hit in query.daily_hits.all()) == 3
    report = admin_client.get("/admin/searchpicks/reports/search-terms/")
    assert report.status_code == 200
    assert "chuyển đổi số" in report.content.decode()


def test_dashboard_lists_popular_queries_for_editors_only(client, corpus, db):
    from editorial.setup import setup_editorial
    from portal import roles
    from tests.accounts.factories import UserFactory

    setup_editorial()
    for query, times in (("nghị quyết", 3), ("chuyển đổi số", 1)):
        for _ in range(times):
            client.get("/tim-kiem/", {"q": query})
    editor = UserFactory(roles=[roles.EDITOR])
    client.force_login(editor)
    content = client.get("/admin/").content.decode()
    panel = content[content.index('id="popular-queries-section"') :]
    assert panel.index("nghị quyết") < panel.index("chuyển đổi số")  # most searched first
    assert "<td>3</td>" in panel
    assert "/admin/searchpicks/" in panel

    client.force_login(UserFactory(roles=[roles.CONTRIBUTOR]))
    assert 'id="popular-queries-section"' not in client.get("/admin/").content.decode()
