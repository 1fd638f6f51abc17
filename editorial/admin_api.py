"""The admin's page API: the explorer's endpoint with drafts narrowed (``editorial.visibility``)
and its actions refused on a page that is locked for the user, as the editor refuses a save.

Wagtail's API actions check only the permission each action needs: a page in review, locked
for everyone but its reviewers, could be reverted (a new revision written) by its author or by
anyone who may edit it.
"""

from django.utils.translation import gettext as _
from rest_framework.exceptions import PermissionDenied
from wagtail import hooks

from .visibility import VisiblePagesAdminAPIViewSet

# Actions that make a new page from this one and leave it as it is; every other action
# (those Wagtail may add included) changes the page and waits for its lock.
LEAVE_THE_PAGE_AS_IT_IS = frozenset({"copy", "copy_for_translation", "create_alias"})


class PagesAdminAPIViewSet(VisiblePagesAdminAPIViewSet):
    def action_view(self, request, pk, action_name):
        if action_name not in LEAVE_THE_PAGE_AS_IT_IS:
            lock = self.get_object().get_lock()
            if lock is not None and lock.for_user(request.user):
                raise PermissionDenied(_("This page is locked: it cannot be changed now."))
        return super().action_view(request, pk, action_name)


@hooks.register("construct_admin_api")
def serve_pages_in_admin_api(router):
    router.register_endpoint("pages", PagesAdminAPIViewSet)
