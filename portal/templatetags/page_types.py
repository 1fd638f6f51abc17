"""Page types a user may create: a page class answers through ``user_can_create(user)``."""

from typing import Any

from django import template
from django.apps import apps

from portal.permissions import user_can_create

register = template.Library()


@register.simple_tag
def creatable_by(page_types: list[tuple[Any, ...]], user: Any) -> list[tuple[Any, ...]]:
    """Wagtail's ``(verbose_name, app_label, model_name, description)`` rows, filtered."""
    return [row for row in page_types if user_can_create(apps.get_model(row[1], row[2]), user)]
