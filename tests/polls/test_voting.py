"""Readers vote: once per browser, only while the poll is open, never robots, within limits."""

import datetime
import time

import pytest
from django.test import Client, RequestFactory
from django.utils import timezone

from polls.models import PollVote
from polls.voting import VoteForm, cookie_name, has_voted
from tests.interaction.factories import form_started as started
from tests.polls.factories import poll_page, vote_data
from tests.polls.utils import soup, vi

pytestmark = pytest.mark.django_db

WAIT = "Xin vui lòng chờ một lát"  # the rate-limited page, translated


@pytest.fixture
def poll(poll_index):
    return poll_page(poll_index)


def answers(poll):
    return list(poll.options.all())


def counted(poll):
    return PollVote.objects.filter(poll=poll).count()


def test_the_question_is_a_fieldset_of_radio_buttons(client, poll):
    response = client.get(poll.url)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"], "no shared cache keeps a CSRF token"
    html = soup(response)
    form = html.select_one("form.poll-form")
    assert form["method"] == "post"
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    legend = form.select_one("fieldset > legend")
    assert poll.title in legend.get_text()
    radios = form.select("fieldset input[type=radio][name=option]")
    assert [int(radio["value"]) for radio in radios] == [option.pk for option in answers(poll)]
    for radio in radios:
        assert form.select_one(f"label[for={radio['id']}]").get_text() in [
            option.label for option in answers(poll)
        ]
    assert form.select_one("input[name=website]"), "the honeypot"
    assert form.select_one("input[type=hidden][name=started]"), "the signed start time"
    assert not html.select_one("#ket-qua"), "no results before voting"


def test_a_vote_is_counted_and_the_browser_remembered(client, poll):
    choice = answers(poll)[1]
    response = client.post(poll.url, vote_data(choice))
    assert response.status_code == 302
    assert response["Location"] == f"{poll.url}#binh-chon", "redirect after post"
    assert list(PollVote.objects.values_list("poll_id", "option_id")) == [(poll.pk, choice.pk)]
    cookie = response.cookies[cookie_name(poll)]
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and not cookie["secure"]
    assert cookie["path"] == poll.url, "sent only to the poll's page"
    lasts = poll.closes_at + datetime.timedelta(days=30) - timezone.now()
    assert abs(int(cookie["max-age"]) - lasts.total_seconds()) < 60
    request = RequestFactory().get(poll.url)
    request.COOKIES[cookie.key] = cookie.value
    assert has_voted(request, poll), "the cookie verifies"

    page = soup(client.get(poll.url))
    assert vi("Thank you: your vote has been counted.") in page.select_one(".poll-messages").text
    assert not page.select_one("form.poll-form"), "no second form for this browser"
    assert page.select_one("#ket-qua"), "results after voting"


def test_a_vote_over_https_gets_a_secure_cookie(client, poll):
    response = client.post(poll.url, vote_data(answers(poll)[0]), secure=True)
    assert response.cookies[cookie_name(poll)]["secure"]


def test_the_same_browser_cannot_vote_twice(client, poll):
    first, second = answers(poll)[:2]
    client.post(poll.url, vote_data(first))
    response = client.post(poll.url, vote_data(second))
    assert response.status_code == 302
    assert cookie_name(poll) not in response.cookies, "the cookie is not renewed"
    assert list(PollVote.objects.values_list("option_id", flat=True)) == [first.pk]
    page = soup(client.get(poll.url))
    assert vi("You have voted in this poll.") in page.select_one(".poll-note").text
    assert (
        vi(
            "You have already voted in this poll. Each browser votes once, so this vote was "
            "not counted again."
        )
        in page.select_one(".poll-messages").text
    )


def test_a_double_click_counts_one_vote(client, poll):
    """Both posts leave before the first answer sets the cookie: the form's one-time token
    counts the first; the second is answered as the first was."""
    data = vote_data(answers(poll)[0])
    first = client.post(poll.url, data)
    del client.cookies[cookie_name(poll)]  # the second post left before the cookie came
    second = client.post(poll.url, data)
    assert counted(poll) == 1
    assert second.status_code == 302 and second["Location"] == first["Location"]
    assert cookie_name(poll) in second.cookies, "the browser is remembered as having voted"


