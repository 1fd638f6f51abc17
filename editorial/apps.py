from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial process")

    def ready(self):
        # The admin lists drafts only to those who may read them; its page API's actions wait
        # for a page's lock.
        from . import admin_api, visibility  # noqa: F401
