"""Readers' filters on a section: kind, topic series, tag, unit, year.

Only the parameters listed here reach the database, each mapped to one lookup. A value that
names nothing (an unknown slug, a year that is not one) matches nothing: the reader sees an
empty list with the filter still shown, as in the document library.
"""

from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from portal.params import QueryParams


class ArticleFilters:
    PARAMETERS = ("loai", "chuyen-de", "the", "don-vi", "nam")

    def __init__(self, section, params: QueryParams):
        self.section = section
        self.values = {name: params.text(name) for name in self.PARAMETERS}
        self.year = params.year("nam")

    @property
    def active(self):
        return any(self.values.values())

    def query_string(self) -> str:
        """The filters the reader chose, as URL parameters (for pagination links)."""
        return urlencode({name: value for name, value in self.values.items() if value})

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
        if self.values["nam"]:
            articles = articles.filter(date__year=self.year) if self.year else articles.none()
        return articles.distinct() if self.values["the"] else articles

    def options(self):
        """Choices for the filter form (kinds, topics, units, years with articles here)."""
        return self.section.filter_options()

    LABELS = {
        "loai": _("Kind"),
        "chuyen-de": _("Topic series"),
        "don-vi": _("Unit"),
        "nam": _("Year"),
    }
