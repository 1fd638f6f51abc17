from wagtail.snippets.models import register_snippet

from .viewsets import ContactOfficialViewSet

register_snippet(ContactOfficialViewSet)
