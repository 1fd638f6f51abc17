"""The shared reader of query strings: bad input gives the default, never an exception."""

import pytest
from django.http import QueryDict

from portal.params import QueryParams


def params(query_string):
    return QueryParams(QueryDict(query_string))


@pytest.mark.parametrize(
    ("query", "year"),
    [
        ("nam=2024", 2024),
        ("nam=%202024%20", 2024),
        ("nam=0", None),
        ("nam=10000", None),
        ("nam=1899", None),
        ("nam=" + "9" * 23, None),
        ("nam=1e309", None),
        ("nam=%C2%B2", None),  # "²": a digit to str.isdigit, not to int()
        ("nam=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%94", None),  # full-width "２０２４"
        ("nam=abc&nam=2024", 2024),  # the last value counts
        ("nam=2024&nam=abc", None),
        ("nam=", None),
        ("", None),
    ],
)
def test_year(query, year):
    assert params(query).year("nam") == year


@pytest.mark.parametrize(
    ("query", "page"),
    [
        ("page=3", 3),
        ("page=0", 1),
        ("page=-5", 1),
        ("page=abc", 1),
        ("page=1e309", 1),
        ("page=" + "9" * 23, 10_000),  # a paginator then shows its last page
        ("page=" + "9" * 5000, 1),
        ("", 1),
    ],
)
def test_page(query, page):
    assert params(query).page() == page


def test_text_drops_control_characters_and_is_cut():
    assert params("q=a%00b%1Fc%7F").text("q") == "a b c"
    assert params("q=" + "x" * 5000).text("q") == "x" * 100
    assert params("q=" + "x" * 5000).text("q", max_length=300) == "x" * 300


def test_choice_keeps_only_allowed_values():
    assert params("loai=anh").choice("loai", {"anh", "video"}) == "anh"
    assert params("loai=am").choice("loai", {"anh", "video"}) == ""
    assert params("loai=%00anh%00").choice("loai", {"anh"}) == "anh"


def test_form_data_holds_only_the_given_names():
    data = params("q=hoi%00nghi&tu=&utm_source=zalo").form_data(["q", "tu", "den"])
    assert data == {"q": "hoi nghi", "tu": ""}
