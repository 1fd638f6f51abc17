"""The home page shows readers how to reach the board: newest answers, drafts open for
comment and the poll open now; nothing that has closed."""

import datetime

import pytest
from django.utils import timezone

from interaction.models import ReaderMessage
from tests.polls.factories import PollIndexPageFactory, poll_page

pytestmark = pytest.mark.django_db


def test_the_home_page_shows_what_is_open(client, home, qa_page, consultation, topic):
    ReaderMessage.objects.create(
        kind="question",
        topic=topic,
        text="Đảng viên nghỉ hưu sinh hoạt ở đâu?",
        answer="Tại chi bộ nơi cư trú.",
        status="answered",
        answered_at=timezone.now(),
        published=True,
    )
    ReaderMessage.objects.create(kind="question", text="Câu hỏi chưa trả lời thì không hiện")
    polls = PollIndexPageFactory(parent=home)
    open_poll = poll_page(polls, title="Bạn đọc tin trên thiết bị nào?")
    poll_page(
        polls,
        title="Cuộc thăm dò đã kết thúc",
        slug="da-ket-thuc",
        opens=datetime.timedelta(days=-20),
        closes=datetime.timedelta(days=-10),
    )
    html = client.get(home.url).content.decode()
    corner = html[html.index('id="reader-corner-heading"') :]
    corner = corner[: corner.index("</section>")]
    assert "Đảng viên nghỉ hưu sinh hoạt ở đâu?" in corner
    assert "Câu hỏi chưa trả lời" not in corner
    assert f'href="{qa_page.url}dat-cau-hoi/"' in corner
    assert consultation.title in corner and open_poll.title in corner
    assert "Cuộc thăm dò đã kết thúc" not in corner


def test_nothing_open_nothing_shown(client, home):
    assert "reader-corner" not in client.get(home.url).content.decode()
