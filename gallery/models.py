"""The photo and video library (Thư viện ảnh – video): albums and videos under one index."""

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from portal.image_sizes import ALBUM_PHOTO
from portal.models import PortalPage
from portal.params import query_params
from portal.queries import public
from portal.search_records import SearchRecord, body_text, start_of

from . import picture_sizes
from .blocks import VideoBlock
from .forms import GalleryItemPageForm

# Thumbnails in the first row of an album load at once; the others when scrolled to.
FIRST_ROW = 4


class GalleryIndexPage(PortalPage):
    """Thư viện ảnh – video: the albums and videos below it, newest first."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["gallery.PhotoAlbumPage", "gallery.VideoPage"]
    page_size = 12
    # Readers' filter: ?loai=anh or ?loai=video; nothing else reaches the database.
    KIND_FILTERS = {"anh": "gallery.PhotoAlbumPage", "video": "gallery.VideoPage"}

    class Meta:
        verbose_name = _("photo and video library")
        verbose_name_plural = _("photo and video libraries")

    def get_context(self, request, *args, **kwargs):
        from django.apps import apps

        context = super().get_context(request, *args, **kwargs)
        params = query_params(request)
        items = GalleryItemPage.newest(GalleryItemPage.objects.child_of(self))
        kind = params.choice("loai", self.KIND_FILTERS)  # an unknown kind: everything
        if kind:
            model = apps.get_model(self.KIND_FILTERS[kind])
            items = items.filter(content_type=ContentType.objects.get_for_model(model))
        context["kind"] = kind
        context["kinds"] = [
            ("", gettext("All")),
            ("anh", gettext("Photo albums")),
            ("video", gettext("Videos")),
        ]
        context["items"] = Paginator(items, self.page_size).get_page(params.page())
        return context


class GalleryItemPage(PortalPage):
    """What albums and videos share, so that one query lists both, newest first."""

    date = models.DateField(
        _("date"),
        default=timezone.localdate,
        help_text=_("The day of the event; the library lists the newest first."),
    )
    intro = models.TextField(_("introduction"), blank=True)
    cover_image = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    is_creatable = False
    base_form_class = GalleryItemPageForm
    parent_page_types = ["gallery.GalleryIndexPage"]
    subpage_types = []
    search_fields = PortalPage.search_fields + [
        index.SearchField("intro"),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = _("album or video")
        verbose_name_plural = _("albums and videos")

    @classmethod
    def newest(cls, queryset):
        """Readers' listing of ``queryset``: live, public, newest first, cover renditions
        and the number of photos fetched with it (three queries, whatever the count)."""
        photo_count = (
            AlbumPhoto.objects.filter(page_id=OuterRef("pk"))
            .order_by()
            .values("page_id")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return (
            public(queryset.live())
            .select_related("cover_image")
            .prefetch_related(picture_sizes.rendition_prefetch("cover_image__renditions", "card"))
            .annotate(photo_count=Coalesce(Subquery(photo_count), 0, output_field=IntegerField()))
            .order_by("-date", "-pk")
        )

    @property
    def is_video(self):
        """From the content type (cached by Django): no query, no ``.specific``."""
        return ContentType.objects.get_for_id(self.content_type_id).model_class() is VideoPage


class PhotoAlbumPage(GalleryItemPage):
    """An album: ordered photos, each with its caption and credit, in a lightbox."""

    content_panels = PortalPage.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("cover_image", help_text=_("Leave empty to use the first photo.")),
        InlinePanel("photos", heading=_("Photos"), label=_("photo")),
    ]

    class Meta:
        verbose_name = _("photo album")
        verbose_name_plural = _("photo albums")

    def _cover_from_first_photo(self):
        if not self.cover_image_id:
            first = next(iter(self.photos.all()), None)
            if first is not None:
                self.cover_image_id = first.image_id

    def full_clean(self, *args, **kwargs):
        self._cover_from_first_photo()
        super().full_clean(*args, **kwargs)

    def publish_problems(self):
        if not any(photo.image_id for photo in self.photos.all()):
            return [(None, gettext("Add at least one photo: an empty album is not published."))]
        return []

    def photo_texts(self):
        """Captions, credits and descriptions of the photos: searchable words."""
        for photo in self.photos.all():
            yield from (photo.shown_caption, photo.shown_credit, photo.image.description)

    def minimum_image_size(self, field_name):
        return ALBUM_PHOTO if field_name == "photos" else None

    @classmethod
    def prepare_for_search_index(cls, queryset):
        return queryset.prefetch_related("photos__image")

    def search_record(self, lookups):
        # Found by the words of its captions.
        text = " ".join([self.title, self.intro, *self.photo_texts()])
        return SearchRecord(
            "gallery", self.intro, text, start_of(self.date), lookups.section_title(self)
        )

    def album_photos(self):
        """The photos with their images and the renditions the page shows, in three queries,
        numbered for the lightbox (anh-1, anh-2...)."""
        photos = list(
            self.photos.select_related("image").prefetch_related(
                picture_sizes.rendition_prefetch("image__renditions", "thumb", "large")
            )
        )
        count = len(photos)
        for number, photo in enumerate(photos, start=1):
            photo.number = number
            photo.previous_number = number - 1 if number > 1 else count
            photo.next_number = number + 1 if number < count else 1
            photo.loading = "eager" if number <= FIRST_ROW else "lazy"
        return photos

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["photos"] = self.album_photos()
        return context


class AlbumPhoto(Orderable):
    """A photo of an album; its caption and credit default to what the image record says."""

    page = ParentalKey(PhotoAlbumPage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    caption = models.CharField(
        _("caption"),
        max_length=500,
        blank=True,
        help_text=_("Leave empty to use the image's own caption."),
    )
    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Leave empty to use the image's own credit."),
    )

    panels = [FieldPanel("image"), FieldPanel("caption"), FieldPanel("credit")]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    @property
    def shown_caption(self):
        return self.caption or self.image.caption

    @property
    def shown_credit(self):
        return self.credit or self.image.credit

    @property
    def alt_text(self):
        """The image's description (its alt text); the caption when it has none."""
        return self.image.description or self.shown_caption


class VideoPage(GalleryItemPage):
    """A video: a file uploaded to the site, or one on another site shown as a preview
    that contacts that site only when the reader asks to play it."""

    video = StreamField(VideoBlock(), verbose_name=_("video"), blank=False)

    content_panels = PortalPage.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("video"),
        FieldPanel(
            "cover_image",
            heading=_("picture in listings"),
            help_text=_("Leave empty to use the video's preview picture."),
        ),
    ]

    class Meta:
        verbose_name = _("video")
        verbose_name_plural = _("videos")

    def search_record(self, lookups):
        # Found by its title and caption.
        text = " ".join([self.title, self.intro, body_text(self.video)])
        return SearchRecord(
            "gallery", self.intro, text, start_of(self.date), lookups.section_title(self)
        )

    def _cover_from_poster(self):
        if self.cover_image_id:
            return
        for block in self.video.raw_data:
            poster = (block.get("value") or {}).get("poster")
            if block.get("type") == "video_embed" and poster:
                self.cover_image_id = poster
                return

    def full_clean(self, *args, **kwargs):
        self._cover_from_poster()
        super().full_clean(*args, **kwargs)

    def publish_problems(self):
        if not len(self.video):
            return [
                (
                    "video",
                    gettext(
                        "Choose the video: a file uploaded here or an address on another site."
                    ),
                )
            ]
        return []
