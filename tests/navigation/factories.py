"""Menu items for the tests, as raw StreamField data."""

import uuid


def menu_item(page=None, url="", label="", children=()):
    """Raw StreamField data for one menu item (and its children)."""
    return {
        "type": "item",
        "value": {
            "label": label,
            "page": page.pk if page else None,
            "document": None,
            "url": url,
            # List items carry an id, as Wagtail stores them.
            "children": [
                {"type": "item", "value": child["value"], "id": str(uuid.uuid4())}
                for child in children
            ],
        },
    }
