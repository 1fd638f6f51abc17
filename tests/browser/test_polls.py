"""A reader votes in a poll in chromium: the form and the results pass axe-core, a vote ticked
and sent at once is counted, a double click counts once, and everything works without
JavaScript too."""

import pytest

from polls.models import PollVote
from tests.browser.axe import assert_accessible
from tests.home.factories import home_page
from tests.polls.factories import PollIndexPageFactory, poll_page
from tests.portal.factories import site_identity

pytestmark = pytest.mark.browser


@pytest.fixture
def poll(live_site):
    site_identity(organisation_name="Đảng ủy Khối Cơ quan tỉnh Mẫu", short_name="ĐUK Mẫu")
    index = PollIndexPageFactory(parent=home_page())
    index.save_revision().publish()
    return poll_page(
        index,
        answers=("Tin hoạt động cơ sở", "Văn bản, tài liệu", "Ảnh, video"),
        intro="Xin bạn chọn một nội dung muốn đọc thêm.",
    )


def test_a_reader_votes_and_sees_the_results(live_site, page, poll):
    page.goto(f"{live_site.url}{poll.url}")
    assert_accessible(page, "the poll's form")
    page.reload()  # then ticked and sent at once: a vote is one click, not a typed form
    page.focus("#poll-option-1")
    page.keyboard.press("ArrowDown")  # radio buttons, chosen by the keyboard
    assert page.is_checked("#poll-option-2")
    page.dblclick(".poll-form button")  # an impatient double click
    page.wait_for_selector("#ket-qua")
    assert page.url.endswith(f"{poll.url}#binh-chon")
    assert page.locator(".poll-message--success").is_visible()
    figures = page.locator(".poll-answer-figures").all_inner_texts()
    assert figures[1].endswith("(100%)") and figures[0].endswith("(0%)")
    assert list(PollVote.objects.values_list("option__label", flat=True)) == ["Văn bản, tài liệu"]
    assert_accessible(page, "the poll's results")

    page.reload()
    assert not page.locator(".poll-form").count(), "this browser has voted"
    assert page.locator("#ket-qua").is_visible()


def test_voting_works_without_javascript(live_site, browser, poll):
    context = browser.new_context(java_script_enabled=False, locale="vi-VN")
    page = context.new_page()
    page.goto(f"{live_site.url}{poll.url}")
    page.click("label[for=poll-option-3]")
    page.click(".poll-form button")
    page.wait_for_selector("#ket-qua")
    bars = page.locator("#ket-qua svg .poll-bar-fill")
    assert bars.count() == 3 and bars.nth(2).get_attribute("width") == "100.00"
    assert PollVote.objects.get().option.label == "Ảnh, video"
    context.close()


def test_an_unanswered_vote_is_explained(live_site, page, poll):
    page.goto(f"{live_site.url}{poll.url}")
    page.click(".poll-form button")
    page.wait_for_selector("#poll-error")
    assert page.get_attribute(".poll-form fieldset", "aria-describedby") == "poll-error"
    assert not PollVote.objects.exists()
    assert_accessible(page, "the poll's form with its error")
