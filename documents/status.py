"""A document's legal status, derived from its dates and from other documents.

Replaced (or past its expiry date): Hết hiệu lực toàn bộ; amended by a published document:
Hết hiệu lực một phần; effective date still ahead: Chưa có hiệu lực; else Còn hiệu lực.
An editor's override wins. Computed in SQL (``DocumentPage.objects.with_status()``), so
listings filter and count by it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    IN_FORCE = "in_force", _("In force")
    PARTLY_EXPIRED = "partly_expired", _("Partly expired")
    EXPIRED = "expired", _("Expired")
    NOT_YET = "not_yet", _("Not yet in force")


class Relation(models.TextChoices):
    REPLACES = "replaces", _("replaces")
    AMENDS = "amends", _("amends")
    GUIDES = "guides", _("guides")
    BASED_ON = "based_on", _("is based on")


# How a relation reads from the other side.
INVERSE_LABELS = {
    Relation.REPLACES: _("replaced by"),
    Relation.AMENDS: _("amended by"),
    Relation.GUIDES: _("guided by"),
    Relation.BASED_ON: _("basis of"),
}
