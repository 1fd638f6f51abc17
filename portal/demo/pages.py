"""What every demo loader needs to stay idempotent: find a child page by slug, or add it."""


def child_page(parent, model, slug, publish=False, **fields):
    """(page, created): the child of ``parent`` with this slug, added if missing (and
    published when ``publish``; an existing page is left as it is)."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page, True
