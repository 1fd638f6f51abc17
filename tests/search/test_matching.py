"""What readers type and what they must find: the same answers on SQLite and PostgreSQL.

CI runs this table on both databases; each row names the matches it needs (first: the top
hit) and the pages it must not return.
"""

import pytest

from search.engine import run_search
from tests.search.utils import nfd

FIRST, HAS, NOT = "first", "has", "not"

TABLE = [
    # The organisation's name, every way it is typed
    ("Đảng ủy Khối", {FIRST: "hoi-nghi"}),
    ("dang uy khoi", {FIRST: "hoi-nghi"}),
    ("ĐẢNG ỦY KHỐI", {FIRST: "hoi-nghi"}),
    ("DANG UY KHOI", {FIRST: "hoi-nghi"}),
    (nfd("Đảng ủy Khối"), {FIRST: "hoi-nghi"}),
    ("Đảng uỷ Khối", {FIRST: "hoi-nghi"}),
    ("hỘi NgHị ban chấp hành", {FIRST: "hoi-nghi"}),
    ("hoi nghi ban chap hanh", {FIRST: "hoi-nghi"}),
    # Phrases
    ('"học tập và làm theo"', {FIRST: "hoc-tap"}),
    ('"hoc tap va lam theo"', {FIRST: "hoc-tap"}),
    ("“học tập và làm theo”", {FIRST: "hoc-tap"}),
    ('"làm theo học tập"', {NOT: ["hoc-tap"]}),
    # Every pair of neighbours is on the page ("tập và", "và làm", "làm cụ", "cụ thể"),
    # the phrase is not: PostgreSQL's pair index must still check the positions.
    ('"tập và làm cụ thể"', {NOT: ["hoc-tap"]}),
    ("làm theo học tập", {HAS: ["hoc-tap"]}),
    ('"học tập và làm theo', {HAS: ["hoc-tap"]}),  # an unbalanced quote is ignored
    ('"chuyển đổi số" cơ quan', {FIRST: "chuyen-doi-so"}),
    # Without marks, and spelling variants
    ("chuyển đổi số", {FIRST: "chuyen-doi-so"}),
    ("chuyen doi so", {FIRST: "chuyen-doi-so"}),
    ("chữ ký số", {FIRST: "chuyen-doi-so"}),
    ("chu ki so", {FIRST: "chuyen-doi-so"}),
    ("kĩ năng số", {FIRST: "chuyen-doi-so"}),
    ("thủy điện", {FIRST: "thuy-dien"}),
    ("thuỷ điện", {FIRST: "thuy-dien"}),
    ("thuy dien", {FIRST: "thuy-dien"}),
    (nfd("Cửa Đạt"), {FIRST: "thuy-dien"}),
    ("thủy lợi", {FIRST: "thuy-loi"}),
    ("hoá học", {FIRST: "hoa-hoc"}),
    ("hóa học", {FIRST: "hoa-hoc"}),
    ("kĩ sư", {FIRST: "hoa-hoc"}),
    ("văn hóa doanh nghiệp", {FIRST: "van-hoa"}),
    ("lí luận chính trị", {FIRST: "ly-luan"}),
    ("ly luan", {FIRST: "ly-luan"}),
    # Marks typed are preferred; without marks, every reading matches
    ("Đảng", {FIRST: "hoi-nghi", HAS: ["dang-trien-khai"]}),
    ("đang triển khai", {FIRST: "dang-trien-khai"}),
    ("dang", {HAS: ["hoi-nghi", "dang-trien-khai", "ly-luan"]}),
    # Document numbers, typed any way the parser reads
    ("106-KH/TU", {FIRST: "106"}),
    ("106 kh tu", {FIRST: "106"}),
    ("số 106/KH-TU", {FIRST: "106"}),
    ("106/kh/tu", {FIRST: "106"}),
    ("106 KH/TU", {FIRST: "106"}),
    ("959/QD-UBND", {FIRST: "959"}),
    ("959 qđ ubnd", {FIRST: "959"}),
    ("43/2011/ND-CP", {FIRST: "43"}),
    ("43 2011 nđ cp", {FIRST: "43"}),
    ("05-NQ/DUK", {FIRST: "05"}),
    ("5-nq/đuk", {FIRST: "05"}),
    # A document whose type or title is the query comes before the news that mention it
    ("nghi quyet", {FIRST: "05", HAS: ["quan-triet"]}),
    ("Nghị quyết", {FIRST: "05", HAS: ["quan-triet"]}),
    ("quyết định", {FIRST: "959"}),
    # The text of attached files, summaries and standard pages
    ("phần mềm quản lý văn bản", {FIRST: "106"}),
    ("Pù Luông", {FIRST: "959"}),
    ("pu luong", {FIRST: "959"}),
    ("dịch vụ công trực tuyến", {FIRST: "43"}),
    ("phát triển đảng viên", {FIRST: "05"}),
    ("chức năng nhiệm vụ Ủy ban Kiểm tra", {FIRST: "chuc-nang"}),
    # What must not be found: drafts, private pages, words nowhere on the site
    ("bản nháp chưa xuất bản", {NOT: ["draft"]}),
    ("tài liệu nội bộ", {NOT: ["private"]}),
    ("xyzabc", {NOT: ["hoi-nghi"]}),
    ("hội nghị xyzabc", {NOT: ["hoi-nghi"]}),
    ("107-KH/TU", {NOT: ["106"]}),
]


def _ids(corpus, keys):
    return [corpus[key].pk for key in keys]


@pytest.mark.parametrize(("query", "expected"), TABLE, ids=[row[0] for row in TABLE])
def test_query_finds_what_the_reader_means(corpus, db, query, expected):
    found = run_search(query).ids
    if FIRST in expected:
        assert found, f"{query!r} found nothing"
        assert found[0] == corpus[expected[FIRST]].pk, (query, found)
    for page_id in _ids(corpus, expected.get(HAS, [])):
        assert page_id in found, (query, found)
    for page_id in _ids(corpus, expected.get(NOT, [])):
        assert page_id not in found, (query, found)


def test_table_is_large_enough():
    assert len(TABLE) >= 40


def test_words_that_match_nothing_give_an_empty_result(corpus, db):
    results = run_search("xyzabc")
    assert results.ids == [] and results.count == 0
