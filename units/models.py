"""Units that contribute news and that readers look up: party organisations, unions, offices."""

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from portal.collation import COLLATION
from portal.models import PortalPage


class Unit(index.Indexed, models.Model):
    """A member unit; units nest (a party cell under an enterprise's party committee)."""

    class Kind(models.TextChoices):
        PARTY_ORGANISATION = "party", _("Grassroots party organisation")
        PARTY_CELL = "cell", _("Party cell")
        MASS_ORGANISATION = "mass", _("Mass organisation")
        OFFICE = "office", _("Advisory body or office")

    name = models.CharField(_("name"), max_length=255, db_collation=COLLATION)
    short_code = models.CharField(
        _("short code"),
        max_length=40,
        unique=True,
        help_text=_("A short code used in reports, for example CB-VP or CĐVC."),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("belongs to"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    address = models.CharField(_("address"), max_length=500, blank=True)
    active = models.BooleanField(
        pgettext_lazy("list", "active"),
        default=True,
        help_text=_("Units that were merged or dissolved stay for the archive but are hidden."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("short_code"),
        FieldPanel("kind"),
        FieldPanel("parent"),
        FieldPanel("address"),
        FieldPanel("active"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("short_code"),
        index.FilterField("kind"),
        index.FilterField("active"),
    ]

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["name"]

    def __str__(self):
        return self.name


class UnitIndexPage(PortalPage):
    """Public list of the grassroots party organisations, with their party cells."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    max_count = 1

    class Meta:
        verbose_name = _("list of grassroots party organisations")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        units = Unit.objects.filter(active=True).order_by("name")
        organisations = [u for u in units if u.kind == Unit.Kind.PARTY_ORGANISATION]
        cells = {}
        for unit in units:
            if unit.parent_id and unit.kind == Unit.Kind.PARTY_CELL:
                cells.setdefault(unit.parent_id, []).append(unit)
        context["organisations"] = [(unit, cells.get(unit.pk, [])) for unit in organisations]
        return context


class UnitMember(models.Model):
    """The unit an account writes for: pickers show it, a new article is credited to it, and
    the contribution reports count people under it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="unit_membership",
    )
    unit = models.ForeignKey(
        Unit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="members"
    )

    class Meta:
        verbose_name = _("unit of an account")
        verbose_name_plural = _("units of accounts")

    def __str__(self) -> str:
        return f"{self.user} – {self.unit}"


def unit_of(user: Any) -> Unit | None:
    """The unit ``user`` writes for, or None (also for anonymous users)."""
    if not getattr(user, "pk", None):
        return None
    membership = UnitMember.objects.filter(user=user).select_related("unit").first()
    return membership.unit if membership else None
