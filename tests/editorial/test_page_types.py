"""Page types by role: contributors write articles inside a section, never a new section."""

import pytest
from django.urls import reverse

from articles.models import ArticleIndexPage

pytestmark = pytest.mark.django_db


def types_offered(client, user, section):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_pages:add_subpage", args=(section.pk,)))
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def section_form(section):
    return reverse("wagtailadmin_pages:add", args=("articles", "articleindexpage", section.pk))


def article_form(section):
    return reverse("wagtailadmin_pages:add", args=("articles", "articlepage", section.pk))


def test_a_contributor_is_offered_only_the_article(client, board, section):
    html = types_offered(client, board["contributor"], section)
    assert article_form(section) in html, "the article type is offered"
    assert section_form(section) not in html, "a section is not offered to a contributor"


def test_a_contributor_cannot_open_or_post_the_section_form(client, board, section):
    client.force_login(board["contributor"])
    # Wagtail answers a refusal in its admin by going back to the dashboard with a message.
    response = client.get(section_form(section))
    assert (response.status_code, response.get("Location")) == (302, "/admin/")
    response = client.post(section_form(section), {"title": "Chuyên mục mới", "slug": "moi"})
    assert (response.status_code, response.get("Location")) == (302, "/admin/")
    assert not ArticleIndexPage.objects.filter(title="Chuyên mục mới").exists()
    assert client.get(article_form(section)).status_code == 200, "articles stay allowed"


def test_the_editors_still_see_both_types(client, board, section):
    html = types_offered(client, board["editor_a"], section)
    assert article_form(section) in html and section_form(section) in html
