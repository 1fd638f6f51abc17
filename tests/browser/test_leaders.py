"""The leaders page on a phone and a laptop: one card per person, nothing wider than the
screen, and no accessibility problem axe-core would call serious."""

import pytest

from tests.browser.axe import assert_accessible
from tests.home.factories import StandardPageFactory, home_page
from tests.home.test_leaders import PEOPLE, person
from tests.portal.factories import site_identity, sized_image


@pytest.mark.parametrize("width", [360, 1366])
def test_leaders_page_fits_and_is_accessible(live_site, page, width):
    home = home_page()
    site_identity(organisation_name="Đảng ủy Khối Cơ quan tỉnh Mẫu")
    people = [
        person(name, position, duties, sized_image(600, 800, description="Ảnh chân dung"))
        for name, position, duties in PEOPLE
    ]
    people[0].update(phone="0237.3852.101", email="van.phong.dang.uy.khoi@example.vn")
    body = [{"type": "leaders", "value": {"title": "Ban Thường vụ", "people": people}}]
    leaders = StandardPageFactory(parent=home, title="Lãnh đạo", slug="lanh-dao", body=body)
    leaders.save_revision().publish()

    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{live_site.url}{leaders.url}")
    page.wait_for_load_state("networkidle")
    cards = page.locator(".leader-grid > li.leader")
    assert cards.count() == len(PEOPLE)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    for index in range(cards.count()):
        box = cards.nth(index).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= width
    assert_accessible(page, f"the leaders page at {width} px")
