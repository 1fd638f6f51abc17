"""A long page title stays whole in view while it is typed, on as many lines as it takes."""

import pytest
from django.contrib.auth import get_user_model

from tests.browser.utils import admin_login
from tests.home.factories import home_page

pytestmark = pytest.mark.browser

LONG_TITLE = (
    "Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ mười lăm đánh giá kết quả lãnh đạo, chỉ đạo "
    "chín tháng đầu năm và thống nhất các nhiệm vụ trọng tâm trong quý cuối năm 2026"
)
SHOWN_WHOLE = (
    "title => title.scrollHeight <= title.clientHeight && title.scrollWidth <= title.clientWidth"
)


def test_a_long_title_is_shown_whole_while_typed(live_site, page):
    get_user_model().objects.create_superuser("kythuat", "kythuat@example.vn", "matkhau-thu")
    home = home_page()
    admin_login(page, live_site.url, "kythuat", "matkhau-thu")
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(f"{live_site.url}/admin/pages/add/home/standardpage/{home.pk}/")
    title = page.locator("#id_title")
    title.press_sequentially(LONG_TITLE[:60])
    one_line = title.evaluate("title => title.clientHeight")
    title.press_sequentially(LONG_TITLE[60:])
    title.press("Enter")  # no line break in a title
    page.wait_for_timeout(200)  # the height follows the text after a short debounce
    assert title.input_value() == LONG_TITLE
    assert title.evaluate(SHOWN_WHOLE), "every line of the title is in view, none scrolled"
    assert title.evaluate("title => title.clientHeight") > one_line, "the field grew"
