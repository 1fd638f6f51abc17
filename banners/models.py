"""Banners: moderated snippets that readers see only complete, live and pointing somewhere."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from portal.fields import WebAddressField
from portal.image_collections import BANNERS
from portal.models import PortalDocument, PortalImage
from portal.publishing import PublishRulesMixin
from portal.queries import public
from portal.widgets import CollectionImageChooser

from .forms import BannerForm
from .placements import IMAGE_SIZES, IMAGE_SIZES_HELP, PLACEMENT_CHOICES, PLACEMENTS_BY_KEY


class Banner(
    PublishRulesMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    models.Model,
):
    title = models.CharField(_("title"), max_length=255)
    image = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.CharField(_("short text"), max_length=255, blank=True)
    slot = models.CharField(_("placement"), max_length=30, choices=PLACEMENT_CHOICES)
    # Set by dragging in the banner list (``viewsets.BannerReorderView``), never typed: a new
    # banner, or one moved to another placement, comes last in its placement.
    sort_order = models.PositiveIntegerField(_("order in the placement"), editable=False)
    target_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    target_document = models.ForeignKey(
        "portal.PortalDocument",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    target_url = WebAddressField(verbose_name=_("outside address"), blank=True)
    festive = models.BooleanField(
        _("festive"),
        default=False,
        help_text=_(
            "A celebration (Tết, an anniversary...): not shown while the site is in mourning."
        ),
    )

    revisions = GenericRelation(
        "wagtailcore.Revision", content_type_field="base_content_type", related_query_name="banner"
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        related_query_name="banner",
        for_concrete_model=False,
    )

    base_form_class = BannerForm
    panels = [
        FieldPanel("title"),
        FieldPanel("slot"),
        FieldPanel("image", help_text=IMAGE_SIZES_HELP, widget=CollectionImageChooser(BANNERS)),
        FieldPanel("text"),
        FieldPanel("festive"),
        MultiFieldPanel(
            [FieldPanel("target_page"), FieldPanel("target_document"), FieldPanel("target_url")],
            heading=_("Where the banner leads (one of these)"),
        ),
    ]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        # The chooser lists only live banners to those who may not read drafts.
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = _("banner")
        verbose_name_plural = _("banners")
        ordering = ["slot", "sort_order", "pk"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        moved = self.pk and Banner.objects.filter(pk=self.pk).exclude(slot=self.slot).exists()
        if self.sort_order is None or moved:
            self.sort_order = last_position(self.slot) + 1
        super().save(*args, **kwargs)

    def with_content_json(self, content):
        """A revision carries the banner's content, not its place in the list: publishing
        an older revision keeps the order set by dragging since."""
        banner = super().with_content_json(content)
        # From the database: this instance may have been loaded before the last move.
        current = Banner.objects.filter(pk=self.pk).values_list("sort_order", flat=True)
        banner.sort_order = current.first() if self.pk else self.sort_order
        return banner

    @property
    def placement(self):
        return PLACEMENTS_BY_KEY.get(self.slot)

    def minimum_image_size(self, field_name):
        return IMAGE_SIZES.get(self.slot) if field_name == "image" else None

    def target_problem(self):
        """Why the target cannot be followed by a reader, or None."""
        if self.target_page_id:
            page = Page.objects.filter(pk=self.target_page_id)
            if not page.exists():
                return gettext("The page it leads to has been deleted.")
            if not page.live().exists():
                return gettext("The page it leads to is not published.")
            if not public(page).exists():
                return gettext("The page it leads to is private.")
            return None
        if self.target_document_id:
            if not PortalDocument.objects.filter(pk=self.target_document_id).exists():
                return gettext("The document it leads to has been deleted.")
            return None
        if not self.target_url:
            return gettext(
                "Choose where the banner leads: a page, a document or an outside address."
            )
        return None

    def image_problem(self):
        image = PortalImage.objects.filter(pk=self.image_id).first() if self.image_id else None
        if image is None:
            return gettext("Choose an image: a banner without a picture is not published.")
        placement = self.placement
        if placement is not None and not placement.fits(image):
            return gettext(
                "The image is %(width)s×%(height)s pixels; the %(slot)s needs at least "
                "%(min_width)s×%(min_height)s."
            ) % {
                "width": image.width,
                "height": image.height,
                "slot": str(placement.label).lower(),
                "min_width": placement.min_width,
                "min_height": placement.min_height,
            }
        return None

    def publish_problems(self):
        problems = []
        if self.placement is None:
            problems.append(("slot", gettext("Choose where the banner is placed.")))
        if problem := self.image_problem():
            problems.append(("image", problem))
        if problem := self.target_problem():
            problems.append(("target_page", problem))
        return problems

    @property
    def link(self):
        if self.target_page_id:
            return self.target_page.url
        if self.target_document_id:
            return self.target_document.url
        return self.target_url

    @property
    def alt_text(self):
        return (self.image.description if self.image else "") or self.title

    # Preview: how it looks in its slot.
    def get_preview_template(self, request, mode_name):
        return "banners/preview.html"

    def get_preview_context(self, request, mode_name):
        return {"banner": self, "banner_list": [self], "slot": self.placement, "request": request}


def last_position(slot):
    """The highest ``sort_order`` in ``slot`` (-1 when it holds no banner)."""
    highest = Banner.objects.filter(slot=slot).aggregate(highest=Max("sort_order"))["highest"]
    return -1 if highest is None else highest


def renumber(slot):
    """Number the banners of ``slot`` 0, 1, 2... in their present order (ties by age)."""
    banners = Banner.objects.filter(slot=slot).order_by("sort_order", "pk")
    for position, (pk, sort_order) in enumerate(banners.values_list("pk", "sort_order")):
        if sort_order != position:
            Banner.objects.filter(pk=pk).update(sort_order=position)


def shown_in(slot):
    """The banners readers see in ``slot``: live, in their window, leading somewhere public."""
    now = timezone.now()
    banners = (
        Banner.objects.filter(live=True, slot=slot)
        .filter(Q(go_live_at__isnull=True) | Q(go_live_at__lte=now))
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
        .exclude(image=None)
        .select_related("image", "target_page", "target_document")
        .order_by("sort_order", "pk")
    )
    visible_pages = set(
        public(
            Page.objects.live().filter(
                pk__in=[b.target_page_id for b in banners if b.target_page_id]
            )
        ).values_list("pk", flat=True)
    )
    return [
        banner
        for banner in banners
        if (banner.target_page_id in visible_pages)
        or (not banner.target_page_id and (banner.target_document_id or banner.target_url))
    ]
