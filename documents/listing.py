"""The library's listing: combinable filters kept in the URL, counts per value, the number box.

Whatever the library holds, a page costs the same few queries: one for the matching rows
(enough to count every facet and to paginate), one for the fields' counts, and two for the
page of documents with their files.
"""

from collections import Counter
from typing import NamedTuple
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.params import QueryParams

from .numbers import PARTY, STATE
from .status import Status

PAGE_SIZE = 20
# URL parameter -> facet; only these reach the database, each mapped to one lookup.
FACETS = {
    "loai": _("Document type"),
    "co-quan": _("Issuing body"),
    "linh-vuc": pgettext_lazy("document", "Field"),
    "nam": _("Year"),
    "he": _("Party or State"),
    "tinh-trang": pgettext_lazy("document", "Status"),
}


class FacetChoice(NamedTuple):
    """One value of a filter, as the filter form shows it."""

    value: str
    label: str
    count: int
    selected: bool


class Facet(NamedTuple):
    """One filter of the listing (a URL parameter) and its values. ``groups`` holds the same
    values as the form shows them: under the label of their system (Đảng, Nhà nước) for a
    filter whose names recur in both (Nghị quyết, Quyết định), else as one unlabelled group."""

    parameter: str
    label: str
    choices: list[FacetChoice]
    groups: list[tuple[str, list[FacetChoice]]]


# The filters whose values belong to a system and are shown grouped by it, under these labels.
GROUPED_BY_SYSTEM = ("loai", "co-quan")
SYSTEM_GROUPS = {
    PARTY: pgettext_lazy("library filter group", "Party"),
    STATE: pgettext_lazy("library filter group", "State"),
}


class LibraryListing:
    """The documents of ``library`` (a DocumentLibraryPage) that match the reader's filters,
    with the counts of every facet value. It asks the library for everything from the
    database, so the page model uses it without being imported back."""

    def __init__(self, library, params: QueryParams, province=""):
        self.library = library
        self.values = {name: params.text(name) for name in FACETS}
        self.year = params.year("nam")
        self.number = params.text("so")
        self.page_number = params.page()
        self.labels = library.facet_labels(province)
        self._compute()

    @property
    def active(self):
        return bool(self.number) or any(self.values.values())

    @property
    def active_facets(self):
        """How many filters besides the number box are set (the folded filters' button says so)."""
        return sum(1 for value in self.values.values() if value)

    def _filtered(self):
        documents = self.library.documents().with_status()
        v = self.values
        lookups = {"loai": "doc_type__slug", "co-quan": "issuer__code", "he": "system"}
        for parameter, lookup in lookups.items():
            if v[parameter]:
                documents = documents.filter(**{lookup: v[parameter]})
        if v["linh-vuc"]:
            documents = documents.filter(fields__slug=v["linh-vuc"])
        if v["nam"]:  # a value that is not a year matches nothing, like an unknown slug
            documents = (
                documents.filter(date_issued__year=self.year) if self.year else documents.none()
            )
        if v["tinh-trang"]:
            documents = documents.filter(status_value=v["tinh-trang"])
        if self.number:
            documents = documents.with_number(self.number)
        return documents

    def _compute(self):
        filtered = self._filtered()
        rows = list(
            filtered.order_by("-date_issued", "-pk").values_list(
                "pk", "doc_type_id", "issuer_id", "date_issued", "system", "status_value"
            )
        )
        self.count = len(rows)
        self.counts = {
            "loai": Counter(row[1] for row in rows),
            "co-quan": Counter(row[2] for row in rows),
            "nam": Counter(row[3].year for row in rows if row[3]),
            "he": Counter(row[4] for row in rows),
            "tinh-trang": Counter(row[5] for row in rows),
        }
        through = self.library.documents().model.fields.through
        self.counts["linh-vuc"] = Counter(
            dict(
                through.objects.filter(documentpage__in=filtered.values("pk"))
                .values_list("documentfield")
                .annotate(n=Count("pk"))
            )
        )
        self.page = Paginator([row[0] for row in rows], PAGE_SIZE).get_page(self.page_number)
        self.documents = self._page_documents(list(self.page.object_list))

    def _page_documents(self, ids):
        documents = self.library.documents().filter(pk__in=ids).for_listing()
        by_id = {document.pk: document for document in documents}
        return [by_id[pk] for pk in ids if pk in by_id]

    def facets(self):
        """The filters of the form, each value with its count (kept when selected)."""
        labels = self.labels
        # (value, name, count, system) of every value; the system only where it groups.
        options = {
            "loai": [
                (slug, name, self.counts["loai"][pk], system)
                for pk, (slug, name, system) in labels["types"].items()
            ],
            "co-quan": [
                (code, name, self.counts["co-quan"][pk], system)
                for pk, (code, name, system) in labels["issuers"].items()
            ],
            "linh-vuc": [
                (slug, name, self.counts["linh-vuc"][pk], "")
                for pk, (slug, name) in labels["fields"].items()
            ],
            "nam": [
                (str(year), str(year), count, "")
                for year, count in sorted(self.counts["nam"].items(), reverse=True)
            ],
            "he": [
                (key, name, self.counts["he"][key], "") for key, name in labels["systems"].items()
            ],
            "tinh-trang": [
                (value, str(label), self.counts["tinh-trang"][value], "")
                for value, label in Status.choices
            ],
        }
        facets = []
        for parameter, label in FACETS.items():
            selected = self.values[parameter]
            shown = [
                (FacetChoice(value, name, count, value == selected), system)
                for value, name, count, system in options[parameter]
                if count or value == selected
            ]
            groups = [("", [choice for choice, _ in shown])]
            if parameter in GROUPED_BY_SYSTEM:
                groups = [
                    (str(group_label), [choice for choice, system in shown if system == key])
                    for key, group_label in SYSTEM_GROUPS.items()
                ]
                groups = [(name, choices) for name, choices in groups if choices]
            facets.append(Facet(parameter, label, [choice for choice, _ in shown], groups))
        return facets

    def query_string(self, **changes):
        """This listing's URL parameters with ``changes`` (for pagination links)."""
        params = {**self.values, "so": self.number, **changes}
        return urlencode({key: value for key, value in params.items() if value})
