"""Wagtail's bulk actions on users, held to the same rules as the edit screen: an account is
acted on only by someone who may manage it, never by its owner, and a group is assigned only by
someone who may grant it."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.users.views.bulk_actions import (
    AssignRoleBulkAction,
    DeleteBulkAction,
    SetActiveStateBulkAction,
)

from .grants import grantor


class AccountBulkActionMixin:
    def check_perm(self, obj) -> bool:
        return super().check_perm(obj) and grantor(self.request.user).may_manage(obj)

    def prepare_action(self, objects, objects_without_access):
        """Wagtail skips the accounts the user may not touch; a request naming only such
        accounts is refused outright."""
        if not objects:
            raise PermissionDenied
        return super().prepare_action(objects, objects_without_access)


class AccountAssignRoleBulkAction(AccountBulkActionMixin, AssignRoleBulkAction):
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        role = form.fields["role"]
        role.queryset = grantor(self.request.user).grantable_groups()
        role.error_messages["invalid_choice"] = _(
            "You can assign only a group whose every permission you hold yourself; the "
            "technician assigns the others."
        )
        return form


class AccountDeleteBulkAction(AccountBulkActionMixin, DeleteBulkAction):
    pass


class AccountSetActiveStateBulkAction(AccountBulkActionMixin, SetActiveStateBulkAction):
    pass


BULK_ACTIONS = (
    AccountAssignRoleBulkAction,
    AccountDeleteBulkAction,
    AccountSetActiveStateBulkAction,
)
