"""The admin's page API waits for a page's lock, as the editor does: an article in review is
changed only by its current reviewer, a page someone locked only by them."""

import json

import pytest
from django.utils import timezone
from wagtail.models import Page, Revision

from tests.articles.factories import ArticlePageFactory
from tests.editorial.utils import create_article

pytestmark = pytest.mark.django_db


def api_action(client, user, page, action, **data):
    client.force_login(user)
    url = f"/admin/api/main/pages/{page.pk}/action/{action}/"
    return client.post(url, json.dumps(data), content_type="application/json")


def revisions_of(page):
    return Revision.page_revisions.filter(object_id=str(page.pk)).count()


@pytest.fixture
def in_review(client, section, board):
    """The contributor's article, submitted: at the review step, locked for all but editors."""
    client.force_login(board["contributor"])
    response, page = create_article(client, section, sapo="Sapo gửi duyệt.")
    assert response.status_code == 302 and page.current_workflow_task.name == "Kiểm duyệt"
    return page


@pytest.mark.parametrize("name", ["contributor", "admin", "deputy", "chief"])
def test_revert_of_a_page_in_review_is_refused_to_whoever_it_is_locked_for(
    client, board, in_review, name
):
    first = in_review.revisions.order_by("pk").first()
    before = revisions_of(in_review)
    response = api_action(
        client, board[name], in_review, "revert_to_page_revision", revision_id=first.pk
    )
    assert response.status_code == 403, response.content
    assert "đang bị khóa" in response.json()["detail"]
    assert revisions_of(in_review) == before


def test_its_reviewer_still_reverts_it(client, board, in_review):
    first = in_review.revisions.order_by("pk").first()
    before = revisions_of(in_review)
    response = api_action(
        client, board["editor_a"], in_review, "revert_to_page_revision", revision_id=first.pk
    )
    assert response.status_code == 200, response.content
    assert revisions_of(in_review) == before + 1


@pytest.mark.parametrize(
    "action", ["revert_to_page_revision", "unpublish", "delete", "move", "publish"]
)
def test_a_page_someone_locked_is_left_as_it_is(client, section, board, action):
    page = ArticlePageFactory(parent=section, title="Tin đang khóa")
    page.save_revision()
    sibling = ArticlePageFactory(parent=section, title="Tin bên cạnh")
    Page.objects.filter(pk=page.pk).update(
        locked=True, locked_by=board["editor_a"], locked_at=timezone.now()
    )
    data = {
        "revert_to_page_revision": {"revision_id": page.revisions.order_by("pk").first().pk},
        "move": {"destination_page_id": sibling.pk, "position": "right"},
    }.get(action, {})
    before = (revisions_of(page), list(section.get_children().values_list("pk", "live")))
    response = api_action(client, board["chief"], page, action, **data)
    assert response.status_code == 403, response.content
    assert (revisions_of(page), list(section.get_children().values_list("pk", "live"))) == before


def test_a_locked_page_is_still_copied_as_a_draft(client, section, board):
    page = ArticlePageFactory(parent=section, title="Tin đang khóa", slug="tin-dang-khoa")
    Page.objects.filter(pk=page.pk).update(locked=True, locked_by=board["editor_a"])
    response = api_action(
        client, board["editor_b"], page, "copy", keep_live=False, slug="tin-dang-khoa-ban-sao"
    )
    assert response.status_code == 201, response.content
    assert Page.objects.filter(slug="tin-dang-khoa-ban-sao", live=False).exists()
