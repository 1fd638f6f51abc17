"""The admin screens of the banners app's snippets (registered in ``wagtail_hooks``)."""

from django.utils.translation import gettext_lazy as _

from portal.snippets import DraftAwareSnippetChooserViewSet, ModeratedSnippetViewSet

from .models import Banner


class BannerViewSet(ModeratedSnippetViewSet):
    model = Banner
    chooser_viewset_class = DraftAwareSnippetChooserViewSet
    icon = "image"
    menu_label = _("Banners")
    menu_order = 230
    add_to_admin_menu = True
    list_display = ["title", "slot", "sort_order", "go_live_at", "expire_at"]
    list_filter = ["slot", "live", "festive"]
    ordering = ["slot", "sort_order"]
