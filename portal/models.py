"""Site-wide models: the image and document models, the page base and the site identity."""

import io
import unicodedata
from typing import TYPE_CHECKING

from django.core.files.images import ImageFile
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from taggit.models import NaturalKeyManager, TagBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page
from wagtail.search import index

from . import extraction, signals, visibility
from .admin_forms import PortalCopyForm, PortalPageForm
from .collation import COLLATION
from .image_collections import DOCUMENT_PREVIEWS, dedicated_collection
from .permissions import WorkflowPagePermissionTester
from .public_files import is_new_upload, to_private
from .publishing import PublishRulesMixin, refuse_unless_may_go_live
from .tasks import draw_document_preview, read_document_file
from .text import slugify, strip_invisible

# PublishedFileMixin is checked against the upload models it is mixed into.
if TYPE_CHECKING:
    from wagtail.models import CollectionMember as _UploadBase
else:
    _UploadBase = object


def public_since_field():
    return models.DateTimeField(
        _("public since"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When something published used this file; readers get it from then."),
    )


class PublishedFileMixin(_UploadBase):
    """An upload readers may fetch once something live that uses it is published
    (``portal.public_files``); a new file waits for the next publication."""

    def save(self, *args, **kwargs):
        if self.pk and is_new_upload(self.file):
            self.public_since = None  # a replaced file is reviewed again before readers get it
        super().save(*args, **kwargs)


class PortalImage(PublishedFileMixin, AbstractImage):
    """An image with the caption and credit a news site prints under it.

    Wagtail's own ``description`` field is the alt text read to blind readers.
    """

    caption = models.CharField(_("caption"), max_length=500, blank=True)
    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Photographer or source, printed with the image."),
    )
    public_since = public_since_field()

    admin_form_fields = Image.admin_form_fields + ("caption", "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

    def get_upload_to(self, filename):
        """Renditions of an image nothing published uses yet are kept where the web server
        does not serve them (the image is in memory: no query)."""
        path = super().get_upload_to(filename)
        return path if self.image.public_since else to_private(path)


class PortalDocument(PublishedFileMixin, AbstractDocument):
    """A downloadable file; always served through Wagtail's serve view.

    Its text is read after upload (for search) and, once it belongs to a published record,
    a picture of its first page is drawn for readers: both by background tasks, in a child
    process with memory and time limits (``portal.tasks``, ``portal.extraction``).
    """

    class TextStatus(models.TextChoices):
        READING = extraction.READING, _("Being read")
        OK = extraction.OK, _("Text read")
        NO_TEXT = extraction.NO_TEXT, _("No text layer (a scan?)")
        UNREADABLE = extraction.UNREADABLE, _("Could not be read")
        NOT_READ = extraction.NOT_READ, _("Not a format that is read")

    text = models.TextField(_("text"), blank=True, editable=False)
    text_status = models.CharField(
        _("text"), max_length=20, choices=TextStatus.choices, blank=True, editable=False
    )
    page_count = models.PositiveIntegerField(
        pgettext_lazy("file", "pages"), null=True, blank=True, editable=False
    )
    preview = models.ForeignKey(
        PortalImage,
        verbose_name=_("first page"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    public_since = public_since_field()

    admin_form_fields = Document.admin_form_fields
    # Autocomplete too: the admin's file search looks there, so a phrase from a PDF finds it.
    search_fields = AbstractDocument.search_fields + [
        index.SearchField("text"),
        index.AutocompleteField("text"),
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document file")
        verbose_name_plural = _("document files")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only what was loaded: touching a deferred field here would load it, and loading
        # builds another instance (``.only()`` / ``.defer()`` would recurse).
        loaded = self.__dict__
        read = self.pk and loaded.get("text_status") and loaded.get("file")
        self._read_file_name = self.file.name if read else None

    def clean(self):
        # Wagtail checks the extension here even when the form refused the file and left
        # none: a second, empty "extension “” is not allowed" under the real reason.
        if self.file:
            super().clean()

    def save(self, *args, **kwargs):
        new_file = bool(self.file) and self.file.name != self._read_file_name
        if new_file:  # what was read from the previous file no longer holds
            self.text, self.text_status, self.page_count = "", self.TextStatus.READING, None
        super().save(*args, **kwargs)
        if new_file:
            self._read_file_name = self.file.name
            # On the database queue the task is stored in this transaction: the worker
            # sees it only once the document itself is committed.
            result = read_document_file.enqueue(self.pk, self.file.name)
            if result.is_finished:  # run at once (the tests): this instance shows it too
                read = type(self).objects.filter(pk=self.pk)
                self.text, self.text_status, self.page_count = read.values_list(
                    "text", "text_status", "page_count"
                ).get()

    def read_contents(self):
        """Read the file's text and page count (a bad file is reported, never fatal)."""
        with extraction.local_path(self.file) as path:
            reading = extraction.read_file(path, self.file_extension)
        self.text, self.text_status, self.page_count = reading.text, reading.status, reading.pages
        self._read_file_name = self.file.name
        type(self).objects.filter(pk=self.pk).update(
            text=reading.text, text_status=reading.status, page_count=reading.pages
        )
        index.insert_or_update_object(self)  # the text is searchable from now on
        signals.file_text_read.send(type(self), file=self)

    def ensure_preview(self, collection=None):
        """Have the first page drawn as an image, once; only for files readers may see."""
        if self.preview_id or self.file_extension.lower() != "pdf":
            return
        draw_document_preview.enqueue(self.pk, collection.pk if collection else None)

    def draw_preview(self, collection_id=None):
        """Draw the first page (in a child process with limits) and keep it as an image."""
        if self.preview_id or self.file_extension.lower() != "pdf":
            return self.preview
        with extraction.local_path(self.file) as path:
            jpeg = extraction.draw_preview(path)
        if jpeg is None:
            return None
        image = PortalImage(
            title=f"{self.title} – trang 1",
            description=f"{self.title}: trang đầu",
            file=ImageFile(
                io.BytesIO(jpeg), name=f"{self.file.name.rsplit('/', 1)[-1]}-trang-1.jpg"
            ),
            collection_id=collection_id or dedicated_collection(DOCUMENT_PREVIEWS).pk,
            public_since=timezone.now(),  # drawn only for records readers see
        )
        image.save()
        self.preview = image
        type(self).objects.filter(pk=self.pk).update(preview=image)
        return image


class PortalPage(PublishRulesMixin, Page):
    """Base of every page type: slugs made from Vietnamese titles the portal's way, and
    nothing goes live around the workflow (``portal.publishing``, ``portal.permissions``)."""

    base_form_class = PortalPageForm
    copy_form_class = PortalCopyForm
    slug: str  # Page's field (from untyped Wagtail), set here by _set_vietnamese_slug

    class Meta:
        abstract = True

    def get_admin_display_title(self):
        # Only those who may read a draft see its title (portal.visibility).
        return visibility.admin_title(self, super().get_admin_display_title())

    def permissions_for_user(self, user):
        return WorkflowPagePermissionTester(user, self)

    def copy(
        self, recursive=False, to=None, update_attrs=None, copy_revisions=True, keep_live=True, **kw
    ):
        """A copy kept live is a new live page: only where it may go live."""
        copies_live = self.live or (recursive and self.get_descendants().live().exists())
        if keep_live and copies_live:
            refuse_unless_may_go_live(to or self.get_parent())
        return super().copy(
            recursive=recursive,
            to=to,
            update_attrs=update_attrs,
            copy_revisions=copy_revisions,
            keep_live=keep_live,
            **kw,
        )

    def create_alias(self, *args, parent=None, **kwargs):
        """An alias follows every later publication of the original: only where it may go live."""
        refuse_unless_may_go_live(parent or self.get_parent())
        return super().create_alias(*args, parent=parent, **kwargs)

    def remember_route(self, request):
        """Note this page as an ancestor of the page being served (the breadcrumb's trail)."""
        if request is not None:
            trail = getattr(request, "route_trail", None)
            if trail is None:
                trail = request.route_trail = []
            trail.append(self)

    def route(self, request, path_components):
        if path_components:
            self.remember_route(request)
        return super().route(request, path_components)

    def breadcrumb_ancestors(self, request=None):
        """The pages above this one, below the tree root; free when the request routed here."""
        trail = getattr(request, "route_trail", None) if request is not None else None
        if trail:
            return [page for page in trail if page.depth < self.depth]
        return list(self.get_ancestors().filter(depth__gt=1))

    def _set_vietnamese_slug(self):
        # Wagtail would use Django's slugify, which drops "đ" instead of writing "d".
        if not self.slug and self.path and slugify(self.title):
            self.slug = self._get_autogenerated_slug(slugify(self.title))

    def full_clean(self, *args, **kwargs):
        self._set_vietnamese_slug()
        super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        """Drafts are checked this way: their slug is made the same way."""
        self._set_vietnamese_slug()
        super().minimal_clean()


@register_setting(icon="site")
class SiteIdentity(BaseSiteSetting):
    """Who publishes the site: shown in the header and footer, edited in the admin.

    Party organisations are merged and renamed, so names live here, never in code.
    """

    organisation_name = models.CharField(_("organisation name"), max_length=255, blank=True)
    organisation_name_en = models.CharField(
        _("organisation name in English"), max_length=255, blank=True
    )
    short_name = models.CharField(_("short name"), max_length=100, blank=True)
    site_title = models.CharField(
        _("site title"),
        max_length=255,
        blank=True,
        help_text=_('For example "Trang thông tin điện tử".'),
    )
    province = models.CharField(
        _("province"),
        max_length=100,
        blank=True,
        help_text=_("Added to the names of local bodies: Tỉnh ủy, Ủy ban nhân dân tỉnh..."),
    )
    governing_body = models.CharField(_("governing body"), max_length=255, blank=True)
    content_responsible = models.CharField(
        _("person responsible for content"), max_length=255, blank=True
    )
    address = models.CharField(_("address"), max_length=500, blank=True)
    phone = models.CharField(_("phone"), max_length=100, blank=True)
    email = models.EmailField(_("email"), blank=True)
    licence = models.CharField(
        _("licence line"),
        max_length=500,
        blank=True,
        help_text=_("Optional, for example the number of the operating licence."),
    )
    emblem = models.ForeignKey(
        PortalImage,
        verbose_name=_("emblem"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    show_demo_notice = models.BooleanField(
        _("show the demo data notice"),
        default=False,
        help_text=_("Marks every page as sample content. Turn off once real content is in."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("organisation_name_en"),
                FieldPanel("short_name"),
                FieldPanel("site_title"),
                FieldPanel("province"),
                FieldPanel("emblem"),
            ],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("governing_body"),
                FieldPanel("content_responsible"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("licence"),
            ],
            heading=_("Footer"),
        ),
        FieldPanel("show_demo_notice"),
    ]

    class Meta:
        verbose_name = _("site identity")


def fold_tag_name(name):
    """The form two tag names share when they differ only by case ("Đảng" and "đảng") or by
    invisible characters, which saving strips (``signals.strip_invisible_characters``)."""
    return unicodedata.normalize("NFC", strip_invisible(name or "")).casefold()


class PortalTagQuerySet(models.QuerySet):
    """taggit finds a tag case-insensitively with ``name__iexact`` (TAGGIT_CASE_INSENSITIVE),
    which SQLite applies to ASCII letters only; the folded name answers it the same way on
    both databases, "Đ" and "đ" included."""

    def _filter_or_exclude(self, negate, args, kwargs):
        if "name__iexact" in kwargs:
            kwargs = dict(kwargs)
            kwargs["folded_name"] = fold_tag_name(kwargs.pop("name__iexact"))
        # A private QuerySet method, absent from django-stubs.
        return super()._filter_or_exclude(negate, args, kwargs)  # type: ignore[misc]


class PortalTagManager(NaturalKeyManager.from_queryset(PortalTagQuerySet)):  # type: ignore[misc]
    pass


class PortalTag(TagBase):
    """A tag whose slug is the Vietnamese ASCII slug: "Chuyển đổi số" -> chuyen-doi-so.

    Names that differ only by case are one tag (``folded_name`` is unique).
    """

    name = models.CharField(_("name"), unique=True, max_length=100, db_collation=COLLATION)
    folded_name = models.CharField(max_length=100, unique=True, editable=False)

    objects = PortalTagManager()

    class Meta:
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        ordering = ["name"]

    def save(self, *args, **kwargs):
        self.folded_name = fold_tag_name(self.name)
        super().save(*args, **kwargs)

    def slugify(self, tag, i=None):
        slug = slugify(tag, max_length=90) or "the"
        return f"{slug}-{i}" if i is not None else slug
