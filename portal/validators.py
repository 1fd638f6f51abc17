"""Validators shared by every link an editor can type."""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

_url_shape = URLValidator(schemes=["http", "https"])


def validate_web_address(value: str | None) -> None:
    """Only http:// and https:// addresses: never javascript:, data: or "//host" links."""
    text = (value or "").strip()
    if not text:
        return
    parts = urlsplit(text)
    if text.startswith("//") or parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        raise ValidationError(
            _("Enter a full web address starting with http:// or https://."),
            code="unsafe_url",
        )
    _url_shape(text)
