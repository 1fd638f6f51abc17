"""Turning a menu's stored items into what readers see, in three queries whatever its size.

The stored StreamField data is read as it is (ids, not model instances), every page and
document it names is fetched at once, and entries whose target is unpublished, deleted or
private are dropped with their branch. The result is cached until content changes.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.models import Page

from portal.cache import cached
from portal.queries import restricted_paths

from .models import Menu


@dataclass
class MenuEntry:
    label: str
    url: str = ""
    problem: str = ""  # why readers do not see it
    children: list = field(default_factory=list)
    page_path: str = ""  # to mark the current section

    @property
    def visible(self):
        return not self.problem


def _value(item):
    """A stored list or stream item, in either of Wagtail's formats."""
    if isinstance(item, dict) and "value" in item and "type" in item:
        return item["value"]
    if isinstance(item, dict) and "value" in item and "id" in item:
        return item["value"]
    return item


def _walk(items):
    for item in items or []:
        value = _value(item)
        yield value
        yield from _walk(value.get("children"))


def targets_of(raw_items):
    """The ids of every page and document a menu's stored items name."""
    pages, documents = set(), set()
    for value in _walk(raw_items):
        if value.get("page"):
            pages.add(value["page"])
        if value.get("document"):
            documents.add(value["document"])
    return pages, documents


def _restricted(path, restricted_paths):
    return any(path.startswith(prefix) for prefix in restricted_paths)


def build_tree(raw_items):
    """Every entry, with ``problem`` set where readers must not see it."""
    page_ids, document_ids = targets_of(raw_items)
    pages = Page.objects.in_bulk(page_ids) if page_ids else {}
    documents = get_document_model().objects.in_bulk(document_ids) if document_ids else {}
    private = restricted_paths()

    def entry(value):
        label = value.get("label") or ""
        node = MenuEntry(label=label)
        if value.get("page"):
            page = pages.get(value["page"])
            if page is None:
                node.problem = _("The page has been deleted.")
            elif not page.live:
                node.problem = _("The page is not published.")
            elif _restricted(page.path, private):
                node.problem = _("The page is private.")
            else:
                node.url, node.page_path = page.url, page.path
            node.label = label or (page.title if page else _("(deleted page)"))
        elif value.get("document"):
            document = documents.get(value["document"])
            if document is None:
                node.problem = _("The document has been deleted.")
            else:
                node.url = document.url
            node.label = label or (document.title if document else _("(deleted document)"))
        else:
            node.url = value.get("url") or ""
            if not node.url:
                node.problem = _("The item leads nowhere.")
        node.children = [entry(child) for child in map(_value, value.get("children") or [])]
        return node

    return [entry(value) for value in map(_value, raw_items or [])]


def visible(entries):
    """Only what readers may follow; a branch whose own link is dead goes with it."""
    return [
        MenuEntry(label=e.label, url=e.url, page_path=e.page_path, children=visible(e.children))
        for e in entries
        if e.visible
    ]


def problems(entries, trail=()):
    """(position, label, problem) for every entry readers do not see."""
    found = []
    for index, e in enumerate(entries, start=1):
        position = (*trail, index)
        if not e.visible:
            found.append((".".join(map(str, position)), e.label, e.problem))
        found.extend(problems(e.children, position))
    return found


def live_menu(location):
    """The published menu of ``location`` as readers see it, or None when there is none."""

    def load():
        menu = Menu.objects.filter(location=location, live=True).first()
        return (menu is not None, visible(build_tree(menu.items.raw_data)) if menu else [])

    exists, entries = cached("menu-tree", load, location)
    return entries if exists else None
