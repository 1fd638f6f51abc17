"""The quotas' admin screens (administrators; registered in ``wagtail_hooks``)."""

from django.utils.translation import gettext_lazy as _

from portal.snippets import SnippetViewSet

from .models import Quota


class QuotaViewSet(SnippetViewSet):
    model = Quota
    icon = "table"
    menu_label = _("Quotas")
    add_to_admin_menu = False  # in the Reports menu, for those who may change quotas
    list_display = ["year", "unit", "author_category", "target"]
    list_filter = ["year", "author_category"]
    ordering = ["-year", "author_category", "unit__name"]
