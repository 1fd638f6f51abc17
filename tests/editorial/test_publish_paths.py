"""Every path that can make a page live goes through the workflow, the chief editor's too.

The chief editor and the deputy hold the publish permission (to give the final approval and
to take a page down quickly), so each way around the workflow is tried with their accounts:
the admin's page API, the copy form, bulk actions, the editor and scripts.
"""

import datetime
import json

import pytest
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import Page, WorkflowState

from articles.models import ArticlePage
from portal.publishing import PublishRefused, direct_publishing
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.editorial.utils import create_article, edit_article, workflow_action

pytestmark = pytest.mark.django_db

PUBLISHERS = ("chief", "deputy")


def login(client, user):
    client.force_login(user)
    return client


def api_action(client, page, action, **data):
    url = f"/admin/api/main/pages/{page.pk}/action/{action}/"
    return client.post(url, json.dumps(data), content_type="application/json")


def draft_by(client, user, section, title):
    """A draft saved by ``user`` and never submitted."""
    response, page = create_article(login(client, user), section, action=None, title=title)
    assert response.status_code == 302 and page is not None and not page.live
    return page


def submitted_by(client, user, section, title):
    response, page = create_article(login(client, user), section, title=title)
    assert response.status_code == 302 and page.current_workflow_task.name == "Kiểm duyệt"
    return page


def is_live(page):
    return Page.objects.get(pk=page.pk).live


def message_texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def other_section(section, board):
    from editorial.setup import setup_editorial

    other = ArticleIndexPageFactory(parent=section.get_parent(), title="Hoạt động cơ sở")
    setup_editorial()
    return other


# The admin's page API ---------------------------------------------------------------------


@pytest.mark.parametrize("publisher", PUBLISHERS)
@pytest.mark.parametrize("writer", ["contributor", "editor_a"])
def test_api_publish_of_an_unsubmitted_draft_is_refused(client, section, board, publisher, writer):
    page = draft_by(client, board[writer], section, f"Bản nháp của {writer}")
    response = api_action(login(client, board[publisher]), page, "publish")
    assert response.status_code == 403, response.content
    assert not is_live(page)


@pytest.mark.parametrize("publisher", PUBLISHERS)
def test_api_publish_during_review_is_refused_and_the_review_goes_on(
    client, section, board, publisher
):
    page = submitted_by(client, board["contributor"], section, "Tin đang chờ kiểm duyệt")
    state = page.current_workflow_state
    response = api_action(login(client, board[publisher]), page, "publish")
    assert response.status_code == 403, response.content
    assert not is_live(page)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS  # not cancelled
    page.refresh_from_db()
    assert page.current_workflow_task.name == "Kiểm duyệt"


@pytest.mark.parametrize("publisher", PUBLISHERS)
def test_api_copy_keeping_it_live_is_refused(client, section, board, publisher):
    source = ArticlePageFactory(parent=section, title="Tin đã duyệt")
    response = api_action(
        login(client, board[publisher]),
        source,
        "copy",
        keep_live=True,
        title="Tiêu đề chưa ai duyệt",
        slug="tieu-de-chua-ai-duyet",
    )
    assert response.status_code == 403, response.content
    assert not ArticlePage.objects.filter(title="Tiêu đề chưa ai duyệt", live=True).exists()
    # Copying as a draft stays possible.
    response = api_action(
        login(client, board[publisher]), source, "copy", keep_live=False, slug="ban-sao"
    )
    assert response.status_code == 201, response.content
    assert not ArticlePage.objects.get(slug="ban-sao").live


@pytest.mark.parametrize("publisher", PUBLISHERS)
def test_api_alias_of_a_live_page_in_another_section_is_refused(
    client, section, other_section, board, publisher
):
    source = ArticlePageFactory(parent=section, title="Tin đã duyệt")
    response = api_action(
        login(client, board[publisher]),
        source,
        "create_alias",
        destination_page_id=other_section.pk,
    )
    assert response.status_code == 403, response.content
    assert not Page.objects.filter(alias_of=source).exists()


def move(client, user, page, destination, position):
    return api_action(
        login(client, user), page, "move", destination_page_id=destination.pk, position=position
    )


@pytest.mark.parametrize("publisher", PUBLISHERS)
def test_api_move_of_a_live_page_into_another_section_is_refused(
    client, section, other_section, board, publisher
):
    page = ArticlePageFactory(parent=section, title="Tin đã duyệt")
    sibling = ArticlePageFactory(parent=section, title="Tin bên cạnh")
    response = move(client, board[publisher], page, other_section, "last-child")
    assert response.status_code == 403, response.content
    page.refresh_from_db()
    assert page.get_parent().pk == section.pk
    # Reordering within its own section publishes nothing new and stays possible.
    response = move(client, board[publisher], page, sibling, "right")
    assert response.status_code == 200, response.content


def test_admin_move_of_a_live_page_into_another_section_is_refused(
    client, section, other_section, board
):
    page = ArticlePageFactory(parent=section, title="Tin đã duyệt")
    url = reverse("wagtailadmin_pages:move_confirm", args=(page.pk, other_section.pk))
    response = login(client, board["chief"]).post(url)
    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert page.get_parent().pk == section.pk


