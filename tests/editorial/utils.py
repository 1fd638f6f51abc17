"""Driving the admin as the editorial board does: forms posted with the test client."""

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles.models import ArticlePage
from portal.text import slugify
from tests.articles.factories import article_kind
from tests.portal.factories import ImageFactory


def article_form_data(**fields):
    """What the article editor posts for a complete own news item; ``fields`` override."""
    data = {
        "title": "Đảng ủy Khối sơ kết công tác quý IV",
        "slug": "",
        "kind": article_kind("tin").pk,
        "sapo": "Sáng 29/11, Đảng ủy Khối sơ kết công tác xây dựng Đảng quý IV.",
        "featured_image": ImageFactory().pk,
        "body": streamfield([("paragraph", rich_text("<p>Hội nghị đánh giá kết quả.</p>"))]),
        "author_category": "collaborator",
        "date": "29/11/2026 08:30",
        "byline": "Minh An",
        "tags": "",
        "related_links": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(fields)
    # The admin's JavaScript fills the slug from the title as the editor types.
    data["slug"] = data["slug"] or slugify(data["title"])
    return nested_form_data(data)


def create_article(client, section, action="action-submit", **fields):
    data = article_form_data(**fields)
    if action:
        data[action] = "on"
    url = reverse("wagtailadmin_pages:add", args=("articles", "articlepage", section.pk))
    response = client.post(url, data)
    page = ArticlePage.objects.filter(title=data["title"]).order_by("-pk").first()
    return response, page


def edit_article(client, page, action=None, **fields):
    data = article_form_data(slug=page.slug, **fields)
    if action:
        data[action] = "on"
    return client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)


def workflow_action(client, page, action, comment="", grade="B"):
    """Approve or reject the current step through the workflow modal's form; the final
    approval's dialog also asks for a grade (the other steps' forms ignore it)."""
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    data = {"comment": comment} if comment else {}
    if action == "approve" and grade:
        data["grade"] = grade
    return client.post(url, data)
