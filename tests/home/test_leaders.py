"""The leaders block of a standing page: a card per person with portrait, name, position and
responsibilities; portraits past the first row wait until the reader scrolls to them."""

import pytest
from bs4 import BeautifulSoup

from home.blocks import EAGER_PORTRAITS
from tests.home.factories import StandardPageFactory
from tests.portal.factories import sized_image

pytestmark = pytest.mark.django_db

PEOPLE = [
    ("Trần Văn Thử", "Bí thư Đảng ủy Khối", "Phụ trách chung."),
    ("Lê Thị Mẫu", "Phó Bí thư Thường trực Đảng ủy Khối", "Phụ trách công tác tuyên giáo."),
    ("Phạm Văn Kiểm", "Phó Bí thư Đảng ủy Khối", "Phụ trách khối doanh nghiệp."),
    ("Ngô Thị Tra", "Ủy viên Ban Thường vụ", "Phụ trách công tác kiểm tra."),
]


def person(name, position, duties, portrait=None, **fields):
    return {
        "portrait": portrait.pk if portrait else None,
        "name": name,
        "position": position,
        "responsibilities": f"<p>{duties}</p>",
        "phone": fields.get("phone", ""),
        "email": fields.get("email", ""),
    }


@pytest.fixture
def leaders_page(home):
    people = [
        person(name, position, duties, sized_image(600, 800, description="Ảnh chân dung"))
        for name, position, duties in PEOPLE
    ]
    people[0].update(phone="0237.3852.101", email="vanphong@example.vn")
    people.append(person("Đỗ Văn Chưa", "Ủy viên Ban Thường vụ", "Chưa có ảnh."))
    body = [{"type": "leaders", "value": {"title": "Ban Thường vụ", "people": people}}]
    page = StandardPageFactory(parent=home, title="Lãnh đạo", slug="lanh-dao", body=body)
    page.save_revision().publish()
    return page


def test_each_leader_has_a_card_with_portrait_name_position_and_duties(client, leaders_page):
    html = BeautifulSoup(client.get(leaders_page.url).content, "html.parser")
    cards = html.select(".leader-grid > li.leader")
    assert len(cards) == len(PEOPLE) + 1
    for card, (name, position, duties) in zip(cards, PEOPLE, strict=False):
        img = card.select_one("picture img")
        assert img is not None and img["alt"] == name, "the portrait is named by the person"
        assert img.get("width") and img.get("height"), "no shift while portraits load"
        assert card.select_one(".leader-name").get_text(strip=True) == name
        assert card.select_one(".leader-position").get_text(strip=True) == position
        assert duties in card.select_one(".leader-duties").get_text()
        # Portraits are cropped 3:4, in the sizes the block prefetches.
        assert "fill-240x320" in img["src"] or "240x320" in img["src"], img["src"]
    assert cards[0].select_one('a[href="tel:02373852101"]'), "the office phone is a link"
    assert cards[0].select_one('a[href="mailto:vanphong@example.vn"]')
    assert cards[-1].select_one(".leader-portrait-empty") and not cards[-1].select_one("img")


def test_only_the_first_row_of_portraits_loads_at_once(client, leaders_page):
    html = BeautifulSoup(client.get(leaders_page.url).content, "html.parser")
    loading = [img["loading"] for img in html.select(".leader-grid picture img")]
    assert loading == ["eager"] * EAGER_PORTRAITS + ["lazy"] * (len(PEOPLE) - EAGER_PORTRAITS)


def test_leaders_are_found_by_search_text(leaders_page):
    from portal.search_records import body_text

    text = body_text(leaders_page.body)
    assert "Lê Thị Mẫu" in text and "Phụ trách công tác tuyên giáo" in text


def test_portraits_and_their_renditions_load_in_a_fixed_number_of_queries(client, home):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(count):
        people = [
            person(f"Người {count}-{n}", "Ủy viên", "Phụ trách.", sized_image(600, 800))
            for n in range(count)
        ]
        body = [{"type": "leaders", "value": {"title": "", "people": people}}]
        page = StandardPageFactory(parent=home, slug=f"lanh-dao-{count}", body=body)
        page.save_revision().publish()
        client.get(page.url)  # renditions made once
        with CaptureQueriesContext(connection) as captured:
            assert client.get(page.url).status_code == 200
        return len(captured)

    assert queries(2) == queries(5), "no query per portrait"
