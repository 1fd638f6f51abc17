from wagtail.snippets.models import register_snippet

from .viewsets import ScheduleEntryViewSet

register_snippet(ScheduleEntryViewSet)
