"""The main menu's fit on one row at 1366 px: an estimate from the nav font, and the admin's
warning (which never refuses)."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import nested_form_data, streamfield

from navigation import fit
from navigation.models import Menu
from navigation.rendering import MenuEntry
from tests.home.factories import StandardPageFactory
from tests.navigation.factories import menu_item

# Labels of a provincial party committee's portal, as long as they get.
LONG_LABELS = [
    "Giới thiệu chung",
    "Tin tức – Sự kiện",
    "Xây dựng Đảng",
    "Văn bản – Tài liệu",
    "Học tập và làm theo tư tưởng Hồ Chí Minh",
    "Đảng bộ cơ sở",
    "Công tác kiểm tra, giám sát",
    "Dân vận khéo",
    "Hỏi đáp pháp luật",
    "Thư viện ảnh",
    "Liên hệ – Góp ý",
]


def entries(labels, children=()):
    return [
        MenuEntry(label=label, url=f"/{i}/", children=list(children))
        for i, label in enumerate(labels)
    ]


def test_the_row_at_1366_is_the_site_width_less_its_padding():
    assert fit.ROW == 1200 - 32


def test_text_width_follows_the_font_table():
    # "m" is wider than "i"; a mark on a vowel does not make a new column.
    assert fit.text_width("m") > 2 * fit.text_width("i")
    assert fit.text_width("Đảng") == pytest.approx(fit.text_width("Dang"), rel=0.05)
    # T, i, n, space, t, ứ, c at 0.86rem.
    expected = (686 + 296 + 598 + 230 + 438 + 601 + 629) * fit.FONT_SIZE / 1000
    assert fit.text_width("Tin tức") == pytest.approx(expected)


def test_an_item_with_items_below_it_has_room_for_its_button():
    plain, parent = (
        entries(["Xây dựng Đảng"]),
        entries(["Xây dựng Đảng"], children=[MenuEntry("x")]),
    )
    assert fit.item_width(parent[0]) - fit.item_width(plain[0]) == pytest.approx(fit.SUBMENU_BUTTON)


def test_the_home_item_is_a_house_whatever_its_label():
    home = MenuEntry(label="Trang chủ của Đảng bộ Khối các cơ quan tỉnh", url="/")
    assert fit.item_width(home) == fit.LINK_PADDING + fit.HOME_ICON


def test_a_usual_main_menu_fits():
    result = fit.row_fit(entries(LONG_LABELS[:7]))
    assert result.fits, f"seven usual items should fit: {result.width:.0f} px"
    assert result.overflow == []


def test_too_many_items_go_into_more_from_the_end():
    result = fit.row_fit(entries(LONG_LABELS))
    assert not result.fits
    assert result.overflow, "the last items go into More"
    assert result.overflow == LONG_LABELS[-len(result.overflow) :], "in their order, from the end"
    kept = entries(LONG_LABELS[: -len(result.overflow)])
    assert sum(map(fit.item_width, kept)) + fit.more_width() <= fit.ROW
    one_more = entries(LONG_LABELS[: -len(result.overflow) + 1])
    assert sum(map(fit.item_width, one_more)) + fit.more_width() > fit.ROW, "as few as needed"


@pytest.mark.django_db
def test_the_warning_is_for_the_main_menu_only(home):
    pages = [StandardPageFactory(parent=home, title=label) for label in LONG_LABELS]
    menu = Menu(location="main", items=[menu_item(page) for page in pages])
    with translation.override("vi"):
        warning = fit.fit_warning(menu)
    assert "1366 px" in warning and "“Thêm”" in warning, warning
    assert LONG_LABELS[-1] in warning
    menu.location = "footer"
    assert fit.fit_warning(menu) == ""
    menu.location = "main"
    menu.items = [menu_item(page) for page in pages[:5]]
    assert fit.fit_warning(menu) == "", "five items fit"


def menu_form(pages, location="main"):
    items = [
        (
            "item",
            {"label": "", "page": page.pk, "document": "", "url": "", "children": {"count": 0}},
        )
        for page in pages
    ]
    return nested_form_data({"location": location, "items": streamfield(items)})


@pytest.mark.django_db
def test_saving_a_main_menu_too_wide_warns_and_keeps_it(admin_client, home):
    pages = [StandardPageFactory(parent=home, title=label) for label in LONG_LABELS]
    add = reverse("wagtailsnippets_navigation_menu:add")
    response = admin_client.post(
        add, {**menu_form(pages), "action-publish": "on"}, HTTP_ACCEPT_LANGUAGE="vi"
    )
    assert response.status_code == 302, "a warning, not a refusal"
    menu = Menu.objects.get(location="main")
    assert menu.live, "the technician may publish it all the same"
    warnings = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    assert any("Thêm" in w for w in warnings), warnings

    edit = reverse("wagtailsnippets_navigation_menu:edit", args=(menu.pk,))
    form = admin_client.get(edit).content.decode()
    assert "data-menu-fit-warning" in form, "the form warns before the next publish"

    menu.items = [menu_item(page) for page in pages[:4]]
    menu.save()
    menu.save_revision().publish()
    assert "data-menu-fit-warning" not in admin_client.get(edit).content.decode()
