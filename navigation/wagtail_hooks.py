from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from portal.snippets import DraftAwareSnippetChooserViewSet, ModeratedSnippetViewSet

from .models import Menu
from .rendering import build_tree, problems


class MenuViewSet(ModeratedSnippetViewSet):
    model = Menu
    chooser_viewset_class = DraftAwareSnippetChooserViewSet
    icon = "list-ul"
    menu_label = _("Menus")
    menu_order = 240
    add_to_admin_menu = True
    list_display = ["__str__", "dead_entries"]
    ordering = ["location"]


def dead_entries(menu):
    """How many entries readers cannot see (shown in the menu list to prompt a fix)."""
    return len(problems(build_tree(menu.items.raw_data)))


dead_entries.short_description = _("entries hidden from readers")
Menu.dead_entries = dead_entries

register_snippet(MenuViewSet)
