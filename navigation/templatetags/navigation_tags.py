"""Menus in templates: {% main_menu %}, {% footer_menu %}, {% quick_links %}, and a menu's
preview ({% menu_preview_entries menu as items %})."""

from django import template

from portal.cache import cached

from ..rendering import MenuEntry, build_tree, live_menu

register = template.Library()


def _fallback(site):
    """Before editors publish a main menu: the home page and its children shown in menus."""
    if site is None:
        return []

    def load():
        root = site.root_page
        children = root.get_children().live().public().in_menu()
        return [MenuEntry(label=root.title, url=root.url, page_path=root.path)] + [
            MenuEntry(label=page.title, url=page.url, page_path=page.path) for page in children
        ]

    return cached("menu-fallback", load, site.pk)


def _mark(entries, current_path, root_path):
    """Which top-level entry is the current page or contains it (the home page contains
    everything, so it is only ever current)."""
    marked = []
    for entry in entries:
        path = entry.page_path
        is_current = bool(path) and path == current_path
        contains = bool(path) and path != root_path and current_path.startswith(path)
        marked.append({"entry": entry, "current": is_current, "ancestor": contains})
    return marked


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    site = context.get("current_site")
    entries = live_menu("main")
    if entries is None:
        entries = _fallback(site)
    current_path = getattr(context.get("page"), "path", "")
    root_path = site.root_page.path if site else ""
    return {"items": _mark(entries, current_path, root_path)}


@register.simple_tag
def menu_preview_entries(menu):
    """Every entry of ``menu`` as saved, those readers would not see marked with why."""
    return build_tree(menu.items.raw_data)


@register.inclusion_tag("navigation/link_list.html")
def footer_menu():
    return {"entries": live_menu("footer") or [], "css_class": "footer-menu"}


@register.inclusion_tag("navigation/link_list.html")
def quick_links():
    return {"entries": live_menu("quick_links") or [], "css_class": "quick-links"}
