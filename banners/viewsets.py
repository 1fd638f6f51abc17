"""The admin screens of the banners app's snippets (registered in ``wagtail_hooks``)."""

from django.contrib.admin.utils import unquote
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn
from wagtail.admin.views.generic.mixins import IndexViewOptionalFeaturesMixin
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import log
from wagtail.snippets.views import snippets as wagtail_views

from portal.dates import short_date
from portal.snippets import DraftAwareSnippetChooserViewSet, ModeratedSnippetViewSet

from .models import Banner, renumber
from .placements import PLACEMENTS


class ThumbnailColumn(Column):
    """The banner's picture, small (the rendition the admin's image listing already makes)."""

    cell_template_name = "banners/admin/thumbnail_cell.html"


def _local(moment):
    return short_date(moment) if moment else ""


class BannerIndexView(wagtail_views.IndexView):
    """Banners are put in order by dragging, one placement at a time (the order readers see
    in that placement): the drag handles appear once the list shows one placement only."""

    @cached_property
    def chosen_slot(self):
        """The placement the list is filtered to, when that is its only filter."""
        if self.is_searching or not self.is_filtering:
            return None
        form = self.filters.form
        if form.changed_data != ["slot"]:
            return None
        return form.cleaned_data["slot"] or None

    def get_valid_orderings(self):
        orderings = [o for o in super().get_valid_orderings() if o != self.sort_order_field]
        if self.chosen_slot:
            orderings.append(self.sort_order_field)
        return orderings

    def order_queryset(self, queryset):
        if self.show_ordering_column:
            return queryset.order_by(self.sort_order_field, "pk")
        return super().order_queryset(queryset)

    def get_reorder_url(self):
        # Wagtail asks the publish permission of a snippet with drafts: see BannerReorderView.
        return super(IndexViewOptionalFeaturesMixin, self).get_reorder_url()

    @cached_property
    def reorder_button(self):
        """Wagtail's one entry would order every placement at once: the list's menu has one
        per placement instead (``get_header_more_buttons``)."""
        return None

    def get_header_more_buttons(self):
        buttons = super().get_header_more_buttons()
        if not self.get_reorder_url():
            return buttons
        for placement in PLACEMENTS:
            query = urlencode({"slot": placement.key, "ordering": self.sort_order_field})
            buttons.append(
                Button(
                    gettext("Arrange: %(placement)s") % {"placement": placement.label},
                    url=f"{self.index_url}?{query}",
                    icon_name="list-ul",
                )
            )
        return buttons


class BannerReorderView(wagtail_views.ReorderView):
    """Moves a banner within its placement, and records who moved it.

    Wagtail asks the publish permission to reorder a snippet with drafts, which nobody holds
    where a workflow applies: whoever edits banners arranges them (the list offers the handles
    to the same people). The order is not part of a revision (``Banner.with_content_json``).
    """

    permission_required = "change"

    def post(self, request, *args, **kwargs):
        banner = get_object_or_404(Banner, pk=unquote(str(kwargs.get("pk"))))
        self.slot = banner.slot
        renumber(self.slot)  # positions in the list are now sort_order values
        response = super().post(request, *args, **kwargs)
        banner.refresh_from_db(fields=["sort_order"])
        log(
            instance=banner,
            action="wagtail.reorder",
            data={"slot": banner.slot, "position": banner.sort_order},
        )
        return response

    def get_queryset(self):
        return Banner.objects.filter(slot=self.slot).order_by(self.sort_order_field, "pk")


class BannerViewSet(ModeratedSnippetViewSet):
    model = Banner
    chooser_viewset_class = DraftAwareSnippetChooserViewSet
    icon = "image"
    menu_label = _("Banners")
    menu_order = 230
    add_to_admin_menu = True
    list_display = [
        "title",
        ThumbnailColumn("image", label=_("picture")),
        Column(
            "slot", label=capfirst(_("placement")), accessor="get_slot_display", sort_key="slot"
        ),
        LiveStatusTagColumn(),
        Column(
            "go_live_at",
            label=_("shown from"),
            accessor=lambda banner: _local(banner.go_live_at),
            sort_key="go_live_at",
        ),
        Column(
            "expire_at",
            label=_("shown until"),
            accessor=lambda banner: _local(banner.expire_at),
            sort_key="expire_at",
        ),
    ]
    list_filter = ["slot", "live", "festive"]
    ordering = ["slot", "sort_order"]
    sort_order_field = "sort_order"
    index_view_class = BannerIndexView
    reorder_view_class = BannerReorderView

    def get_queryset(self, request):
        return Banner.objects.select_related("image")
