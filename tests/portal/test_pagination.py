"""The page links every public listing shares (templates/includes/pagination.html)."""

import re

import pytest
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.utils import translation

from portal.pagination import page_links


def numbers(current, total):
    items = Paginator(range(total * 10), 10).get_page(current)
    return [link.number for link in page_links(items).numbers]


@pytest.mark.parametrize(
    ("current", "total", "shown"),
    [
        (1, 1, [1]),
        (1, 5, [1, 2, 3, 4, 5]),
        (1, 20, [1, 2, 3, None, 20]),
        (10, 20, [1, None, 8, 9, 10, 11, 12, None, 20]),
        (5, 20, [1, 2, 3, 4, 5, 6, 7, None, 20]),  # a gap of one page shows the page
        (20, 20, [1, None, 18, 19, 20]),
    ],
)
def test_a_window_around_the_current_page_with_the_first_and_last(current, total, shown):
    assert numbers(current, total) == shown


def render(current, total, query=""):
    items = Paginator(range(total * 10), 10).get_page(current)
    with translation.override("vi"):
        return render_to_string("includes/pagination.html", {"items": items, "query": query})


def test_links_keep_the_listing_parameters_and_mark_the_current_page():
    html = render(6, 12, query="loai=nghi-quyet&nam=2024")
    hrefs = re.findall(r'href="([^"]+)"', html)
    assert hrefs and all(h.startswith("?loai=nghi-quyet&amp;nam=2024&amp;page=") for h in hrefs)
    assert re.search(r'href="[^"]*page=6"[^>]*aria-current="page"', html)
    assert html.count('aria-current="page"') == 1
    assert re.search(r'href="[^"]*page=5" rel="prev"', html)
    assert re.search(r'href="[^"]*page=7" rel="next"', html)
    assert re.search(r'href="[^"]*page=1">Trang đầu<', html)
    assert re.search(r'href="[^"]*page=12">Trang cuối<', html)
    assert html.count("…") == 2
    assert "Trang 6/12" in html


def test_no_first_or_previous_link_on_the_first_page_and_none_for_one_page():
    html = render(1, 3)
    assert "Trang đầu" not in html and 'rel="prev"' not in html
    assert 'href="?page=3">Trang cuối<' in html
    assert render(1, 1).strip() == ""
