"""Two people editing the same page or entry: the later save from an older copy is refused.

The admin's edit forms carry the revision they were loaded from (``loaded_revision_id`` and
``loaded_revision_created_at``). A save from a copy older than the latest revision would
silently replace someone else's work: it is refused with a message, the form keeps what was
typed, and the other person's revision stays the latest.
"""

import re

import pytest
from django.test import Client
from django.urls import reverse

from articles.models import ArticlePage
from schedule.models import ScheduleEntry
from tests.editorial.test_snippet_publishing import schedule_data
from tests.editorial.utils import article_form_data, create_article

pytestmark = pytest.mark.django_db

STALE = "Người khác đã lưu"


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def loaded_revision(html):
    """The hidden fields the edit form sends back: the revision it was loaded from."""
    found = dict(
        re.findall(r'name="(loaded_revision_id|loaded_revision_created_at)" value="([^"]*)"', html)
    )
    assert set(found) == {"loaded_revision_id", "loaded_revision_created_at"}, "no loaded revision"
    return found


def test_second_save_of_an_older_page_copy_is_refused(section, board):
    first, second = logged_in(board["editor_a"]), logged_in(board["editor_b"])
    _response, page = create_article(first, section, action=None, title="Tin hai người cùng sửa")
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    loaded_first = loaded_revision(first.get(url).content.decode())
    loaded_second = loaded_revision(second.get(url).content.decode())

    response = first.post(
        url, {**article_form_data(slug=page.slug, sapo="Sapo của người thứ nhất."), **loaded_first}
    )
    assert response.status_code == 302

    response = second.post(
        url, {**article_form_data(slug=page.slug, sapo="Sapo của người thứ hai."), **loaded_second}
    )
    assert response.status_code == 200  # the form again, nothing saved
    html = response.content.decode()
    assert STALE in html
    assert "Sapo của người thứ hai." in html  # what the second person typed is kept
    latest = ArticlePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert latest.sapo == "Sapo của người thứ nhất."
    # Seen the warning, the second person may save again on purpose: the form now carries
    # the latest revision, and the first person's work stays in the history.
    again = loaded_revision(html)
    assert again["loaded_revision_id"] == str(
        ArticlePage.objects.get(pk=page.pk).latest_revision_id
    )


def test_second_save_of_an_older_schedule_entry_copy_is_refused(board, workflows):
    first, second = logged_in(board["editor_a"]), logged_in(board["editor_b"])
    first.post(reverse("wagtailsnippets_schedule_scheduleentry:add"), schedule_data())
    entry = ScheduleEntry.objects.get()
    url = reverse("wagtailsnippets_schedule_scheduleentry:edit", args=(entry.pk,))
    loaded_first = loaded_revision(first.get(url).content.decode())
    loaded_second = loaded_revision(second.get(url).content.decode())

    response = first.post(url, {**schedule_data(place="Phòng họp số 2"), **loaded_first})
    assert response.status_code == 302

    response = second.post(url, {**schedule_data(place="Hội trường tầng 3"), **loaded_second})
    assert response.status_code == 200
    html = response.content.decode()
    assert STALE in html
    assert "Hội trường tầng 3" in html
    entry.refresh_from_db()
    assert entry.latest_revision.as_object().place == "Phòng họp số 2"


def test_saving_from_the_latest_copy_still_works(section, board):
    editor = logged_in(board["editor_a"])
    _response, page = create_article(editor, section, action=None, title="Tin một người sửa")
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    for sapo in ("Lần sửa thứ nhất.", "Lần sửa thứ hai."):
        loaded = loaded_revision(editor.get(url).content.decode())
        response = editor.post(url, {**article_form_data(slug=page.slug, sapo=sapo), **loaded})
        assert response.status_code == 302
    assert (
        ArticlePage.objects.get(pk=page.pk).get_latest_revision_as_object().sapo
        == "Lần sửa thứ hai."
    )
