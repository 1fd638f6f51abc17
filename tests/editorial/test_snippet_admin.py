"""The admin screens of snippets Wagtail leaves unguarded or unfinished: the confirmation of a
workflow's cancellation (it names the workflow and its step), the revert screen (it checked
the whole object and raised), and the snippet choosers' "create" address (no form behind it)."""

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.snippets.models import get_snippet_models

from banners.models import Banner
from portal.snippets import SnippetChooserViewSet
from schedule.models import ScheduleEntry
from tests.articles.factories import ArticleIndexPageFactory
from tests.banners.factories import BannerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def banner_in_review(board):
    banner = BannerFactory(title="Banner cuộc thi")
    banner.save_revision(user=board["admin"])
    banner.get_workflow().start(banner, board["admin"])
    return Banner.objects.get(pk=banner.pk)


@pytest.mark.parametrize("name", ["contributor", "editor_a"])
def test_the_workflow_cancellation_dialog_is_refused_without_the_change_permission(
    client, board, banner_in_review, name
):
    url = reverse(
        "wagtailsnippets_banners_banner:confirm_workflow_cancellation", args=(banner_in_review.pk,)
    )
    client.force_login(board[name])
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    # The editor opens it as a modal: its scripts get a plain 403.
    response = client.get(url, headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 403
    assert "Duyệt banner" not in response.content.decode()


def test_the_workflow_cancellation_dialog_still_answers_who_edits_it(
    client, board, banner_in_review
):
    url = reverse(
        "wagtailsnippets_banners_banner:confirm_workflow_cancellation", args=(banner_in_review.pk,)
    )
    client.force_login(board["admin"])
    response = client.get(url, headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 200
    assert "Duyệt banner – menu" in response.json()["html"]


def test_reverting_to_a_draft_without_its_date_shows_the_form_again(client, board, workflows):
    editor = board["editor_a"]
    entry = ScheduleEntry(content="Họp Ban Thường vụ", live=False)
    entry.save()
    undated = entry.save_revision(user=editor, clean=False)  # a draft may leave the date open
    entry.date = timezone.localdate()
    entry.save()
    entry.save_revision(user=editor)
    revisions = entry.revisions.count()
    url = reverse(
        "wagtailsnippets_schedule_scheduleentry:revisions_revert", args=(entry.pk, undated.pk)
    )
    client.force_login(editor)
    # What the revert screen posts: the older revision's fields, the date empty.
    response = client.post(url, {"date": "", "start_time": "", "content": "Họp Ban Thường vụ"})
    assert response.status_code == 200
    assert "date" in response.context["form"].errors
    assert entry.revisions.count() == revisions


def test_every_snippet_chooser_answers_404_at_its_creation_address(admin_client, workflows):
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        assert issubclass(viewset.chooser_viewset_class, SnippetChooserViewSet), model
        url = reverse(viewset.chooser_viewset.get_url_name("create"))
        assert admin_client.get(url).status_code == 404, model
        assert admin_client.post(url, {"name": "Mới"}).status_code == 404, model


def test_snippet_choosers_speak_the_language_of_the_request(admin_client, home):
    """The article form's unit chooser is hidden until "member unit" is picked, so the
    browser test of the admin's language does not read it: the markup is checked here."""
    section = ArticleIndexPageFactory(parent=home, title="Tin tức", slug="tin-tuc")
    html = admin_client.get(f"/admin/pages/add/articles/articlepage/{section.pk}/").content
    text = html.decode()
    assert "Chọn đơn vị" in text
    assert "Choose unit" not in text and "Choose another unit" not in text
