"""The home page's lead and featured stories: the editors' choice while it lasts."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from home.models import FEATURED_COUNT, HomeSelection
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.home.factories import HomeSelectionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def section(home):
    return ArticleIndexPageFactory(parent=home, title="Tin tức – Sự kiện")


@pytest.fixture
def articles(section):
    """Seven live articles, the newest first."""
    start = timezone.now() - datetime.timedelta(days=30)
    made = [
        ArticlePageFactory(parent=section, title=f"Tin số {n}", date=start + datetime.timedelta(n))
        for n in range(7)
    ]
    return made[::-1]


def titles(home):
    return [article.title for article in home.lead_articles()]


def test_without_a_choice_the_newest_lead(home, articles):
    assert titles(home) == [a.title for a in articles[: 1 + FEATURED_COUNT]]


def test_chosen_stories_come_first_in_their_places(home, articles):
    oldest, second_oldest = articles[-1], articles[-2]
    HomeSelectionFactory(home=home, position=2, article=oldest)
    HomeSelectionFactory(home=home, position=HomeSelection.LEAD, article=second_oldest)
    assert titles(home) == [second_oldest.title, oldest.title, *[a.title for a in articles[:3]]], (
        "the lead story, then the featured one, then the newest fill the places left"
    )


def test_an_expired_choice_stops_showing_by_itself(home, articles):
    oldest = articles[-1]
    selection = HomeSelectionFactory(
        home=home, article=oldest, expires_at=timezone.now() + datetime.timedelta(hours=1)
    )
    assert titles(home)[0] == oldest.title
    selection.expires_at = timezone.now() - datetime.timedelta(minutes=1)
    selection.save()
    assert oldest.title not in titles(home), "an expired choice is ignored when the page is read"
    assert titles(home)[0] == articles[0].title


def test_unpublished_and_private_articles_are_skipped(home, section, articles):
    withdrawn, private = articles[-1], articles[-2]
    HomeSelectionFactory(home=home, position=0, article=withdrawn)
    HomeSelectionFactory(home=home, position=1, article=private)
    withdrawn.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    shown = titles(home)
    assert withdrawn.title not in shown
    assert private.title not in shown
    assert shown == [a.title for a in articles[:5] if a not in (withdrawn, private)]


def test_the_home_page_shows_the_choice(client, home, articles):
    oldest = articles[-1]
    HomeSelectionFactory(home=home, article=oldest)
    lead = client.get("/").content.decode().split('class="lead-grid"')[1]
    assert lead.index(oldest.title) < lead.index(articles[0].title)


def card_links(html):
    """The address of every article card's headline on a page, in order."""
    return re.findall(r'class="card-title"><a href="([^"]+)"', html)


def test_each_story_shows_once_on_the_home_page(client, home, section, articles):
    other = ArticleIndexPageFactory(parent=home, title="Văn hóa – Xã hội")
    start = timezone.now() - datetime.timedelta(days=60)
    older = [
        ArticlePageFactory(parent=other, title=f"Tin cũ {n}", date=start + datetime.timedelta(n))
        for n in range(4)
    ]
    HomeSelectionFactory(home=home, position=1, article=older[0])

    links = card_links(client.get("/").content.decode())

    assert sorted(set(links)) == sorted(links), f"a story shows twice on the home page: {links}"
    shown = home.lead_articles()
    sections = dict(home.section_articles(shown=[a.pk for a in shown]))
    assert [a.title for a in sections[section]] == [a.title for a in articles[4:]], (
        "the news section leaves out the four newest (lead or featured) and shows the next ones"
    )
    assert [a.title for a in sections[other]] == [a.title for a in older[::-1][:3]], (
        "the chosen featured story is left out and the section fills up with the next newest"
    )
    assert len(links) == 1 + FEATURED_COUNT + 3 + 3
