"""People pickers: the board by full name and role, never the technician's account; a
contributor is the author of what they write, only editors credit someone else."""

import pytest
from django.urls import reverse

from portal import roles
from tests.accounts.factories import UserFactory
from tests.editorial.utils import create_article, edit_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def technician(db):
    return UserFactory(username=roles.TECHNICIAN_USERNAME, is_superuser=True, is_staff=True)


def author_picker(client, user, section):
    client.force_login(user)
    url = reverse("wagtailadmin_pages:add", args=("articles", "articlepage", section.pk))
    response = client.get(url)
    assert response.status_code == 200
    return response.context["form"].fields["author"]


def test_the_author_picker_lists_the_board_by_name(client, board, section, technician):
    field = author_picker(client, board["editor_a"], section)
    people = list(field.queryset)
    assert technician not in people, "the technician's account is not an author"
    assert board["contributor"] in people
    editor = board["editor_a"]
    label = field.label_from_instance(editor)
    assert label == f"{editor.get_full_name()} ({roles.EDITOR.group_name})", label
    assert editor.username not in label


def test_a_contributor_is_the_author_and_cannot_name_another(client, board, section, technician):
    field = author_picker(client, board["contributor"], section)
    assert field.disabled, "a contributor's author field is fixed"
    _response, page = create_article(client, section, author=board["editor_a"].pk)
    assert page is not None
    assert page.author == board["contributor"], "a posted author is ignored for a contributor"


def test_an_editor_may_credit_another_member(client, board, section, technician):
    client.force_login(board["contributor"])
    _response, page = create_article(client, section, action=None)
    client.force_login(board["editor_a"])
    edit_article(client, page, author=board["contributor2"].pk)
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().author == board["contributor2"]
    response = edit_article(client, page, author=technician.pk)
    assert response.status_code == 200, "the technician is not a choice"
