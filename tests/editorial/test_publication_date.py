"""The date readers see: the first publication time, unless an editor chose one."""

import datetime
import zoneinfo

import pytest
from freezegun import freeze_time

from articles.models import ArticlePage
from tests.articles.factories import ArticlePageFactory
from tests.editorial.utils import create_article, edit_article, workflow_action

pytestmark = pytest.mark.django_db

VN = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
DAY_1 = datetime.datetime(2026, 12, 1, 8, 0, tzinfo=VN)
DAY_2 = datetime.datetime(2026, 12, 2, 9, 0, tzinfo=VN)
DAY_3 = datetime.datetime(2026, 12, 3, 15, 30, tzinfo=VN)


def approve_to_live(client, board, page, later=datetime.timedelta(0)):
    """The review and edit steps on day 2, the chief editor's approval on day 3 (+ later)."""
    with freeze_time(DAY_2 + later):
        client.force_login(board["editor_a"])
        assert workflow_action(client, page, "approve").status_code == 302
        client.force_login(board["editor_b"])
        assert workflow_action(client, page, "approve").status_code == 302
    with freeze_time(DAY_3 + later):
        client.force_login(board["chief"])
        assert workflow_action(client, page, "approve").status_code == 302
    page.refresh_from_db()
    assert page.live, "the chief editor's approval should publish the article"


def test_undated_draft_started_day_1_approved_day_3_shows_day_3(client, section, board):
    with freeze_time(DAY_1):
        client.force_login(board["contributor"])
        response, page = create_article(client, section, date="")
        assert response.status_code == 302, response.content.decode()[:2000]
    assert page.date is None, "an undated draft should keep its date empty"

    approve_to_live(client, board, page)

    assert page.first_published_at == DAY_3
    assert page.date == DAY_3, "readers should see the day it went live, not the day it began"


def test_date_typed_by_an_editor_is_kept(client, section, board):
    with freeze_time(DAY_1):
        client.force_login(board["contributor"])
        response, page = create_article(client, section, date="30/11/2026 08:30")
        assert response.status_code == 302, response.content.decode()[:2000]

    approve_to_live(client, board, page)

    assert page.date == datetime.datetime(2026, 11, 30, 8, 30, tzinfo=VN)


def test_listing_follows_the_publication_date(client, section, board):
    older = ArticlePageFactory(parent=section, title="Tin đăng hôm qua", date=DAY_2)
    with freeze_time(DAY_1):
        client.force_login(board["contributor"])
        _response, page = create_article(client, section, title="Tin viết từ ngày 1", date="")
    approve_to_live(client, board, page)

    newest = list(ArticlePage.newest_below(section))
    assert newest[:2] == [page, older], "the article approved on day 3 should be listed first"


def test_republishing_keeps_the_first_publication_date(client, section, board):
    with freeze_time(DAY_1):
        client.force_login(board["contributor"])
        _response, page = create_article(client, section, date="")
    approve_to_live(client, board, page)

    week = datetime.timedelta(days=7)
    with freeze_time(DAY_1 + week):
        client.force_login(board["contributor"])
        edit_article(client, page, action="action-submit", date="", sapo="Cập nhật số liệu.")
    approve_to_live(client, board, page, later=week)

    assert page.last_published_at == DAY_3 + week
    assert page.date == DAY_3, "a correction should not move the article to the top again"
