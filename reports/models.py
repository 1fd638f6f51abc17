"""What the reports are measured against: yearly quotas, the royalty scale, the award formula."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Orderable

from articles.models import AuthorCategory
from editorial.models import Grade

# Grades that earn a royalty (the "not graded" choice earns none).
PAID_GRADES = (Grade.A, Grade.B, Grade.C)


class Quota(models.Model):
    """A year's target number of items, for one unit, one author group, or everyone.

    Set from the site's operating regulation by an administrator. What counts towards it is
    described in ``reports.figures.achieved``.
    """

    year = models.PositiveSmallIntegerField(_("year"))
    unit = models.ForeignKey(
        "units.Unit",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    author_category = models.CharField(
        _("author group"), max_length=20, choices=AuthorCategory.choices, blank=True
    )
    target = models.PositiveIntegerField(_("quota (items)"))

    panels = [
        FieldPanel("year"),
        FieldPanel("unit"),
        FieldPanel("author_category"),
        FieldPanel("target"),
    ]

    class Meta:
        verbose_name = _("quota")
        verbose_name_plural = _("quotas")
        ordering = ["-year", "author_category", "unit__name"]

    def __str__(self):
        return f"{self.year} · {self.subject()}: {self.target}"

    def subject(self) -> str:
        if self.unit_id:
            return str(self.unit)
        if self.author_category:
            return str(AuthorCategory(self.author_category).label)
        return str(_("All items"))

    def clean(self):
        if self.unit_id and self.author_category:
            raise ValidationError(
                _("A quota is for one unit or for one author group, not both: leave one empty.")
            )
        for_unit = Q(unit_id=self.unit_id) if self.unit_id else Q(unit__isnull=True)
        same = Quota.objects.filter(
            for_unit, year=self.year, author_category=self.author_category
        ).exclude(pk=self.pk)
        if self.year and same.exists():
            raise ValidationError(_("This year already has a quota for the same unit or group."))


@register_setting(icon="table")
class ReportSettings(ClusterableModel, BaseGenericSetting):
    """The royalty scale and the yearly award's formula, edited by administrators."""

    coefficient_value = models.PositiveIntegerField(
        _("value of one coefficient unit (VND)"),
        default=100_000,
        help_text=_(
            "Royalty = coefficient × this value, in the spirit of Decree 18/2014/ND-CP on "
            "royalties."
        ),
    )
    points_a = models.PositiveSmallIntegerField(_("award points for a grade A item"), default=10)
    points_b = models.PositiveSmallIntegerField(_("award points for a grade B item"), default=6)
    points_c = models.PositiveSmallIntegerField(_("award points for a grade C item"), default=3)
    points_ungraded = models.PositiveSmallIntegerField(
        _("award points for an ungraded item"), default=1
    )
    views_per_point = models.PositiveIntegerField(
        _("reader views worth one award point"),
        default=1000,
        help_text=_(
            "The views of the year's items by readers, counted by the visit counter, add one "
            "point per this many views. 0: views do not count."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("coefficient_value"),
                InlinePanel("rates", heading=_("Coefficients"), label=_("Coefficient")),
            ],
            heading=_("Royalties"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("points_a"),
                FieldPanel("points_b"),
                FieldPanel("points_c"),
                FieldPanel("points_ungraded"),
                FieldPanel("views_per_point"),
            ],
            heading=_("Yearly award"),
        ),
    ]

    class Meta:
        verbose_name = _("royalties and award")

    def points(self) -> dict[str, int]:
        """Award points by grade ("" for an item nobody graded)."""
        return {
            Grade.A: self.points_a,
            Grade.B: self.points_b,
            Grade.C: self.points_c,
            Grade.NONE: self.points_ungraded,
            "": self.points_ungraded,
        }

    def coefficients(self) -> dict[tuple[str, str], Decimal]:
        """(kind slug, grade) -> coefficient; what the table leaves out comes from defaults."""
        table = dict(DEFAULT_COEFFICIENTS)
        for rate in self.rates.select_related("kind"):
            table[(rate.kind.slug, rate.grade)] = rate.coefficient
        return table


# Used until an administrator fills in the table: news < article < in-depth article.
DEFAULT_COEFFICIENTS: dict[tuple[str, str], Decimal] = {
    (kind, grade): Decimal(value)
    for kind, values in {
        "tin": ("1.5", "1.0", "0.7"),
        "bai": ("3.0", "2.0", "1.5"),
        "bai-chuyen-sau": ("5.0", "4.0", "3.0"),
    }.items()
    for grade, value in zip(PAID_GRADES, values, strict=True)
}


class RoyaltyRate(Orderable):
    """One cell of the royalty scale: the coefficient of a kind of item at a grade."""

    settings = ParentalKey(ReportSettings, on_delete=models.CASCADE, related_name="rates")
    kind = models.ForeignKey(
        "articles.ArticleKind", verbose_name=_("kind"), on_delete=models.CASCADE, related_name="+"
    )
    grade = models.CharField(
        _("grade"), max_length=4, choices=[(g.value, g.label) for g in PAID_GRADES]
    )
    coefficient = models.DecimalField(_("coefficient"), max_digits=6, decimal_places=2)

    panels = [FieldPanel("kind"), FieldPanel("grade"), FieldPanel("coefficient")]

    class Meta(Orderable.Meta):
        verbose_name = _("coefficient")
