"""The browser checks themselves can fail: axe-core and the focus check on broken pages."""

from tests.browser.axe import axe_violations, describe
from tests.browser.test_keyboard import FOCUS_VISIBLE

BROKEN = """<!DOCTYPE html><html lang="vi"><head><title>Trang lỗi</title>
<style>button:focus-visible { outline: none; }</style></head>
<body><main><h1>Trang lỗi</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<button type="button">Mở</button></main></body></html>"""


def test_axe_reports_a_picture_without_text(page):
    page.set_content(BROKEN)
    violations = axe_violations(page)
    assert [v["id"] for v in violations] == ["image-alt"]
    message = describe(violations)
    assert "image-alt (critical)" in message and "img" in message


def test_focus_check_sees_a_hidden_focus_ring(page):
    page.set_content(BROKEN)
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.tagName") == "BUTTON"
    assert not page.evaluate(FOCUS_VISIBLE)
    page.add_style_tag(content="button:focus-visible { outline: 3px solid #ffd23f; }")
    assert page.evaluate(FOCUS_VISIBLE)
