"""The admin screens of the articles app's snippets (registered in ``wagtail_hooks``)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from portal.snippets import SnippetViewSet

from .models import ArticleKind, Outlet, TopicSeries


class ArticleKindViewSet(SnippetViewSet):
    model = ArticleKind
    icon = "tag"
    list_display = ["name", "slug", "links_to_outlet"]
    sort_order_field = "sort_order"


class TopicSeriesViewSet(SnippetViewSet):
    model = TopicSeries
    icon = "list-ul"
    list_display = ["name", "active"]
    list_filter = ["active"]


class OutletViewSet(SnippetViewSet):
    model = Outlet
    icon = "link-external"
    list_display = ["name", "home_url", "full_text_allowed"]
    list_filter = ["full_text_allowed"]


class ArticleTaxonomyGroup(SnippetViewSetGroup):
    """Everything an article chooses from, in one menu for administrators."""

    items = (ArticleKindViewSet, TopicSeriesViewSet, OutletViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Article lists")
    menu_order = 200
