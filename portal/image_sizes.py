"""The smallest picture each place on the site needs, and warnings when one is smaller.

The old site showed blurred pictures: small files stretched to fill large places. A model
says which minimum size the pictures of each of its fields need (``ShowsImages``: articles'
featured images, albums' photos, banners by placement, in ``banners.placements``, which also
refuses to publish a banner whose picture is too small); pictures in a page's StreamFields
need ``BODY_IMAGE``. The admin warns, without refusing anything, when an article, page or
banner is saved with a picture smaller than its place needs, and on the picture's own edit
page.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Model
from django.http import HttpRequest
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.models import Page, ReferenceIndex

if TYPE_CHECKING:
    from django.contrib.contenttypes.fields import GenericForeignKey
    from django.db.models import Field, ForeignObjectRel
    from django_stubs_ext import StrOrPromise


@dataclass(frozen=True)
class MinimumSize:
    """The smallest picture a place needs (named by ``label``)."""

    key: str
    label: (
        "StrOrPromise"  # what the picture is used as, inside a sentence: "article featured image"
    )
    min_width: int
    min_height: int = 0
    # "fill": cropped to the size, both sides count; "max": fitted inside it, the picture
    # is large enough once it reaches one side (a portrait photo need not be 1600 wide).
    fit: str = "fill"

    def _short_side(self, image: AbstractImage) -> str | None:
        if self.fit == "max":
            if image.width >= self.min_width or image.height >= self.min_height:
                return None
            wider_than_box = image.width * self.min_height >= image.height * self.min_width
            return "width" if wider_than_box else "height"
        if image.width < self.min_width:
            return "width"
        if image.height < self.min_height:
            return "height"
        return None

    def problem(self, image: AbstractImage) -> str | None:
        """Why ``image`` looks blurred here, or None if it is large enough."""
        side = self._short_side(image)
        if side is None:
            return None
        values = {
            "title": image.title,
            "width": image.width,
            "height": image.height,
            "min_width": self.min_width,
            "min_height": self.min_height,
            "slot": self.label,  # the catalogue's name for the place
        }
        if side == "width":
            return (
                gettext(
                    "Image “%(title)s” is %(width)s px wide, less than the %(min_width)s px "
                    "needed for the %(slot)s: it will look blurred."
                )
                % values
            )
        return (
            gettext(
                "Image “%(title)s” is %(height)s px high, less than the %(min_height)s px "
                "needed for the %(slot)s: it will look blurred."
            )
            % values
        )


# Shown at fill-960x540 as the home page's lead story, at width-960 on the article itself.
ARTICLE_FEATURED = MinimumSize("article_featured", _("article featured image"), 960, 540)
# Body images, gallery blocks' pictures (opened large) and video previews: width-960.
BODY_IMAGE = MinimumSize("body_image", _("image in the body of a page"), 960)
# Photo library albums: opened in the lightbox at up to max-1600x1200.
ALBUM_PHOTO = MinimumSize("album_photo", _("photo in an album"), 1600, 1200, fit="max")


@runtime_checkable
class ShowsImages(Protocol):
    def minimum_image_size(self, field_name: str) -> MinimumSize | None:
        """What the pictures of ``field_name`` (or of its child objects) need, if known."""
        ...


def size_for(obj: Model, model_path: str) -> MinimumSize | None:
    """What a picture referenced from ``obj`` at ``model_path`` needs, if known.

    ``model_path`` is written as Wagtail's reference index writes it: ``featured_image``,
    ``body.gallery.images.item``...
    """
    field_name = model_path.split(".", 1)[0]
    if isinstance(obj, ShowsImages) and (size := obj.minimum_image_size(field_name)):
        return size
    if isinstance(obj, Page) and isinstance(_field(obj, field_name), StreamField):
        return BODY_IMAGE
    return None


def _field(
    obj: Model, name: str
) -> "Field[Any, Any] | ForeignObjectRel | GenericForeignKey | None":
    try:
        return obj._meta.get_field(name)
    except FieldDoesNotExist:  # a child relation's items, for example
        return None


def images_in(obj: Model) -> Iterator[tuple[str, str]]:
    """(image id, model path) for every picture ``obj`` shows, as it is in memory.

    Paths are written as the reference index writes them (``photos.item.image``).
    """
    if isinstance(obj, ClusterableModel):  # an album's photos, for example
        for relation in get_all_child_relations(obj):
            name = relation.get_accessor_name()
            for child in getattr(obj, name).all():
                for pk, model_path in images_in(child):
                    yield pk, f"{name}.item.{model_path}"
    for field in obj._meta.concrete_fields:
        # A many-to-one field's related model is a class once the apps are loaded.
        if field.many_to_one and issubclass(field.related_model, AbstractImage):  # type: ignore[arg-type]
            value = field.value_from_object(obj)
            if value:
                yield str(value), field.name
        elif isinstance(field, StreamField):
            value = field.value_from_object(obj)
            if value is None:
                continue
            for model, pk, model_path, _content_path in field.extract_references(value):
                if issubclass(model, AbstractImage):
                    yield pk, f"{field.name}.{model_path}" if model_path else field.name


def problems_for(obj: Model) -> list[str]:
    """The warning for each picture of ``obj`` smaller than the place it is shown in."""
    found: dict[tuple[str, str], MinimumSize] = {}
    for pk, model_path in images_in(obj):
        size = size_for(obj, model_path)
        if size is not None:
            found.setdefault((pk, size.key), size)
    if not found:
        return []
    images = get_image_model().objects.in_bulk({pk for pk, _key in found})
    problems = []
    for (pk, _key), size in found.items():
        image = images.get(int(pk)) if pk.isdigit() else None
        if image is not None and (problem := size.problem(image)):
            problems.append(problem)
    return problems


def warn_about_small_images(request: HttpRequest, obj: Model) -> None:
    """Hook after an admin save: a warning per picture too small for its place; never blocks."""
    if not request.accepts("text/html"):  # autosave and other background saves
        return
    for problem in problems_for(getattr(obj, "specific", obj)):
        messages.warning(request, problem)


@dataclass(frozen=True)
class SmallUse:
    obj: object
    size: MinimumSize
    problem: str


def small_uses(image: AbstractImage) -> list[SmallUse]:
    """Where ``image`` is used in a place larger than itself (from Wagtail's reference index)."""
    uses = []
    for obj, references in ReferenceIndex.get_grouped_references_to(image):
        obj = obj.specific if isinstance(obj, Page) else obj
        sizes: dict[str, MinimumSize] = {}
        for reference in references:
            size = size_for(obj, reference.model_path)
            if size is not None:
                sizes.setdefault(size.key, size)
        for size in sizes.values():
            if problem := size.problem(image):
                uses.append(SmallUse(obj, size, problem))
    return uses
