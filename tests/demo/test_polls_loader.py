"""The demo's polls: one open with votes, one closed with its results, created once."""

import datetime

import pytest

from demo import polls as demo
from demo.datafiles import read
from navigation.models import Menu
from polls.models import CLOSED, OPEN, PollIndexPage, PollPage, PollVote
from tests.home.factories import StandardPageFactory
from tests.navigation.factories import menu_item
from tests.polls.utils import soup

pytestmark = pytest.mark.django_db
HOUR = datetime.timedelta(hours=1)


def counts():
    return (PollIndexPage.objects.count(), PollPage.objects.count(), PollVote.objects.count())


def test_loader_creates_the_polls_once(home, client):
    index = demo.load_polls(home)
    first = counts()
    assert demo.load_polls(home).pk == index.pk
    polls = read("polls")["polls"]
    votes = sum(answer["votes"] for spec in polls for answer in spec["answers"])
    assert counts() == first == (1, 2, votes)

    assert index.title == "Thăm dò ý kiến" and index.slug == "tham-do-y-kien" and index.live
    open_poll, closed_poll = (PollPage.objects.get(slug=spec["slug"]) for spec in polls)
    assert open_poll.live and open_poll.status() == OPEN
    assert closed_poll.live and closed_poll.status() == CLOSED
    for poll in (open_poll, closed_poll):
        assert poll.options.count() >= 4
        for vote in poll.votes.all():
            assert poll.opens_at - HOUR <= vote.cast_at <= poll.closes_at, "while open"
            assert vote.cast_at.minute == 0, "to the hour, as real votes"

    html = soup(client.get(index.url))
    assert [a.text for a in html.select(".poll-card-title a")] == [
        open_poll.title,
        closed_poll.title,
    ]
    results = soup(client.get(closed_poll.url)).select(".poll-answer-figures")
    assert len(results) == 4, "a closed poll shows its results to everyone"
    assert soup(client.get(open_poll.url)).select_one("form.poll-form")


def test_the_poll_list_joins_the_contact_entry_of_the_main_menu_once(home):
    contact = StandardPageFactory(parent=home, title="Liên hệ", slug="lien-he")
    english = StandardPageFactory(parent=home, title="English", slug="english")
    about = StandardPageFactory(parent=home, title="Giới thiệu", slug="gioi-thieu")
    menu = Menu.objects.create(
        location="main",
        items=[menu_item(about), menu_item(contact, children=[menu_item(english)])],
        live=False,
    )
    menu.save_revision().publish()
    index = demo.load_polls(home)
    demo.add_to_main_menu(index)
    menu.refresh_from_db()
    items = menu.items.raw_data
    assert [item["value"]["page"] for item in items] == [about.pk, contact.pk]
    assert [child["value"]["page"] for child in items[1]["value"]["children"]] == [
        index.pk,
        english.pk,
    ]
    assert menu.live and not menu.has_unpublished_changes


def test_without_a_contact_entry_the_poll_list_goes_before_the_contact_page(home):
    about = StandardPageFactory(parent=home, title="Giới thiệu", slug="gioi-thieu")
    schedule = StandardPageFactory(parent=home, title="Lịch công tác", slug="lich-cong-tac")
    menu = Menu.objects.create(
        location="main", items=[menu_item(about), menu_item(schedule)], live=False
    )
    menu.save_revision().publish()
    index = demo.load_polls(home)
    menu.refresh_from_db()
    assert [item["value"]["page"] for item in menu.items.raw_data] == [
        about.pk,
        index.pk,
        schedule.pk,
    ]
