"""The admin screens of the home app's snippets (registered in ``wagtail_hooks``)."""

from portal.snippets import SnippetViewSet

from .models import ContactOfficial


class ContactOfficialViewSet(SnippetViewSet):
    """Listed under Snippets, in the order the contact page shows them."""

    model = ContactOfficial
