"""The library listing: facets, combined filters, counts, the number box, query counts."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.documents.factories import document_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def fixture_documents(library):
    return {
        "kh2015": document_page(
            library,
            "106-KH/TU",
            "ke-hoach",
            "TU",
            "2015-06-22",
            summary="Về ứng dụng công nghệ thông tin",
        ),
        "kh2021": document_page(
            library,
            "106-KH/TU",
            "ke-hoach",
            "TU",
            "2021-03-02",
            summary="Về kiểm tra, giám sát năm 2021",
        ),
        "nq": document_page(library, "05-NQ/ĐUK", "nghi-quyet", "ĐUK", "2021-03-02"),
        "nd43": document_page(library, "43/2011/NĐ-CP", "nghi-dinh", "CP", "2011-06-13"),
        "hidden": document_page(
            library,
            "07-BC/ĐUK",
            "bao-cao",
            "ĐUK",
            "2021-05-05",
            summary="Báo cáo nội bộ",
            publishable=False,
            publish=False,
        ),
    }


def listing(client, library, **query):
    response = client.get(library.url, query)
    assert response.status_code == 200
    return response.context["listing"], response.content.decode()


def numbers(listing_):
    return sorted(d.number + "@" + d.date_issued.isoformat() for d in listing_.documents)


def test_newest_first_and_columns(client, library, fixture_documents):
    result, html = listing(client, library)
    assert result.count == 4
    dates = [d.date_issued for d in result.documents]
    assert dates == sorted(dates, reverse=True)
    for heading in ("Số/Ký hiệu", "Ngày ban hành", "Trích yếu", "Tình trạng", "Tải về"):
        assert heading in html
    assert "Báo cáo nội bộ" not in html


def test_combined_filters_kept_in_the_url(client, library, fixture_documents):
    result, html = listing(client, library, **{"loai": "ke-hoach", "co-quan": "TU", "nam": "2015"})
    assert numbers(result) == ["106-KH/TU@2015-06-22"]
    assert 'value="ke-hoach" selected' in html


def test_counts_per_facet_value(client, library, fixture_documents):
    result, _html = listing(client, library, he="party")
    facets = {parameter: choices for parameter, _label, choices, _groups in result.facets()}
    types = {value: count for value, _name, count, _selected in facets["loai"]}
    assert types == {"ke-hoach": 2, "nghi-quyet": 1}
    years = {value: count for value, _name, count, _selected in facets["nam"]}
    assert years == {"2021": 2, "2015": 1}
    systems = {value: count for value, _name, count, _selected in facets["he"]}
    assert systems["party"] == 3


def test_the_number_box_finds_every_variant(client, library, fixture_documents):
    for typed in ("106-KH/TU", "106/kh-tu", "106 - KH / TU", "Số 106-kh/tu"):
        result, _html = listing(client, library, so=typed)
        assert numbers(result) == ["106-KH/TU@2015-06-22", "106-KH/TU@2021-03-02"], typed
    result, _html = listing(client, library, so="43/2011/ND-CP")
    assert numbers(result) == ["43/2011/NĐ-CP@2011-06-13"]


def test_a_number_under_ten_keeps_its_zero_and_is_found_with_or_without_it(client, library):
    document_page(library, "8/2022/NQ-HĐND", "nghi-quyet-nha-nuoc", "HĐND", "2022-07-13")
    for typed in (
        "08/2022/NQ-HĐND",
        "8/2022/nq-hdnd",
        "Nghị quyết 08/2022/NQ-HĐND",
        "Nghị quyết số 8/2022/NQ-HĐND",
    ):
        result, html = listing(client, library, so=typed)
        assert numbers(result) == ["08/2022/NQ-HĐND@2022-07-13"], typed
    assert "08/2022/NQ-HĐND" in html, "shown as issued, with the zero"


def test_part_of_a_number_finds_it_with_or_without_the_zero(client, library):
    document_page(library, "8/2022/NQ-HĐND", "nghi-quyet-nha-nuoc", "HĐND", "2022-07-13")
    document_page(library, "05-NQ/ĐUK", "nghi-quyet", "ĐUK", "2024-01-05")
    document_page(library, "105-NQ/ĐUK", "nghi-quyet", "ĐUK", "2024-03-05")
    for typed, found in (
        ("08/2022", ["08/2022/NQ-HĐND@2022-07-13"]),
        ("8/2022", ["08/2022/NQ-HĐND@2022-07-13"]),
        ("NQ-HĐND", ["08/2022/NQ-HĐND@2022-07-13"]),
        ("05-NQ", ["05-NQ/ĐUK@2024-01-05"]),
        ("105-NQ", ["105-NQ/ĐUK@2024-03-05"]),
        ("NQ/ĐUK", ["05-NQ/ĐUK@2024-01-05", "105-NQ/ĐUK@2024-03-05"]),
        ("2022", ["08/2022/NQ-HĐND@2022-07-13"]),
    ):
        result, _html = listing(client, library, so=typed)
        assert numbers(result) == found, typed


def test_the_number_box_takes_the_type_name_before_the_number(client, library):
    document_page(library, "41-NQ/TW", "nghi-quyet", "TW", "2023-10-10")
    document_page(library, "1102/QĐ-TTg", "quyet-dinh-nha-nuoc", "TTg", "2023-09-30")
    result, _html = listing(client, library, so="Nghị quyết 41-NQ/TW")
    assert numbers(result) == ["41-NQ/TW@2023-10-10"]
    result, _html = listing(client, library, so="Quyết định số 1102/QĐ-TTg")
    assert numbers(result) == ["1102/QĐ-TTg@2023-09-30"]


def test_types_and_issuers_are_grouped_by_system_with_unique_labels(client, library):
    """Nghị quyết and Quyết định exist in both systems: each is shown once in its group."""
    from bs4 import BeautifulSoup

    document_page(library, "05-NQ/ĐUK", "nghi-quyet", "ĐUK", "2021-03-02")
    document_page(library, "08/2022/NQ-HĐND", "nghi-quyet-nha-nuoc", "HĐND", "2022-07-13")
    document_page(library, "399-QĐ/TW", "quyet-dinh", "TW", "2021-05-05")
    document_page(library, "959/QĐ-UBND", "quyet-dinh-nha-nuoc", "UBND", "2021-05-05")
    html = BeautifulSoup(client.get(library.url).content.decode(), "html.parser")
    for name in ("loai", "co-quan"):
        select = html.select_one(f"select[name={name}]")
        groups = select.find_all("optgroup")
        assert [group["label"] for group in groups] == ["Đảng", "Nhà nước"], name
        for group in groups:
            labels = [option.text for option in group.find_all("option")]
            assert len(labels) == len(set(labels)), f"{name}: {labels} repeat a label"
        assert not select.find_all("option", recursive=False)[1:], "every value is in a group"
    types = html.select_one("select[name=loai]")
    assert [o.text for o in types.select("optgroup[label='Đảng'] option")] == [
        "Nghị quyết (1)",
        "Quyết định (1)",
    ]
    assert [o.text for o in types.select("optgroup[label='Nhà nước'] option")] == [
        "Nghị quyết (1)",
        "Quyết định (1)",
    ]
    fields = html.select_one("select[name=tinh-trang]")
    assert not fields.find_all("optgroup"), "a filter without systems is not grouped"


@pytest.mark.parametrize(
    "query",
    [
        {"loai": "khong-co"},
        {"nam": "abc"},
        {"co-quan": "'; DROP TABLE x; --"},
        {"tinh-trang": "xyz"},
        {"so": "!!!"},
        {"page": "999"},
    ],
)
def test_unknown_filter_values_give_an_empty_list(client, library, fixture_documents, query):
    result, html = listing(client, library, **query)
    if "page" not in query:
        assert result.count == 0
        assert "Không có văn bản nào phù hợp" in html


def test_status_is_derived_and_filterable(client, library, fixture_documents):
    from documents.models import DocumentRelation

    nd42 = document_page(library, "42/2022/NĐ-CP", "nghi-dinh", "CP", "2022-06-24")
    DocumentRelation.objects.create(page=nd42, target=fixture_documents["nd43"], kind="replaces")
    future = document_page(
        library,
        "09-KH/ĐUK",
        "ke-hoach",
        "ĐUK",
        "2026-11-01",
        effective_date=datetime.date(2099, 1, 1),
    )
    result, _html = listing(client, library, **{"tinh-trang": "expired"})
    assert numbers(result) == ["43/2011/NĐ-CP@2011-06-13"]
    result, _html = listing(client, library, **{"tinh-trang": "not_yet"})
    assert [d.pk for d in result.documents] == [future.pk]
    html = client.get(fixture_documents["nd43"].url).content.decode()
    assert "Hết hiệu lực toàn bộ" in html
    assert "42/2022/NĐ-CP" in html  # replaced by, shown on the old one


def test_listing_query_count_does_not_grow(client, library):
    def queries(count, offset):
        for index in range(count):
            document_page(library, f"{offset + index}-KH/ĐUK", "ke-hoach", "ĐUK", "2024-01-01")
        client.get(library.url)  # warm-up
        with CaptureQueriesContext(connection) as captured:
            assert client.get(library.url).status_code == 200
        return len(captured), [q["sql"] for q in captured]

    small, _ = queries(3, 100)
    large, sql = queries(30, 200)
    assert small == large, "\n".join(sql)
    assert large <= 12, "\n".join(sql)
    print(f"library listing: {large} queries")
