from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MourningConfig(AppConfig):
    name = "mourning"
    verbose_name = _("Mourning mode")
