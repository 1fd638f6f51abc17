"""Document types, issuing bodies and fields: data administrators manage, seeded complete."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Site

from documents.numbers import ParsedNumber, Vocabulary, parse, vocabulary_from
from portal.cache import cached
from portal.collation import COLLATION
from portal.models import SiteIdentity


class System(models.TextChoices):
    PARTY = "party", _("Party")
    STATE = "state", _("State")


class DocumentType(models.Model):
    name = models.CharField(_("name"), max_length=100, db_collation=COLLATION)
    system = models.CharField(
        pgettext_lazy("document", "system"), max_length=10, choices=System.choices
    )
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    symbols = models.CharField(
        _("symbols"),
        max_length=100,
        blank=True,
        help_text=_("As printed in numbers, comma-separated, the usual one first: QĐi, QĐ."),
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("document type")
        verbose_name_plural = _("document types")
        ordering = ["system", "sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["name", "system"], name="unique_type_per_system")
        ]

    def __str__(self):
        return self.name

    @property
    def symbol_list(self):
        return [symbol.strip() for symbol in self.symbols.split(",") if symbol.strip()]


class Issuer(models.Model):
    """An issuing body; bodies that were merged or renamed stay, inactive, for the archive."""

    code = models.CharField(_("abbreviation"), max_length=30, unique=True)
    name = models.CharField(_("name"), max_length=255, db_collation=COLLATION)
    system = models.CharField(
        pgettext_lazy("document", "system"), max_length=10, choices=System.choices
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("belongs to"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    local = models.BooleanField(
        _("local body"),
        default=False,
        help_text=_("Shown with the province named in the site settings (Tỉnh ủy Thanh Hóa)."),
    )
    active = models.BooleanField(pgettext_lazy("list", "active"), default=True)

    class Meta:
        verbose_name = _("issuing body")
        verbose_name_plural = _("issuing bodies")
        ordering = ["system", "name"]

    def __str__(self):
        return self.display_name()

    def display_name(self, province=None):
        if self.local:
            province = province if province is not None else _current_province()
            if province:
                return f"{self.name} {province}"
        return self.name


def _current_province():
    site = Site.objects.filter(is_default_site=True).first()
    identity = SiteIdentity.objects.filter(site=site).first() if site else None
    return identity.province if identity else ""


class DocumentField(models.Model):
    """A field of work (lĩnh vực): Xây dựng Đảng, Kiểm tra – giám sát..."""

    name = models.CharField(_("name"), max_length=150, unique=True, db_collation=COLLATION)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)

    class Meta:
        verbose_name = _("field")
        verbose_name_plural = _("fields")
        ordering = ["name"]

    def __str__(self):
        return self.name


def current_vocabulary() -> Vocabulary:
    """The number parser's vocabulary, from the document types and issuers (cached)."""

    def load():
        types = [(t.system, t.symbol_list) for t in DocumentType.objects.all()]
        issuers = list(Issuer.objects.values_list("system", "code"))
        return vocabulary_from(types, issuers)

    return cached("document-vocabulary", load)


def read_number(text: str) -> ParsedNumber:
    return parse(text, current_vocabulary())


def suggestions(parsed: ParsedNumber) -> tuple[list[DocumentType], Issuer | None]:
    """(document types, issuer) the parsed number points to; the first type is likeliest."""
    types = []
    if parsed.system:
        candidates = DocumentType.objects.filter(system=parsed.system)
        if parsed.symbol:
            types = [t for t in candidates if parsed.symbol in t.symbol_list]
            # The usual symbol of a type first (QĐ: Quyết định before Quy định).
            types.sort(key=lambda t: t.symbol_list.index(parsed.symbol))
        elif parsed.issuer_code == "QH":
            types = list(candidates.filter(slug__startswith="luat"))
        elif parsed.unit_code:
            types = [t for t in candidates if not t.symbol_list and "công văn" in t.name.lower()]
    issuer = Issuer.objects.filter(code=parsed.issuer_code).first() if parsed.issuer_code else None
    return types, issuer
