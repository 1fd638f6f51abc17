from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentHealthConfig(AppConfig):
    name = "content_health"
    verbose_name = _("Content health")
