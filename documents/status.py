"""A document's legal status, derived from its dates and from other documents.

Replaced (or past its expiry date): Hết hiệu lực toàn bộ; amended by a published document:
Hết hiệu lực một phần; effective date still ahead: Chưa có hiệu lực; else Còn hiệu lực.
An editor's override wins. Computed in SQL, so listings filter and count by it.
"""

from django.db import models
from django.db.models import Case, Exists, OuterRef, Q, Value, When
from django.utils import timezone
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


def _incoming(kind):
    from .models import DocumentRelation

    return DocumentRelation.objects.filter(target=OuterRef("pk"), kind=kind, page__live=True)


def with_status(queryset, today=None):
    """Annotate ``status_value`` on a DocumentPage queryset."""
    today = today or timezone.localdate()
    return queryset.annotate(
        status_value=Case(
            When(~Q(status_override=""), then="status_override"),
            When(Exists(_incoming(Relation.REPLACES)), then=Value(Status.EXPIRED)),
            When(expiry_date__lte=today, then=Value(Status.EXPIRED)),
            When(effective_date__gt=today, then=Value(Status.NOT_YET)),
            When(Exists(_incoming(Relation.AMENDS)), then=Value(Status.PARTLY_EXPIRED)),
            default=Value(Status.IN_FORCE),
            output_field=models.CharField(),
        )
    )
