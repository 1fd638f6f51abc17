"""Model fields shared by several apps."""

from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

from .validators import validate_web_address


class WebAddressField(models.CharField):
    """An outside http(s) address, checked as typed (Django's URLField would silently turn
    "//host" into "https://host")."""

    default_validators = [validate_web_address]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 500)
        kwargs.setdefault("verbose_name", _("web address"))
        super().__init__(*args, **kwargs)
