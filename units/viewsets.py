"""The admin screens of the units app's snippets (registered in ``wagtail_hooks``)."""

from django.utils.translation import gettext_lazy as _

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
