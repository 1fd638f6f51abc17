"""The user and group screens of the admin, through Wagtail's own viewsets, with the rules of
accounts.grants enforced on every request, not only by what the forms show."""

from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from wagtail.users.views import groups, users

from .forms import RIGHTS_FIELDS, AccountCreationForm, AccountEditForm
from .permissions import AccountPermissionPolicy, SuperuserOnlyPolicy


class AccountFormViewMixin:
    """Give the form who is using it, and refuse a request that sets a right the form does
    not offer this user (a forged ``is_superuser=on``, or ``groups`` on one's own account)."""

    def get_form_kwargs(self) -> dict:
        return {**super().get_form_kwargs(), "acting_user": self.request.user}

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if RIGHTS_FIELDS.intersection(self.request.POST).difference(form.fields):
            raise PermissionDenied
        return form


class AccountObjectViewMixin:
    """Open an account only for someone who may do ``account_action`` to it."""

    account_action = "change"

    def dispatch(self, request, *args, **kwargs):
        # Wagtail's user views load the account in setup().
        if not self.user_has_permission_for_instance(self.account_action, self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class IndexView(users.IndexView):
    """Every account is listed; only those the user may manage link to their edit screen."""

    def get_edit_url(self, instance):
        if self.user_has_permission_for_instance("change", instance):
            return super().get_edit_url(instance)
        return None

    def get_delete_url(self, instance):
        if self.user_has_permission_for_instance("delete", instance):
            return super().get_delete_url(instance)
        return None


class CreateView(AccountFormViewMixin, users.CreateView):
    pass


class EditView(AccountObjectViewMixin, AccountFormViewMixin, users.EditView):
    pass


class DeleteView(AccountObjectViewMixin, users.DeleteView):
    account_action = "delete"


class UserViewSet(users.UserViewSet):
    index_view_class = IndexView
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView
    # Wagtail's copy screen posts to "add", but a request posted to the copy address itself
    # saves into the account being copied; copying accounts is not needed.
    copy_view_enabled = False

    @cached_property
    def permission_policy(self):
        return AccountPermissionPolicy()

    def get_form_class(self, for_update: bool = False):
        return AccountEditForm if for_update else AccountCreationForm


class GroupViewSet(groups.GroupViewSet):
    @cached_property
    def permission_policy(self):
        return SuperuserOnlyPolicy()
