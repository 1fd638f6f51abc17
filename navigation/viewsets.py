"""The admin screens of the navigation app's snippets (registered in ``wagtail_hooks``)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column

from portal.snippets import DraftAwareSnippetChooserViewSet, ModeratedSnippetViewSet

from .models import Menu
from .panels import MenuToolsPanel
from .rendering import build_tree, problems


def dead_entries(menu: Menu) -> int:
    """How many entries readers cannot see (shown in the menu list to prompt a fix)."""
    return len(problems(build_tree(menu.items.raw_data)))


class MenuViewSet(ModeratedSnippetViewSet):
    model = Menu
    chooser_viewset_class = DraftAwareSnippetChooserViewSet
    icon = "list-ul"
    menu_label = _("Menus")
    menu_order = 240
    add_to_admin_menu = True
    list_display = [
        "__str__",
        Column("dead_entries", label=_("entries hidden from readers"), accessor=dead_entries),
    ]
    ordering = ["location"]
    panels = [FieldPanel("location"), MenuToolsPanel(), FieldPanel("items")]