MOVERS = ("contributor", "editor_a", "deputy", "chief", "admin", "technician")


def person(board, superuser, name):
    return superuser if name == "technician" else board[name]


@pytest.mark.parametrize("name", MOVERS)
def test_moving_a_live_page_to_another_section_is_not_offered_nor_confirmed(
    client, section, other_section, board, superuser, name
):
    page = ArticlePageFactory(parent=section, title="Tin đã duyệt")
    user = person(board, superuser, name)
    login(client, user)
    assert not page.permissions_for_user(user).can_move()
    choose = reverse("wagtailadmin_pages:move", args=(page.pk,))
    confirm = reverse("wagtailadmin_pages:move_confirm", args=(page.pk, other_section.pk))
    for response in (client.get(choose), client.get(confirm), client.post(confirm)):
        # Wagtail's "permission denied": back to the dashboard with its message.
        assert response.status_code == 302, response
        assert response["Location"] == reverse("wagtailadmin_home")
    page.refresh_from_db()
    assert page.get_parent().pk == section.pk


@pytest.mark.parametrize("name", MOVERS)
def test_bulk_move_of_a_live_page_to_another_section_is_refused(
    client, section, other_section, board, superuser, name
):
    page = ArticlePageFactory(parent=section, title="Tin đã duyệt")
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "move")) + f"?id={page.pk}"
    login(client, person(board, superuser, name))
    assert list(client.get(url).context["items"]) == []
    client.post(url, {"chooser": other_section.pk})
    page.refresh_from_db()
    assert page.get_parent().pk == section.pk


def test_a_live_page_is_still_reordered_among_its_siblings(client, section, board):
    first = ArticlePageFactory(parent=section, title="Tin thứ nhất")
    second = ArticlePageFactory(parent=section, title="Tin thứ hai")
    url = reverse("wagtailadmin_pages:set_page_position", args=(second.pk,))
    response = login(client, board["chief"]).post(f"{url}?position=0")
    assert response.status_code == 200
    assert [p.pk for p in section.get_children()] == [second.pk, first.pk]


def test_a_draft_is_still_moved_to_another_section_by_its_author(
    client, section, other_section, board
):
    page = draft_by(client, board["contributor"], section, "Bản nháp đặt nhầm chuyên mục")
    confirm = reverse("wagtailadmin_pages:move_confirm", args=(page.pk, other_section.pk))
    assert client.get(reverse("wagtailadmin_pages:move", args=(page.pk,))).status_code == 200
    assert client.get(confirm).status_code == 200
    assert client.post(confirm).status_code == 302
    page.refresh_from_db()
    assert page.get_parent().pk == other_section.pk


@pytest.mark.parametrize("publisher", PUBLISHERS)
def test_api_revert_only_saves_a_draft(client, section, board, publisher):
    page = ArticlePageFactory(parent=section, title="Tin đã duyệt", sapo="Sapo đã duyệt.")
    page.save_revision()
    edit_article(login(client, board["editor_a"]), page, sapo="Sapo chưa duyệt.")
    unapproved = page.get_latest_revision()
    response = api_action(
        login(client, board[publisher]), page, "revert_to_page_revision", revision_id=unapproved.pk
    )
    assert response.status_code == 200, response.content
    page = ArticlePage.objects.get(pk=page.pk)
    assert page.live and page.sapo == "Sapo đã duyệt."
    # ...and publishing that draft through the API is refused.
    assert api_action(login(client, board[publisher]), page, "publish").status_code == 403
    assert ArticlePage.objects.get(pk=page.pk).sapo == "Sapo đã duyệt."


def test_unpublishing_stays_with_the_chief_editor(client, section, board):
    page = ArticlePageFactory(parent=section, title="Tin phải gỡ gấp")
    assert page.permissions_for_user(board["chief"]).can_unpublish()
    response = api_action(login(client, board["chief"]), page, "unpublish")
    assert response.status_code == 200, response.content
    assert not is_live(page)
    other = ArticlePageFactory(parent=section, title="Tin thứ hai phải gỡ")
    url = reverse("wagtailadmin_pages:unpublish", args=(other.pk,))
    assert login(client, board["deputy"]).post(url).status_code == 302
    assert not is_live(other)


# The admin's forms ---------------------------------------------------------------------------


@pytest.mark.parametrize("publisher", PUBLISHERS)
def test_copy_form_publish_copies_gives_a_draft_and_says_so(client, section, board, publisher):
    source = ArticlePageFactory(parent=section, title="Tin đã duyệt")
    url = reverse("wagtailadmin_pages:copy", args=(source.pk,))
    form = login(client, board[publisher]).get(url).content.decode()
    assert 'name="publish_copies"' not in form and 'name="alias"' not in form
    response = client.post(
        url,
        {
            "new_title": "Bản sao chưa duyệt",
            "new_slug": "ban-sao-chua-duyet",
            "new_parent_page": section.pk,
            "publish_copies": "on",
        },
    )
    assert response.status_code == 302
    copy = ArticlePage.objects.get(slug="ban-sao-chua-duyet")
    assert not copy.live
    assert any("bản nháp" in text for text in message_texts(response)), message_texts(response)