def test_another_browser_votes_on_its_own(client, poll):
    client.post(poll.url, vote_data(answers(poll)[0]))
    other = Client()
    other.post(poll.url, vote_data(answers(poll)[0]))
    assert counted(poll) == 2


def test_a_forged_cookie_neither_blocks_nor_counts_twice(client, poll_index, poll):
    client.cookies[cookie_name(poll)] = "da-binh-chon"
    assert 'name="option"' in client.get(poll.url).content.decode(), "not taken for a vote"
    client.post(poll.url, vote_data(answers(poll)[0]))
    assert counted(poll) == 1, "a forged cookie does not block"
    client.post(poll.url, vote_data(answers(poll)[0]))
    assert counted(poll) == 1, "the real cookie replaced it"

    # The cookie of another poll, copied under this poll's name, does not verify either.
    other = poll_page(poll_index, title="Câu hỏi khác")
    borrowed = Client()
    borrowed.post(poll.url, vote_data(answers(poll)[1]))
    borrowed.cookies[cookie_name(other)] = borrowed.cookies[cookie_name(poll)].value
    borrowed.post(other.url, vote_data(answers(other)[0]))
    assert counted(other) == 1


def test_a_closed_poll_refuses_votes(client, poll_index):
    poll = poll_page(poll_index, opens=datetime.timedelta(days=-10), closes=-datetime.timedelta(1))
    response = client.post(poll.url, vote_data(answers(poll)[0]))
    assert response.status_code == 403
    assert counted(poll) == 0
    assert cookie_name(poll) not in response.cookies
    html = soup(response)
    assert vi("This poll has closed: your vote was not counted.") in html.text
    assert html.select_one("#ket-qua") and not html.select_one("form.poll-form")


def test_a_poll_not_yet_open_refuses_votes(client, poll_index):
    poll = poll_page(poll_index, opens=datetime.timedelta(days=1))
    page = soup(client.get(poll.url))
    assert not page.select_one("form.poll-form") and not page.select_one("#ket-qua")
    assert [li.text for li in page.select(".poll-options-preview li")] == [
        option.label for option in answers(poll)
    ]
    response = client.post(poll.url, vote_data(answers(poll)[0]))
    assert response.status_code == 403
    assert counted(poll) == 0
    assert vi("This poll is not open yet: your vote was not counted.") in soup(response).text


def test_a_vote_needs_the_csrf_token(poll):
    browser = Client(enforce_csrf_checks=True)
    page = soup(browser.get(poll.url))
    assert browser.post(poll.url, vote_data(answers(poll)[0])).status_code == 403
    assert counted(poll) == 0
    token = page.select_one("input[name=csrfmiddlewaretoken]")["value"]
    data = vote_data(answers(poll)[0], csrfmiddlewaretoken=token)
    assert browser.post(poll.url, data).status_code == 302
    assert counted(poll) == 1


ROBOTS = {
    "honeypot": {"website": "https://quang-cao.example"},
    "forged-start": {"started": "1700000000.0"},  # not signed by the site
    "no-start": {"started": ""},
}


@pytest.mark.parametrize("robot", ROBOTS)
def test_robots_are_dropped_silently(client, poll, robot):
    response = client.post(poll.url, {**vote_data(answers(poll)[0]), **ROBOTS[robot]})
    assert response.status_code == 302 and response["Location"].startswith(poll.url)
    assert counted(poll) == 0
    assert cookie_name(poll) not in response.cookies, "a robot is not remembered as a voter"
    page = soup(client.get(poll.url))
    assert page.select_one("form.poll-form") and not page.select_one(".poll-messages")


def later(monkeypatch, seconds):
    start = time.time()
    monkeypatch.setattr(time, "time", lambda: start + seconds)


