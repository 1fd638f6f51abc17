"""Polls for the tests: an index under the home page and complete, publishable polls."""

import datetime

import wagtail_factories
from django.utils import timezone

from polls.models import PollOption, PollPage
from tests.interaction.factories import form_started
from tests.portal.factories import published

QUESTION = "Bạn muốn Trang thông tin đăng thêm nội dung nào?"
ANSWERS = ("Tin hoạt động cơ sở", "Văn bản, tài liệu", "Ảnh, video")


class PollIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = "polls.PollIndexPage"

    title = "Thăm dò ý kiến"
    slug = "tham-do-y-kien"


def poll_page(
    index,
    answers=ANSWERS,
    opens=datetime.timedelta(days=-1),
    closes=datetime.timedelta(days=7),
    publish=True,
    **fields,
):
    """A poll with one answer per label, open from ``opens`` to ``closes`` (offsets from
    now), published unless told otherwise."""
    now = timezone.now()
    fields.setdefault("title", QUESTION)
    poll = PollPage(
        opens_at=now + opens,
        closes_at=now + closes,
        options=[PollOption(label=label) for label in answers],
        live=False,
        **fields,
    )
    index.add_child(instance=poll)
    return published(poll) if publish else poll


def vote_data(option, seconds_ago=10, **extra):
    """What the poll's form posts when a person chose ``option``."""
    return {"option": option.pk, "website": "", "started": form_started(seconds_ago), **extra}