def test_copy_form_alias_is_not_made(client, section, board):
    source = ArticlePageFactory(parent=section, title="Tin đã duyệt")
    url = reverse("wagtailadmin_pages:copy", args=(source.pk,))
    login(client, board["chief"]).post(
        url,
        {
            "new_title": "Bí danh",
            "new_slug": "bi-danh",
            "new_parent_page": section.pk,
            "alias": "on",
        },
    )
    assert not Page.objects.filter(alias_of=source).exists()
    assert not Page.objects.filter(slug="bi-danh", live=True).exists()


@pytest.mark.parametrize("publisher", PUBLISHERS)
def test_bulk_publish_is_refused(client, section, board, publisher):
    page = draft_by(client, board["editor_a"], section, "Bản nháp chờ đăng hàng loạt")
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    login(client, board[publisher]).post(f"{url}?id={page.pk}", {"include_descendants": ""})
    assert not is_live(page)


@pytest.mark.parametrize("publisher", PUBLISHERS)
def test_editor_publish_button_saves_a_draft_and_says_so(client, section, board, publisher):
    page = draft_by(client, board["editor_a"], section, "Bản nháp của biên tập viên")
    response = edit_article(login(client, board[publisher]), page, action="action-publish")
    assert response.status_code == 302
    assert not is_live(page)
    assert any("bản nháp" in text for text in message_texts(response)), message_texts(response)
    assert not page.permissions_for_user(board[publisher]).can_publish()


def test_the_technician_does_not_publish_around_the_workflow(client, section, board, superuser):
    page = draft_by(client, board["editor_a"], section, "Bản nháp kỹ thuật viên thấy")
    assert not page.permissions_for_user(superuser).can_publish()
    assert api_action(login(client, superuser), page, "publish").status_code == 403
    assert not is_live(page)


# Scripts ---------------------------------------------------------------------------------


def test_script_publish_is_refused_outside_the_named_bypass(section, board):
    page = ArticlePageFactory(parent=section, live=False, title="Tin đăng bằng lệnh")
    with pytest.raises(PublishRefused):
        page.save_revision().publish()
    assert not is_live(page)
    with direct_publishing("loading fixtures"):
        page.save_revision().publish()
    assert is_live(page)


def test_script_copy_live_and_alias_are_refused_outside_the_bypass(section, other_section, board):
    source = ArticlePageFactory(parent=section, title="Tin đã duyệt")
    with pytest.raises(PublishRefused):
        source.copy(to=other_section, update_attrs={"slug": "ban-sao-lenh"}, keep_live=True)
    with pytest.raises(PublishRefused):
        source.create_alias(parent=other_section)
    assert not Page.objects.filter(live=True, slug="ban-sao-lenh").exists()
    assert not Page.objects.filter(alias_of=source).exists()
    draft = source.copy(to=other_section, update_attrs={"slug": "ban-nhap"}, keep_live=False)
    assert not draft.live


def test_script_scheduling_by_revision_is_refused(section, board):
    page = ArticlePageFactory(parent=section, live=False, title="Tin hẹn giờ bằng lệnh")
    with pytest.raises(PublishRefused):
        page.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
    call_command("publish_scheduled")
    assert not is_live(page)


# The workflow itself still publishes --------------------------------------------------------


def approve_all(client, board, page, approvers=("editor_a", "editor_b", "chief")):
    for approver in approvers:
        response = workflow_action(login(client, board[approver]), page, "approve")
        assert response.status_code == 302, (approver, response.status_code)


def test_three_steps_still_publish(client, section, board):
    page = submitted_by(client, board["contributor"], section, "Tin qua ba bước")
    approve_all(client, board, page)
    assert is_live(page)


def test_approved_and_scheduled_revision_goes_live_on_time(client, section, board):
    go_live = timezone.now() + datetime.timedelta(hours=3)
    local = timezone.localtime(go_live).strftime("%d/%m/%Y %H:%M")
    response, page = create_article(
        login(client, board["contributor"]), section, title="Tin hẹn giờ đã duyệt", go_live_at=local
    )
    assert response.status_code == 302
    approve_all(client, board, page)
    assert not is_live(page)
    assert page.get_latest_revision().approved_go_live_at is not None
    with freeze_time(go_live + datetime.timedelta(minutes=2)):
        call_command("publish_scheduled")
    assert is_live(page)


# Every page and moderated snippet is guarded ---------------------------------------------


def test_every_page_and_moderated_model_uses_the_guard():
    from django.apps import apps
    from wagtail.models import WorkflowMixin

    from portal.models import PortalPage
    from portal.publishing import PublishRulesMixin

    ours = [m for m in apps.get_models() if not m.__module__.startswith("wagtail")]
    for model in ours:
        if issubclass(model, Page):
            assert issubclass(model, PortalPage), model
        if issubclass(model, WorkflowMixin):
            assert issubclass(model, PublishRulesMixin), model
