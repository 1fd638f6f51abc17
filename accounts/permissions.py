"""Permission policies of the user and group screens (see accounts.grants)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.permission_policies import ModelPermissionPolicy

from .grants import grantor


class AccountPermissionPolicy(ModelPermissionPolicy):
    """Wagtail's user permissions, narrowed per account: a non-superuser edits only accounts
    whose every right they hold themselves (and their own details)."""

    def __init__(self) -> None:
        super().__init__(get_user_model())

    def user_has_permission_for_instance(self, user, action: str, instance) -> bool:
        if not self.user_has_permission(user, action):
            return False
        if instance.pk == user.pk:
            return action != "delete"
        return grantor(user).may_manage(instance)


class SuperuserOnlyPolicy(ModelPermissionPolicy):
    """Changing a group changes the rights of everyone in it, its own editor included: only a
    superuser may, whatever model permissions are granted."""

    def __init__(self) -> None:
        super().__init__(Group)

    def user_has_permission(self, user, action: str) -> bool:
        return user.is_active and user.is_superuser

    def users_with_any_permission(self, actions):
        return get_user_model()._default_manager.filter(is_active=True, is_superuser=True)