def shown_again(response, poll, choice):
    """The form came back, nothing counted: the choice kept, why, and a fresh start time."""
    assert response.status_code == 200
    assert counted(poll) == 0 and cookie_name(poll) not in response.cookies
    html = soup(response)
    assert html.select_one("#poll-error").text.strip()
    assert html.select_one("input[checked]")["value"] == str(choice.pk)
    return html.select_one("input[name=started]")["value"]


def test_a_vote_ticked_and_sent_at_once_is_counted(client, poll):
    """A vote is one click, not a typed form: no minimum time before sending it."""
    choice = answers(poll)[1]
    response = client.post(poll.url, vote_data(choice, seconds_ago=0))
    assert response.status_code == 302 and response["Location"].startswith(poll.url)
    assert list(PollVote.objects.values_list("option_id", flat=True)) == [choice.pk]
    assert cookie_name(poll) in response.cookies, "the quick voter is remembered"


def test_a_quick_vote_posted_twice_is_counted_once(client, poll):
    data = vote_data(answers(poll)[0], seconds_ago=0)
    first = client.post(poll.url, data)
    client.cookies.pop(cookie_name(poll))  # the second post left before the cookie came
    second = client.post(poll.url, data)
    assert first.status_code == second.status_code == 302
    assert counted(poll) == 1


def test_a_vote_sent_a_day_later_is_shown_again_to_be_sent(client, poll, monkeypatch):
    choice = answers(poll)[0]
    later(monkeypatch, -VoteForm.MAX_AGE_SECONDS - 60)
    old = started(seconds_ago=0)  # the page was opened yesterday
    monkeypatch.undo()
    shown_again(client.post(poll.url, {**vote_data(choice), "started": old}), poll, choice)


def test_a_vote_without_an_answer_shows_the_form_again(client, poll_index, poll):
    response = client.post(poll.url, {**vote_data(answers(poll)[0]), "option": ""})
    assert response.status_code == 200
    assert counted(poll) == 0 and cookie_name(poll) not in response.cookies
    html = soup(response)
    fieldset = html.select_one("form.poll-form fieldset")
    error = html.select_one("#poll-error")
    assert fieldset["aria-describedby"] == "poll-error"
    assert vi("Choose one of the answers.") in error.text
    assert all(radio.get("aria-invalid") == "true" for radio in fieldset.select("input"))

    other = poll_page(poll_index, title="Câu hỏi khác")
    response = client.post(poll.url, vote_data(answers(other)[0]))
    assert response.status_code == 200 and soup(response).select_one("#poll-error")
    assert PollVote.objects.count() == 0, "an answer of another poll is not counted"


def test_the_session_limit_trips(client, poll, settings):
    settings.INTERACTION_RATE_LIMITS = {"vote": (2, 3600, 100)}
    for _ in range(2):
        assert client.post(poll.url, vote_data(answers(poll)[0])).status_code == 302
        del client.cookies[cookie_name(poll)]  # the reader clears the poll's cookie...
    response = client.post(poll.url, vote_data(answers(poll)[0]))
    assert response.status_code == 429  # ...but keeps their session
    assert WAIT in response.content.decode()
    assert counted(poll) == 2, "nothing saved over the limit"
    assert cookie_name(poll) not in response.cookies


def test_a_whole_office_votes_from_one_address(poll, settings):
    settings.INTERACTION_RATE_LIMITS = {"vote": (2, 3600, 5)}
    office = [Client(REMOTE_ADDR="203.0.113.7") for _ in range(6)]
    for colleague in office[:5]:
        assert colleague.post(poll.url, vote_data(answers(poll)[0])).status_code == 302
    assert counted(poll) == 5, "more people than one session's allowance, one address"
    response = office[5].post(poll.url, vote_data(answers(poll)[0]))
    assert response.status_code == 429 and WAIT in response.content.decode()
    assert counted(poll) == 5
    elsewhere = Client(REMOTE_ADDR="198.51.100.20")
    assert elsewhere.post(poll.url, vote_data(answers(poll)[0])).status_code == 302
