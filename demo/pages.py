"""What every demo loader needs to stay idempotent: find a child page by slug, or add it."""

from typing import Any

from wagtail.models import Page


def child_page(
    parent: Page, model: type[Page], slug: str, publish: bool = False, **fields: Any
) -> tuple[Page, bool]:
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


def listing_page(
    parent: Page, model: type[Page], spec: dict[str, Any], **fields: Any
) -> tuple[Page, bool]:
    """(page, created): the published child page a data file describes by its slug, title
    and introduction (a section's own page: the library, the polls, the questions...)."""
    return child_page(
        parent,
        model,
        spec["slug"],
        publish=True,
        title=spec["title"],
        intro=spec["intro"],
        **fields,
    )
