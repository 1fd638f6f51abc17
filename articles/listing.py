"""Readers' filters on a section: kind, topic series, tag, unit, year.

Only the parameters listed here reach the database, each mapped to one lookup.
"""

from django.utils.translation import gettext_lazy as _


class ArticleFilters:
    PARAMETERS = ("loai", "chuyen-de", "the", "don-vi", "nam")

    def __init__(self, section, query):
        self.section = section
        self.values = {name: (query.get(name) or "").strip()[:100] for name in self.PARAMETERS}

    @property
    def active(self):
        return any(self.values.values())

    def apply(self, articles):
        lookups = {
            "loai": "kind__slug",
            "chuyen-de": "topic__slug",
            "the": "tagged_items__tag__slug",
            "don-vi": "unit__short_code",
        }
        for parameter, lookup in lookups.items():
            if self.values[parameter]:
                articles = articles.filter(**{lookup: self.values[parameter]})
        year = self.values["nam"]
        if year:
            articles = articles.filter(date__year=int(year)) if year.isdigit() else articles.none()
        return articles.distinct() if self.values["the"] else articles

    def options(self):
        """Choices for the filter form (kinds, topics, units, years with articles here)."""
        from articles.models import ArticleKind, ArticlePage, TopicSeries
        from units.models import Unit

        below = ArticlePage.objects.live().public().descendant_of(self.section)
        return {
            "loai": [(k.slug, k.name) for k in ArticleKind.objects.all()],
            "chuyen-de": [(t.slug, t.name) for t in TopicSeries.objects.filter(active=True)],
            "don-vi": [
                (u.short_code, u.name) for u in Unit.objects.filter(active=True).order_by("name")
            ],
            "nam": [(str(d.year), str(d.year)) for d in below.dates("date", "year", order="DESC")],
        }

    LABELS = {
        "loai": _("Kind"),
        "chuyen-de": _("Topic series"),
        "don-vi": _("Unit"),
        "nam": _("Year"),
    }
