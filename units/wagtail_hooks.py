from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from portal.snippets import SnippetViewSet

from .models import Unit


class UnitViewSet(SnippetViewSet):
    model = Unit
    icon = "group"
    menu_label = _("Units")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "short_code", "kind", "parent", "active"]
    list_filter = ["kind", "active"]
    search_fields = ["name", "short_code"]
    ordering = ["name"]


register_snippet(UnitViewSet)
