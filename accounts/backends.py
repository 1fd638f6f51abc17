"""Sign-in by username in any mix of capitals."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from .usernames import accounts_named, normalise_username


class NormalisedUsernameBackend(ModelBackend):
    """Django's backend, given the username as it is stored.

    The typed name is normalised and matched ignoring capitals (an account created before
    names were stored in lower case keeps its capitals); the password check, the refusal of
    inactive accounts and the timing of a failed sign-in are Django's own.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        field = get_user_model().USERNAME_FIELD
        if username is None:
            username = kwargs.pop(field, None)
        if username is not None:
            stored = list(accounts_named(normalise_username(username)).values_list(field)[:2])
            if len(stored) == 1:
                username = stored[0][0]
        return super().authenticate(request, username=username, password=password, **kwargs)
