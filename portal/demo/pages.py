"""What every demo loader needs to stay idempotent: find a child page by slug, or add it."""


def child_page(parent, model, slug, **fields):
    """(page, created): the child of ``parent`` with this slug, added unpublished if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    return page, True
