from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from .collation import register_sqlite_collation


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from django.conf import settings
        from django.core import checks
        from django.db.backends.signals import connection_created
        from django.db.models.signals import pre_save
        from PIL import Image

        from . import file_permissions, forms, public_files, signals, widgets
        from .modeladmin import check_modeladmins_are_strict

        # Every model's text is stored as NFC, whoever saves it (forms, scripts, imports).
        pre_save.connect(signals.normalize_text_fields, dispatch_uid="portal-nfc")
        # ...and without the invisible characters that hide or reorder what the board reads.
        pre_save.connect(signals.strip_invisible_characters, dispatch_uid="portal-invisible")
        # SQLite learns the Vietnamese collation on each new connection (PostgreSQL has ICU).
        connection_created.connect(register_sqlite_collation, dispatch_uid="portal-collation")
        widgets.register_slug_widget()
        forms.register_single_line_field()
        signals.connect_cache_invalidation()
        # Pillow refuses to open a picture of more than twice this many pixels wherever it
        # is opened (renditions of files stored before the upload checks too); uploads are
        # held to the limit itself (portal.media_uploads).
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
        # Uploads reach readers only once something published uses them.
        public_files.connect()
        # ...and then only the editorial board changes them, only administrators delete them.
        file_permissions.install()
        # Every modeladmin area takes only its declared filters and checks permissions.
        checks.register(check_modeladmins_are_strict, checks.Tags.urls)
