"""Keyboard only on a desktop screen: skip link, main menu and submenus, search, carousel.

Every element reached with Tab must show where the focus is.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.axe import assert_accessible
from tests.quality.reader_site import reader_site

DESKTOP = {"width": 1366, "height": 900}
MAX_TABS = 80

# What has the focus, in words a failure message can show.
ACTIVE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const text = (el.getAttribute("aria-label") || el.textContent || el.value || "").trim();
  return {
    tag: el.tagName.toLowerCase(),
    id: el.id,
    cls: el.className && typeof el.className === "string" ? el.className : "",
    href: el.getAttribute("href"),
    text: text.replace(/\\s+/g, " ").slice(0, 60),
  };
}"""

FOCUS_VISIBLE = """() => {
  const style = getComputedStyle(document.activeElement);
  const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow && style.boxShadow !== "none";
  return outline || Boolean(shadow);
}"""


@pytest.fixture
def site(live_site, page):
    built = reader_site()
    page.set_viewport_size(DESKTOP)
    page.goto(f"{live_site.url}/")
    return built


def active(page):
    return page.evaluate(ACTIVE)


def matches(page, selector):
    return page.evaluate("(s) => Boolean(document.activeElement?.matches(s))", selector)


def assert_focus_visible(page):
    assert page.evaluate(FOCUS_VISIBLE), (
        f"no visible focus (outline or box-shadow) on {active(page)}"
    )


def tab_to(page, selector, key="Tab"):
    """Press Tab until the focused element matches the selector; fail with the path taken.

    Every element passed on the way must show its focus too.
    """
    path = []
    for _ in range(MAX_TABS):
        page.keyboard.press(key)
        if active(page) is not None:
            assert_focus_visible(page)
        if matches(page, selector):
            return
        path.append(active(page))
    pytest.fail(f"{selector} not reached with {MAX_TABS} × {key}; focus went to:\n{path}")


def test_skip_link_comes_first_and_moves_to_the_content(site, page):
    page.keyboard.press("Tab")
    assert matches(page, "a.skip-link"), f"the first Tab should reach the skip link: {active(page)}"
    assert_focus_visible(page)
    expect(page.locator("a.skip-link")).to_be_in_viewport()  # shown when focused
    page.keyboard.press("Enter")
    assert matches(page, "#main"), f"the skip link should move focus to #main: {active(page)}"


