"""The poll pages pass html-validate (the site's recommended rules) in each of their states."""

import datetime

import pytest
from django.test import Client

from polls.models import PollPage
from tests.polls.factories import poll_page, vote_data
from tests.portal.factories import site_identity
from tests.quality.htmlvalidate import assert_valid_html

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


def test_poll_pages_are_valid_html(client, poll_index):
    site_identity(organisation_name="Đảng ủy Khối Cơ quan tỉnh Mẫu")  # the header's link text
    poll = poll_page(poll_index, intro="Dòng thứ nhất.\nDòng thứ hai.")
    coming = poll_page(poll_index, title="Sắp mở", opens=DAY, closes=3 * DAY)
    closed = poll_page(poll_index, title="Đã đóng", opens=-3 * DAY, closes=-DAY)
    kept = poll_page(
        poll_index,
        title="Kết quả sau khi đóng",
        results_visibility=PollPage.ResultsVisibility.AFTER_CLOSE,
    )
    voter = Client()
    voter.post(kept.url, vote_data(kept.options.first()))
    pages = {
        "list": client.get(poll_index.url),
        "form": client.get(poll.url),
        "form with an error": client.post(
            poll.url, {**vote_data(poll.options.first()), "option": ""}
        ),
        "not open yet": client.get(coming.url),
        "closed": client.get(closed.url),
        "refused": client.post(closed.url, vote_data(closed.options.first())),
        "voted, results kept until the close": voter.get(kept.url),
    }
    client.post(poll.url, vote_data(poll.options.first()))
    pages["results"] = client.get(poll.url)
    assert_valid_html({name: response.content.decode() for name, response in pages.items()})
