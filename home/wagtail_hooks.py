from wagtail.snippets.models import register_snippet

from portal.snippets import SnippetViewSet

from .models import ContactOfficial


class ContactOfficialViewSet(SnippetViewSet):
    """Listed under Snippets, in the order the contact page shows them."""

    model = ContactOfficial


register_snippet(ContactOfficialViewSet)
