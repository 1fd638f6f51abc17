"""Results: shown when the editors' choice allows, as text a screen reader reads and bars."""

import datetime

import pytest
from django.utils import timezone, translation
from django.utils.translation import ngettext

from polls.models import PollPage, PollVote
from tests.polls.factories import poll_page, vote_data
from tests.polls.utils import soup, vi, votes_text

pytestmark = pytest.mark.django_db
AFTER_CLOSE = PollPage.ResultsVisibility.AFTER_CLOSE


def give_votes(poll, *counts):
    votes = [
        PollVote(poll=poll, option=option)
        for option, count in zip(poll.options.all(), counts, strict=True)
        for _ in range(count)
    ]
    PollVote.objects.bulk_create(votes)


def close(poll):
    PollPage.objects.filter(pk=poll.pk).update(
        closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )


def chart(html):
    """(label, figures, bar length) of each line of the chart."""
    return [
        (
            line.select_one(".poll-answer-label").text,
            line.select_one(".poll-answer-figures").text,
            line.select_one("svg .poll-bar-fill")["width"],
        )
        for line in html.select("#ket-qua .poll-chart li")
    ]


def test_the_chart_numbers_are_right(client, poll_index):
    poll = poll_page(poll_index, answers=("Có", "Không", "Chưa rõ"))
    give_votes(poll, 2, 1, 0)
    close(poll)
    html = soup(client.get(poll.url))
    assert chart(html) == [
        ("Có", f"{votes_text(2)} (66,7%)", "66.67"),
        ("Không", f"{votes_text(1)} (33,3%)", "33.33"),
        ("Chưa rõ", f"{votes_text(0)} (0%)", "0.00"),
    ], "Vietnamese decimal comma in the text, a dot for SVG"
    with translation.override("vi"):
        total = ngettext("%(shown)s vote in total", "%(shown)s votes in total", 3) % {"shown": 3}
    assert html.select_one(".poll-total").text == total
    assert html.select_one(".poll-answer--leading .poll-answer-label").text == "Có"
    bar = html.select_one("svg.poll-bar")
    assert bar["aria-hidden"] == "true", "the figures are in the text; the bars add nothing"
    assert "style=" not in str(html.select_one("#ket-qua")), "no inline styles"


def test_large_counts_are_grouped(client, poll_index):
    poll = poll_page(poll_index, answers=("Có", "Không"))
    give_votes(poll, 1200, 300)
    close(poll)
    assert chart(soup(client.get(poll.url)))[0][1] == f"{votes_text(1200, '1.200')} (80%)"


def test_no_votes_at_all(client, poll_index):
    poll = poll_page(poll_index, answers=("Có", "Không"))
    close(poll)
    html = soup(client.get(poll.url))
    assert [line[1:] for line in chart(html)] == [(f"{votes_text(0)} (0%)", "0.00")] * 2
    assert not html.select(".poll-answer--leading")


def test_results_after_voting_by_default(client, poll_index):
    poll = poll_page(poll_index)
    assert not soup(client.get(poll.url)).select_one("#ket-qua"), "not before voting"
    client.post(poll.url, vote_data(poll.options.first()))
    html = soup(client.get(poll.url))
    assert html.select_one("#ket-qua") and len(chart(html)) == 3
    assert chart(html)[0][1] == f"{votes_text(1)} (100%)"


def test_results_hidden_until_the_close_when_the_editors_say_so(client, poll_index):
    poll = poll_page(poll_index, results_visibility=AFTER_CLOSE)
    give_votes(poll, 3, 2, 1)
    html = soup(client.get(poll.url))
    assert not html.select_one("#ket-qua")
    assert vi("The results will be shown when the poll closes.") in html.text
    client.post(poll.url, vote_data(poll.options.first()))
    html = soup(client.get(poll.url))
    assert not html.select_one("#ket-qua"), "not even to a voter"
    assert not html.select_one("form.poll-form")
    assert html.select_one(".poll-note"), "the voter is told when the results come"

    close(poll)
    html = soup(client.get(poll.url))
    assert chart(html)[0][1] == f"{votes_text(4)} (57,1%)", "shown to everyone after the close"
    assert soup(client.get(poll.url, headers={"cookie": ""})).select_one("#ket-qua")


def test_closed_poll_shows_results_to_everyone(client, poll_index):
    poll = poll_page(poll_index)
    give_votes(poll, 1, 1, 2)
    close(poll)
    html = soup(client.get(poll.url))
    assert html.select_one("#ket-qua") and not html.select_one("form.poll-form")
    assert html.select_one(".poll-status--closed")


def test_labels_are_escaped(client, poll_index):
    poll = poll_page(poll_index, answers=("<script>alert('x')</script>", "<b>Không</b>"))
    form_page = client.get(poll.url).content.decode()
    assert "<script>alert" not in form_page and "<b>Không" not in form_page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in form_page
    client.post(poll.url, vote_data(poll.options.first()))
    results_page = client.get(poll.url).content.decode()
    assert "<script>alert" not in results_page
    assert "&lt;script&gt;" in soup(client.get(poll.url)).select_one("#ket-qua").decode()


def test_the_page_shows_its_dates(client, poll_index):
    poll = poll_page(poll_index)
    html = soup(client.get(poll.url))
    times = [time["datetime"][:16] for time in html.select(".poll-dates time")]
    local = [
        timezone.localtime(value).isoformat()[:16] for value in (poll.opens_at, poll.closes_at)
    ]
    assert times == local, "Vietnam time"
    assert html.select_one(".poll-status--open")
