from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from django.db.backends.signals import connection_created
        from django.db.models.signals import pre_save

        from . import forms, signals, widgets
        from .collation import register_sqlite_collation

        # Every model's text is stored as NFC, whoever saves it (forms, scripts, imports).
        pre_save.connect(signals.normalize_text_fields, dispatch_uid="portal-nfc")
        # ...and without the invisible characters that hide or reorder what the board reads.
        pre_save.connect(signals.strip_invisible_characters, dispatch_uid="portal-invisible")
        # SQLite learns the Vietnamese collation on each new connection (PostgreSQL has ICU).
        connection_created.connect(register_sqlite_collation, dispatch_uid="portal-collation")
        widgets.register_slug_widget()
        forms.register_single_line_field()
        signals.connect_cache_invalidation()
