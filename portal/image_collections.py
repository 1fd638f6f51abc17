"""Pictures that are not photos live in collections of their own, apart from the photos a
writer chooses for an article: banners, and the first pages drawn from PDF files
(``PortalDocument.draw_preview``).

Each image chooser lists photos only unless a collection is chosen in it; the banner's own
picture field opens its chooser on the banners' collection
(``portal.widgets.CollectionImageChooser``).
The collections are created by a migration and, should an administrator delete one, again
when next needed. Their names are data (stored, shown as they are), in Vietnamese.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import HttpRequest
from wagtail.models import Collection

from .params import query_params

BANNERS = "Banner"
DOCUMENT_PREVIEWS = "Ảnh trang đầu văn bản"
KEPT_APART = (BANNERS, DOCUMENT_PREVIEWS)


def dedicated_collection(name: str) -> Collection:
    """The collection ``name`` right under the root, created when missing."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=name).first()
    return collection if collection is not None else root.add_child(name=name)


def photos_only(images: QuerySet, request: HttpRequest) -> QuerySet:
    """``construct_image_chooser_queryset``: leave out the collections kept apart, unless
    the chooser is filtered to a collection (any one, those included)."""
    if query_params(request).text("collection_id"):
        return images
    return images.exclude(collection__depth=2, collection__name__in=KEPT_APART)
