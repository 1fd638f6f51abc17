"""The admin's "add user" and "edit user" forms, limited to what the person using them may
grant (accounts.grants), with one normalised form of username (accounts.usernames)."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from units.models import Unit, UnitMember

from .grants import grantor
from .usernames import UsernameField, username_taken

# Fields that give rights: a request carrying one the form does not offer is forged.
RIGHTS_FIELDS = frozenset({"is_superuser", "is_active", "groups", "user_permissions"})


class AccountFormMixin:
    """Shared by both forms; ``acting_user`` is who is using the form."""

    def __init__(self, *args, acting_user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.acting_user = acting_user
        self.fields["unit"] = self._unit_field()
        self.grantor = grantor(acting_user)
        # Replaces Wagtail's, whose help text and messages allow any letter and "+".
        self.fields[get_user_model().USERNAME_FIELD] = UsernameField()
        if acting_user.is_superuser:
            return
        self.fields.pop("is_superuser", None)
        if self.instance.pk == acting_user.pk:
            self.fields.pop("groups", None)  # one's own rights are granted by someone else
        elif "groups" in self.fields:
            self._offer_grantable_groups(self.fields["groups"])

    def _unit_field(self) -> forms.ModelChoiceField:
        """The unit the person writes for; a unit merged since stays until another is chosen."""
        membership = UnitMember.objects.filter(user_id=self.instance.pk).first()
        current = membership.unit_id if membership else None
        return forms.ModelChoiceField(
            queryset=Unit.objects.filter(Q(active=True) | Q(pk=current)),
            required=False,
            initial=current,
            label=_("Unit"),
            help_text=_(
                "The unit this person writes for: new articles are credited to it and the "
                "contribution reports count them under it."
            ),
        )

    def _offer_grantable_groups(self, field: forms.ModelMultipleChoiceField) -> None:
        """Only the groups the user may grant are shown; ``clean_groups`` refuses the rest."""
        field.widget.choices = [(group.pk, group.name) for group in self.grantor.grantable_groups()]
        field.help_text = _(
            "Only groups whose every permission you hold yourself are listed; the technician "
            "grants the others."
        )

    def _clean_username(self):
        """Wagtail's duplicate check, on the normalised name and ignoring capitals."""
        username = self.cleaned_data.get(get_user_model().USERNAME_FIELD)
        if username and username_taken(username, exclude_pk=self.instance.pk):
            self.add_error(
                get_user_model().USERNAME_FIELD,
                forms.ValidationError(
                    _(
                        "This username is already taken (usernames do not distinguish capitals "
                        "from lower case)."
                    ),
                    code="duplicate_username",
                ),
            )
        return username

    def clean_groups(self):
        groups = self.cleaned_data["groups"]
        refused = [group for group in groups if not self.grantor.may_grant(group)]
        if refused:
            raise forms.ValidationError(
                [
                    format_lazy(
                        _(
                            "You cannot grant the group “{group}”: it gives rights you do not "
                            "hold yourself. Ask the technician."
                        ),
                        group=group.name,
                    )
                    for group in refused
                ],
                code="not_grantable",
            )
        return groups

    def clean(self):
        """The views refuse such a request first; the form never saves one either."""
        cleaned_data = super().clean()
        account = self.instance
        if (
            account.pk
            and account.pk != self.acting_user.pk
            and not self.grantor.may_manage(account)
        ):
            raise forms.ValidationError(
                _("Only the technician may change this account."), code="not_manageable"
            )
        return cleaned_data

    def save(self, commit=True):
        account = super().save(commit=commit)
        if commit:
            self.save_unit(account)
        return account

    def save_unit(self, account) -> None:
        unit = self.cleaned_data.get("unit")
        if unit is None:
            UnitMember.objects.filter(user=account).delete()
        else:
            UnitMember.objects.update_or_create(user=account, defaults={"unit": unit})


class AccountCreationForm(AccountFormMixin, UserCreationForm):
    """The "add user" form."""


class AccountEditForm(AccountFormMixin, UserEditForm):
    """The "edit user" form."""
