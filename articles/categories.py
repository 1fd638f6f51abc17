"""Who wrote an article, kept apart from the models so forms can ask without loading them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AuthorCategory(models.TextChoices):
    """Who wrote it: the seed's contribution figures are counted by these."""

    STAFF = "staff", _("Office staff")
    COLLABORATOR = "collaborator", _("Collaborator")
    COLLECTED = "collected", _("Collected")
