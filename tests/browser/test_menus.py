"""Menus in the browser: the public row keeps one line and puts the rest under "Thêm"; the
admin edits a long menu item by item on one line each, and reorders it."""

import pytest
from django.contrib.auth import get_user_model

from navigation import fit
from navigation.models import Menu
from navigation.rendering import MenuEntry
from tests.browser.utils import ARTEFACTS, PASSWORD, admin_login
from tests.home.factories import StandardPageFactory, home_page
from tests.navigation.factories import menu_item
from tests.navigation.test_fit import LONG_LABELS

pytestmark = pytest.mark.browser


@pytest.fixture
def long_menu(live_site):
    home = home_page()
    pages = [StandardPageFactory(parent=home, title=label) for label in LONG_LABELS]
    below = StandardPageFactory(parent=pages[1], title="Hoạt động cơ sở")
    items = [menu_item(home, label="Trang chủ")] + [
        menu_item(page, children=[menu_item(below)] if index == 1 else ())
        for index, page in enumerate(pages)
    ]
    menu = Menu.objects.create(location="main", items=items)
    menu.save_revision().publish()
    return menu


def expected_entries():
    entries = [MenuEntry(label="Trang chủ", url="/")]
    for index, label in enumerate(LONG_LABELS):
        children = [MenuEntry(label="Hoạt động cơ sở")] if index == 1 else []
        entries.append(MenuEntry(label=label, url=f"/{index}/", children=children))
    return entries


ROW_TOPS = (
    "[...document.querySelectorAll('.nav-level-1 > li:not([hidden])')]"
    ".map(li => li.getBoundingClientRect().top)"
)


def test_the_row_at_1366_px_puts_what_does_not_fit_under_more(long_menu, page, live_site):
    page.set_viewport_size({"width": 1366, "height": 800})
    page.goto(f"{live_site.url}/")
    page.evaluate("document.fonts.ready")
    page.wait_for_timeout(200)
    nav = page.locator("#main-nav")
    more = nav.get_by_role("button", name="Thêm")
    assert more.is_visible(), "the row is too long: Thêm is shown"
    assert len(set(page.evaluate(ROW_TOPS))) == 1, "one row, no wrapping"

    row = nav.locator(".nav-level-1 > li:not(.nav-more) > a").all_inner_texts()
    under_more = nav.locator(".nav-more-list > li > a").all_inner_texts()
    assert row[1:] + under_more == LONG_LABELS, "every item is reachable, in its order"
    # The admin's estimate agrees with what the browser does.
    assert under_more == fit.row_fit(expected_entries()).overflow

    # Each item is as wide as the estimate says, within a few pixels of kerning.
    widths = page.evaluate(
        "[...document.querySelectorAll('.nav-level-1 > li:not(.nav-more)')]"
        ".map(li => li.getBoundingClientRect().width)"
    )
    for entry, width in zip(expected_entries(), widths, strict=False):
        assert fit.item_width(entry) == pytest.approx(width, abs=3), entry.label

    # By keyboard: the button opens the list, Escape closes it and gives focus back.
    more.focus()
    page.keyboard.press("Enter")
    assert more.get_attribute("aria-expanded") == "true"
    last = nav.get_by_role("link", name=LONG_LABELS[-1])
    assert last.is_visible()
    page.screenshot(path=str(ARTEFACTS / "menus-public-more.png"))
    last.focus()
    page.keyboard.press("Escape")
    assert more.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.textContent.trim()") == "Thêm"

    # Phones keep their column menu, every item in it.
    page.set_viewport_size({"width": 390, "height": 800})
    page.wait_for_timeout(200)
    page.locator(".nav-toggle").click()
    assert not more.is_visible()
    assert nav.get_by_role("link", name=LONG_LABELS[-1]).is_visible()


def test_without_javascript_the_row_wraps_and_keeps_every_item(long_menu, browser, live_site):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1366, "height": 800}
    )
    page = context.new_page()
    page.goto(f"{live_site.url}/")
    nav = page.locator("#main-nav")
    assert not nav.get_by_role("button", name="Thêm").is_visible()
    assert len(set(page.evaluate(ROW_TOPS))) == 2, "two rows"
    assert nav.get_by_role("link", name=LONG_LABELS[-1]).is_visible()
    context.close()


def item_titles(page):
    return page.locator(
        "[data-menu-tools] ~ * [data-streamfield-stream-container] > [data-streamfield-child]"
        " > section > .w-panel__header .c-sf-block__title"
    ).all_inner_texts()


def test_the_compact_menu_editor(long_menu, page, live_site):
    get_user_model().objects.create_superuser("quantri", "quantri@example.vn", PASSWORD)
    page.set_viewport_size({"width": 1366, "height": 900})
    admin_login(page, live_site.url, "quantri", PASSWORD)
    page.goto(f"{live_site.url}/admin/snippets/navigation/menu/edit/{long_menu.pk}/")
    positions = page.locator("[data-menu-position]")
    positions.nth(11).wait_for()
    assert positions.count() == 12, "one position chooser per top-level item"

    items = page.locator("[data-streamfield-child]:has([data-menu-position])")
    toggles = page.locator(
        "[data-streamfield-child]:has([data-menu-position]) > section > .w-panel__header"
        " > [data-panel-toggle]"
    )
    assert set(toggles.evaluate_all("ts => ts.map(t => t.ariaExpanded)")) == {"false"}, "collapsed"
    headers = page.locator("[data-streamfield-child] .c-sf-block__title").all_inner_texts()
    assert headers[0] == "Trang chủ → trang “Trang chủ”", "label and target"
    assert headers[1] == f"trang “{LONG_LABELS[0]}”", "no label of its own: the page's title"

    boxes = items.evaluate_all("els => els.map(e => e.getBoundingClientRect().toJSON())")
    per_item = (boxes[-1]["bottom"] - boxes[0]["top"]) / len(boxes)
    print(f"collapsed menu item: {per_item:.0f} px")
    page.screenshot(path=str(ARTEFACTS / "menus-compact-editor.png"), full_page=True)
    assert per_item < 60, f"a collapsed item takes {per_item:.0f} px"

    page.get_by_role("button", name="Mở tất cả các mục").click()
    assert set(toggles.evaluate_all("ts => ts.map(t => t.ariaExpanded)")) == {"true"}
    page.get_by_role("button", name="Thu gọn tất cả các mục").click()
    assert set(toggles.evaluate_all("ts => ts.map(t => t.ariaExpanded)")) == {"false"}

    # The last item to the top by choosing its position, the (new) second one down by dragging.
    positions.nth(11).select_option(label="Vị trí 1")
    handles = items.locator('> section > .w-panel__header [data-streamfield-action="DRAG"]')
    handles.nth(1).drag_to(items.nth(3), target_position={"x": 200, "y": 30})
    page.wait_for_timeout(400)
    order = positions.evaluate_all("ss => ss.map(s => s.value)")
    assert order == [str(i) for i in range(12)], "the choosers follow the new order"

    with page.expect_navigation():
        page.locator("footer").get_by_role("button", name="Lưu nháp").click()
    long_menu.refresh_from_db()
    saved = long_menu.latest_revision.as_object()
    labels = [item.value["label"] or item.value["page"].title for item in saved.items]
    assert labels[0] == LONG_LABELS[-1], "moved by position"
    assert labels[1:4] == [LONG_LABELS[0], LONG_LABELS[1], "Trang chủ"], labels
    live = [item.value["label"] or item.value["page"].title for item in long_menu.items]
    assert live[0] == "Trang chủ" and long_menu.has_unpublished_changes, (
        "a draft, the site unchanged"
    )
