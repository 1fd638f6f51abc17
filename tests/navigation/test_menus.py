"""Menus: rendered from the published menu, never with a dead entry, in constant queries."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from navigation.blocks import MenuItemsBlock
from navigation.models import Menu
from navigation.rendering import live_menu
from portal.publishing import PublishRefused
from tests.home.factories import StandardPageFactory
from tests.navigation.factories import menu_item

pytestmark = pytest.mark.django_db


def publish_menu(items, location="main"):
    menu, _created = Menu.objects.get_or_create(location=location)
    menu.items = items
    menu.save()
    menu.save_revision().publish()
    return menu


def nav_html(client):
    html = client.get("/").content.decode()
    return html.split('class="main-nav"')[1].split("</nav>")[0]


def test_main_navigation_comes_from_the_menu_with_submenus(client, home):
    about = StandardPageFactory(parent=home, title="Giới thiệu")
    history = StandardPageFactory(parent=about, title="Lịch sử hình thành")
    publish_menu(
        [
            menu_item(home, label="Trang chủ"),
            menu_item(about, children=[menu_item(history)]),
            menu_item(url="https://thanhhoa.example.vn", label="Cổng tỉnh"),
        ]
    )
    nav = nav_html(client)
    assert nav.index("Trang chủ") < nav.index("Giới thiệu") < nav.index("Cổng tỉnh")
    assert "Lịch sử hình thành" in nav.split('class="nav-level-2"')[1]
    assert f'href="{history.url}"' in nav


def test_the_row_has_a_more_item_for_the_script_to_fill(client, home):
    publish_menu([menu_item(home, label="Trang chủ")])
    nav = nav_html(client)
    more = nav.split("data-nav-more", 1)[1]
    assert more.startswith(" hidden>"), "hidden until site.js needs it"
    assert 'aria-expanded="false"' in more and "Thêm" in more
    assert "<script" not in nav


def test_dead_entries_are_hidden_and_return_without_republishing_the_menu(client, home):
    live = StandardPageFactory(parent=home, title="Liên hệ")
    target = StandardPageFactory(parent=home, title="Hỏi đáp")
    publish_menu([menu_item(live), menu_item(target)])
    assert "Hỏi đáp" in nav_html(client)

    target.unpublish()
    assert "Hỏi đáp" not in nav_html(client)
    target.save_revision().publish()
    assert "Hỏi đáp" in nav_html(client)

    PageViewRestriction.objects.create(page=target, restriction_type="login")
    assert "Hỏi đáp" not in nav_html(client)
    PageViewRestriction.objects.all().delete()
    assert "Hỏi đáp" in nav_html(client)

    target.delete()
    assert "Hỏi đáp" not in nav_html(client)
    assert "Liên hệ" in nav_html(client)


def test_renamed_and_moved_pages_show_at_once(client, home):
    section = StandardPageFactory(parent=home, title="Xây dựng Đảng")
    other = StandardPageFactory(parent=home, title="Chuyên mục khác")
    publish_menu([menu_item(section)])
    section.title = "Công tác xây dựng Đảng"
    section.save_revision().publish()
    assert "Công tác xây dựng Đảng" in nav_html(client)
    section.move(other, pos="last-child")
    section.refresh_from_db()
    assert f'href="{section.url}"' in nav_html(client)


def test_reordering_changes_the_rendered_order(client, home):
    first = StandardPageFactory(parent=home, title="Mục A")
    second = StandardPageFactory(parent=home, title="Mục B")
    publish_menu([menu_item(first), menu_item(second)])
    nav = nav_html(client)
    assert nav.index("Mục A") < nav.index("Mục B")
    publish_menu([menu_item(second), menu_item(first)])
    nav = nav_html(client)
    assert nav.index("Mục B") < nav.index("Mục A")


def test_a_branch_moves_with_its_children(client, home):
    a = StandardPageFactory(parent=home, title="Nhánh A")
    b = StandardPageFactory(parent=home, title="Nhánh B")
    child = StandardPageFactory(parent=home, title="Trang con")
    publish_menu([menu_item(a, children=[menu_item(child)]), menu_item(b)])
    publish_menu([menu_item(a), menu_item(b, children=[menu_item(child)])])
    nav = nav_html(client)
    branch_b = nav.split("Nhánh B", 1)[1]
    assert "Trang con" in branch_b


def test_menu_query_count_does_not_depend_on_its_size(home):
    def cold_render_queries(count):
        pages = [StandardPageFactory(parent=home, title=f"Trang {count}-{i}") for i in range(count)]
        publish_menu([menu_item(page) for page in pages])
        from django.core.cache import cache

        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            entries = live_menu("main")
        assert len(entries) == count
        with CaptureQueriesContext(connection) as cached:
            live_menu("main")
        return len(captured), len(cached)

    small = cold_render_queries(10)
    large = cold_render_queries(200)
    assert small == large, (small, large)
    assert large[0] <= 4 and large[1] == 0
    print(f"menu queries: {large[0]} cold, {large[1]} cached")


def test_stored_menu_items_are_valid_blocks(home):
    """What the demo and tests store is what the editor would post back."""
    about = StandardPageFactory(parent=home)
    child = StandardPageFactory(parent=about)
    block = MenuItemsBlock()
    value = block.to_python([menu_item(about, children=[menu_item(child)])])
    block.clean(value)  # no error
    assert value[0].value["children"][0]["page"].pk == child.pk


def test_same_target_twice_is_refused(home):
    page = StandardPageFactory(parent=home)
    block = MenuItemsBlock()
    value = block.to_python([menu_item(page), menu_item(page)])
    with pytest.raises(ValidationError):
        block.clean(value)


@pytest.mark.parametrize(
    "address", ["javascript:alert(1)", "data:text/html,x", "//evil.example.com"]
)
def test_unsafe_menu_addresses_are_refused(home, address):
    block = MenuItemsBlock()
    value = block.to_python([menu_item(url=address, label="Xấu")])
    with pytest.raises(ValidationError):
        block.clean(value)


def test_an_item_must_lead_somewhere(home):
    block = MenuItemsBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python([menu_item(label="Không dẫn tới đâu")]))


def test_empty_menu_is_not_published(home):
    menu = Menu.objects.create(location="footer")
    with pytest.raises(PublishRefused):
        menu.save_revision().publish()
