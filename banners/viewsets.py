"""The admin screens of the banners app's snippets (registered in ``wagtail_hooks``)."""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn

from portal.dates import short_date
from portal.snippets import DraftAwareSnippetChooserViewSet, ModeratedSnippetViewSet

from .models import Banner


class ThumbnailColumn(Column):
    """The banner's picture, small (the rendition the admin's image listing already makes)."""

    cell_template_name = "banners/admin/thumbnail_cell.html"


def _local(moment):
    return short_date(moment) if moment else ""


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
        "sort_order",
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

    def get_queryset(self, request):
        return Banner.objects.select_related("image")
