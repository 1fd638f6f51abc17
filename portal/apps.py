from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from django.db.models.signals import pre_save

        from . import signals, widgets

        # Every model's text is stored as NFC, whoever saves it (forms, scripts, imports).
        pre_save.connect(signals.normalize_text_fields, dispatch_uid="portal-nfc")
        widgets.register_slug_widget()
        signals.connect_cache_invalidation()
