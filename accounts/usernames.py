"""Usernames: one plain lower-case ASCII form per person.

"QuanTriVien", "quantrivien" and "quаntrivien" (with a Cyrillic "а") look alike on screen and in
the history of a page; only the second is a username. A name is normalised (NFKC, trimmed,
lower case) before it is checked, compared or stored; what remains must be in a small ASCII set,
so no look-alike letter of another alphabet gets through, and two names are the same when their
lower-case forms are (the migration adds a unique index on ``lower(username)``).
"""

import unicodedata

from django import forms
from django.contrib.auth import get_user_model
from django.core.validators import RegexValidator
from django.db.models import QuerySet
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

ALLOWED = r"\A[a-z0-9._@-]+\Z"

validate_username_characters = RegexValidator(
    ALLOWED,
    message=_(
        "A username may contain only letters without diacritics (a–z), digits (0–9), full "
        "stops (.), underscores (_), hyphens (-) and at signs (@): no spaces, no letters with "
        "diacritics or from another alphabet. Capitals are turned into lower case."
    ),
    code="invalid",
)


def normalise_username(value: str) -> str:
    """The form a username is stored and compared in (full-width letters become ASCII)."""
    return unicodedata.normalize("NFKC", value).strip().lower()


def accounts_named(username: str) -> QuerySet:
    """Accounts whose name is ``username`` (normalised) in any mix of capitals; matched as
    the unique index on ``lower(username)`` is, so the database can use it."""
    User = get_user_model()
    return User._default_manager.alias(folded=Lower(User.USERNAME_FIELD)).filter(folded=username)


def username_taken(username: str, exclude_pk=None) -> bool:
    """Whether another account has this name in any mix of capitals."""
    return accounts_named(username).exclude(pk=exclude_pk).exists()


class UsernameField(forms.CharField):
    default_validators = [validate_username_characters]

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("label", _("Username"))
        kwargs.setdefault("max_length", 150)
        kwargs.setdefault(
            "help_text",
            _(
                "Letters a–z without diacritics, digits 0–9 and . _ - @. Capitals become lower "
                "case; names that differ only in capitals are the same name."
            ),
        )
        super().__init__(**kwargs)

    def to_python(self, value) -> str:
        return normalise_username(super().to_python(value) or "")
