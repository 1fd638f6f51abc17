"""The admin screens of the schedule app's snippets (registered in ``wagtail_hooks``)."""

from django.utils.translation import gettext_lazy as _

from portal.snippets import DraftAwareSnippetChooserViewSet, ModeratedSnippetViewSet

from .models import ScheduleEntry


class ScheduleEntryViewSet(ModeratedSnippetViewSet):
    model = ScheduleEntry
    chooser_viewset_class = DraftAwareSnippetChooserViewSet
    icon = "calendar-alt"
    menu_label = _("Work schedule")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["date", "start_time", "content", "presides", "place"]
    list_filter = ["date"]
    ordering = ["-date", "start_time"]