def test_every_main_menu_link_is_reachable(site, page):
    hrefs = page.locator("#main-nav > ul > li > a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    assert len(hrefs) == 4, hrefs
    for href in hrefs:
        tab_to(page, f'#main-nav a[href="{href}"]')


def test_submenu_opens_and_closes_with_the_keyboard(site, page):
    toggle = page.locator("#main-nav button.submenu-toggle:not(.nav-more-toggle)")
    expect(toggle, "one menu item has children: one submenu button").to_have_count(1)
    submenu_id = toggle.get_attribute("aria-controls")
    assert submenu_id, "the submenu button should name its submenu (aria-controls)"
    submenu = page.locator(f"#{submenu_id}")
    expect(submenu.locator("a")).to_have_text(["Lịch sử hình thành", "Chức năng, nhiệm vụ"])
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(submenu).to_be_hidden()

    tab_to(page, "#main-nav button.submenu-toggle:not(.nav-more-toggle)")
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(submenu).to_be_visible()
    assert_accessible(page, "the home page with a submenu open")
    for name in ["Lịch sử hình thành", "Chức năng, nhiệm vụ"]:
        page.keyboard.press("Tab")
        assert matches(page, f"#{submenu_id} a"), f"Tab should enter the submenu: {active(page)}"
        assert active(page)["text"] == name
        assert_focus_visible(page)

    page.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(submenu).to_be_hidden()
    assert matches(page, "#main-nav button.submenu-toggle:not(.nav-more-toggle)"), (
        f"Escape should return focus to the submenu button: {active(page)}"
    )

    page.keyboard.press("Space")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(submenu).to_be_visible()
    page.keyboard.press("Escape")
    expect(submenu).to_be_hidden()


def test_search_box_is_reachable_and_searches(site, page):
    tab_to(page, 'form.site-search input[name="q"]')
    page.keyboard.type("chuyen doi so")
    page.keyboard.press("Enter")
    page.wait_for_url("**/tim-kiem/?q=chuyen+doi+so")
    expect(
        page.locator(".search-results").get_by_role("link", name=site.articles[2].title)
    ).to_be_visible()


# The slide a reader sees: shown (not hidden, not faded out, not aria-hidden) and nearest the
# carousel's left edge, which works for scrolling and for cross-fading carousels alike.
SHOWN_SLIDE = """() => {
  const carousel = document.querySelector(".carousel");
  const left = carousel.getBoundingClientRect().left;
  let shown = -1, best = Infinity;
  document.querySelectorAll(".carousel-slide").forEach((slide, index) => {
    const box = slide.getBoundingClientRect();
    const visible = slide.checkVisibility({ opacityProperty: true, visibilityProperty: true })
      && slide.getAttribute("aria-hidden") !== "true" && box.width > 0;
    const distance = Math.abs(box.left - left);
    if (visible && distance < best) { best = distance; shown = index; }
  });
  return shown;
}"""


def shown_slide(page):
    return page.evaluate(SHOWN_SLIDE)


def press_and_expect_slide(page, key, index, what):
    page.keyboard.press(key)
    try:
        page.wait_for_function(f"() => ({SHOWN_SLIDE})() === {index}", timeout=3000)
    except Exception:
        pytest.fail(
            f"{what} ({key}) should show slide {index + 1}; slide {shown_slide(page) + 1} is shown"
        )


def test_carousel_controls_work_with_the_keyboard(site, page):
    # Scrolling without animation (the reduced-motion preference the carousel honours): a
    # key pressed while a smooth scroll is still under way starts from wherever it has got
    # to, which a loaded machine makes unpredictable.
    page.emulate_media(reduced_motion="reduce")
    slides = page.locator(".carousel-slide").count()
    assert slides == 3
    # Tabbing through the slides' own links may scroll the carousel: each step is checked
    # against the slide shown just before it. Next after the last slide goes back to the first.
    tab_to(page, ".carousel button.carousel-next")
    before = shown_slide(page)
    press_and_expect_slide(page, "Enter", (before + 1) % slides, "the next button")
    press_and_expect_slide(page, "Space", (before + 2) % slides, "the next button")

    tab_to(page, ".carousel button.carousel-prev")
    before = shown_slide(page)
    press_and_expect_slide(page, "Enter", (before - 1) % slides, "the previous button")

    # The dots, marked in document order so each can be reached by Tab.
    dots = page.evaluate(
        """() => [...document.querySelectorAll(".carousel-dots a, .carousel-dots button")]
            .map((dot, index) => dot.setAttribute("data-dot", index)).length"""
    )
    assert dots == slides, f"one dot per slide: {dots} dots for {slides} slides"
    for index in (2, 0):
        tab_to(page, f'[data-dot="{index}"]')
        press_and_expect_slide(page, "Enter", index, f"dot {index + 1}")


def test_a_second_press_during_the_scroll_steps_on_from_where_it_is_going(site, page):
    # Smooth scrolling, as most readers have it: two presses in quick succession show the
    # slide two further on (the second used to start from the half-way position).
    before = shown_slide(page)
    page.evaluate(
        """() => { const next = document.querySelector(".carousel button.carousel-next");
                   next.click(); next.click(); }"""
    )
    expected = (before + 2) % page.locator(".carousel-slide").count()
    try:
        page.wait_for_function(f"() => ({SHOWN_SLIDE})() === {expected}", timeout=3000)
    except Exception:
        pytest.fail(f"two presses should show slide {expected + 1}, not {shown_slide(page) + 1}")
