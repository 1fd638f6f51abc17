from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    default = True  # of the configs in this module, the one "accounts" means
    name = "accounts"
    verbose_name = _("Accounts")


class UsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's users app with our user and group screens (INSTALLED_APPS lists this in
    place of ``wagtail.users``, as Wagtail documents for a custom user viewset)."""

    default = False
    user_viewset = "accounts.views.UserViewSet"
    group_viewset = "accounts.views.GroupViewSet"
