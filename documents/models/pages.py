"""The library page and one page per document, with its files and its relations."""

import re
from typing import NamedTuple

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Case, Exists, OuterRef, Prefetch, Q, Value, When
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, PageManager, PageQuerySet, ReferenceIndex, Site
from wagtail.search import index

from articles.models import ArticlePage
from documents.feeds import library_feed
from documents.forms import DocumentPageForm
from documents.listing import LibraryListing
from documents.periods import is_period_type, period_end_year
from documents.reading import inline_reading
from documents.status import INVERSE_LABELS, Relation, Status
from portal.cache import cached
from portal.context_processors import cached_identity
from portal.models import PortalPage
from portal.params import query_params
from portal.queries import public
from portal.search_records import SearchRecord, start_of

from .taxonomy import DocumentField, DocumentType, Issuer, System, read_number, suggestions


class Secrecy(models.TextChoices):
    NONE = "", _("Not classified")
    CONFIDENTIAL = "mat", _("Mật")
    SECRET = "toi_mat", _("Tối mật")
    TOP_SECRET = "tuyet_mat", _("Tuyệt mật")


class RelatedDocument(NamedTuple):
    """Another document and how it relates to this one ("amends", "replaced by"...)."""

    label: str
    document: "DocumentPage"


class DocumentLibraryPage(RoutablePageMixin, PortalPage):
    """Văn bản: every document the committee issues or relays, with facets."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    subpage_types = ["documents.DocumentPage"]
    max_count = 1
    page_size = 20

    class Meta:
        verbose_name = _("document library")

    def documents(self):
        """The documents readers may see here: live, public, publishable."""
        return public(DocumentPage.objects.live().child_of(self).filter(publishable=True))

    def facet_labels(self, province=""):
        """What the listing's filters show for each type, issuer, field and system (cached);
        a type or an issuer also names its system, under which the filter groups it."""

        def load():
            return {
                "types": {t.pk: (t.slug, str(t), t.system) for t in DocumentType.objects.all()},
                "issuers": {
                    i.pk: (i.code, i.display_name(province), i.system) for i in Issuer.objects.all()
                },
                "fields": {f.pk: (f.slug, f.name) for f in DocumentField.objects.all()},
                "systems": {value: str(label) for value, label in System.choices},
            }

        return cached("library-labels-by-system", load, province)

    @path("")
    def listing(self, request):
        site = Site.find_for_request(request)  # already looked up for this request
        province = cached_identity(site).province if site else ""
        listing = LibraryListing(self, query_params(request), province=province)
        return self.render(request, context_overrides={"listing": listing})

    @path("rss/", name="feed")
    def feed(self, request):
        return library_feed(self, request)


class DocumentPageQuerySet(PageQuerySet):
    def with_status(self, today=None):
        """Annotate ``status_value``, the legal status (``documents.status``), computed in SQL."""
        today = today or timezone.localdate()

        def incoming(kind):
            return DocumentRelation.objects.filter(
                target=OuterRef("pk"), kind=kind, page__live=True
            )

        return self.annotate(
            status_value=Case(
                When(~Q(status_override=""), then="status_override"),
                When(Exists(incoming(Relation.REPLACES)), then=Value(Status.EXPIRED)),
                When(expiry_date__lte=today, then=Value(Status.EXPIRED)),
                When(effective_date__gt=today, then=Value(Status.NOT_YET)),
                When(Exists(incoming(Relation.AMENDS)), then=Value(Status.PARTLY_EXPIRED)),
                default=Value(Status.IN_FORCE),
                output_field=models.CharField(),
            )
        )

    def with_number(self, text):
        """The documents numbered ``text``; one read only in part matches what was read."""
        parsed = read_number(text)
        if parsed.ok:
            return self.filter(number_key=parsed.key)
        # Whole numbers only: "05-NQ" finds 05-NQ/ĐUK, not 105-NQ/ĐUK; "8" not 18 or 80.
        part = re.escape(parsed.key)
        return self.filter(number_key__regex=rf"(^|[^0-9]){part}([^0-9]|$)")

    def for_listing(self):
        """With their status, type, issuer and files, as a listing shows them."""
        attachments = DocumentAttachment.objects.select_related("file").order_by("sort_order")
        return (
            self.with_status()
            .select_related("doc_type", "issuer")
            .prefetch_related(Prefetch("attachments", queryset=attachments))
        )


class DocumentPage(PortalPage):
    """One document: its number, type, issuer, dates, summary, files and relations."""

    number = models.CharField(
        _("number and symbol"),
        max_length=100,
        blank=True,
        help_text=_("As printed: 106-KH/TU, 43/2011/NĐ-CP, 3241/SNV-TT."),
    )
    number_key = models.CharField(max_length=100, blank=True, editable=False, db_index=True)
    number_flags = models.CharField(max_length=100, blank=True, editable=False)
    doc_type = models.ForeignKey(
        "documents.DocumentType",
        verbose_name=_("document type"),
        null=True,
        on_delete=models.PROTECT,
        related_name="documents",
    )
    issuer = models.ForeignKey(
        "documents.Issuer",
        verbose_name=_("issuing body"),
        null=True,
        on_delete=models.PROTECT,
        related_name="documents",
    )
    system = models.CharField(
        pgettext_lazy("document", "system"), max_length=10, choices=System.choices, blank=True
    )
    date_issued = models.DateField(_("date issued"), null=True)
    effective_date = models.DateField(_("effective from"), null=True, blank=True)
    expiry_date = models.DateField(_("effective until"), null=True, blank=True)
    signer = models.CharField(_("signed by"), max_length=255, blank=True)
    signer_position = models.CharField(_("position of the signer"), max_length=255, blank=True)
    fields = ParentalManyToManyField(
        "documents.DocumentField", verbose_name=_("fields"), blank=True, related_name="documents"
    )
    summary = models.TextField(_("summary (trích yếu)"), blank=True)
    publishable = models.BooleanField(
        _("may be published"),
        default=True,
        help_text=_("Untick for a record kept for the board only: it never reaches readers."),
    )
    secrecy = models.CharField(
        _("classification"), max_length=20, choices=Secrecy.choices, blank=True
    )
    status_override = models.CharField(
        _("status set by hand"),
        max_length=20,
        choices=Status.choices,
        blank=True,
        help_text=_("Leave empty to derive it from the dates and the relations."),
    )

    objects = PageManager.from_queryset(DocumentPageQuerySet)()

    base_form_class = DocumentPageForm
    content_panels = PortalPage.content_panels + [
        FieldPanel("number"),
        FieldRowPanel([FieldPanel("doc_type"), FieldPanel("issuer")]),
        FieldRowPanel(
            [FieldPanel("date_issued"), FieldPanel("effective_date"), FieldPanel("expiry_date")]
        ),
        FieldRowPanel([FieldPanel("signer"), FieldPanel("signer_position")]),
        FieldPanel("summary"),
        FieldPanel("fields", widget=forms.CheckboxSelectMultiple),
        InlinePanel("attachments", heading=_("Files"), min_num=0),
        InlinePanel("relations", heading=_("Relations to other documents")),
        MultiFieldPanel(
            [FieldPanel("publishable"), FieldPanel("secrecy"), FieldPanel("status_override")],
            heading=_("Publication and status"),
        ),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("number", boost=3),
        index.SearchField("summary", boost=2),
        index.SearchField("signer"),
        index.FilterField("publishable"),
        index.FilterField("date_issued"),
        index.SearchField("attachment_text"),
        # The admin's page search completes as the editor types: number, summary, file text.
        index.AutocompleteField("number"),
        index.AutocompleteField("summary"),
        index.AutocompleteField("attachment_text"),
    ]
    parent_page_types = ["documents.DocumentLibraryPage"]
    subpage_types = []

    class Meta:
        verbose_name = pgettext_lazy("library", "document")
        verbose_name_plural = pgettext_lazy("library", "documents")

    def save(self, *args, **kwargs):
        parsed = read_number(self.number)
        self.number = parsed.printed if self.number else ""
        self.number_key = parsed.key if self.number else ""
        self.number_flags = ",".join(parsed.problems) if self.number else ""
        if self.doc_type_id:
            self.system = self.doc_type.system
        return super().save(*args, **kwargs)

    def attachment_text(self):
        """The text of the attached files, for site search."""
        return " ".join(
            attachment.file.text for attachment in self.attachments.select_related("file")
        )

    @classmethod
    def prepare_for_search_index(cls, queryset):
        return queryset.select_related("issuer", "doc_type")

    def search_record(self, lookups):
        """Found by number, type, issuer, summary and the text of its files; a record not
        (or no longer) publishable, or secret, is left out."""
        if not self.publishable or self.secrecy:
            return None
        issuer = self.issuer.display_name() if self.issuer else ""
        text = " ".join([self.summary, lookups.file_text(self)])
        date = start_of(self.date_issued) if self.date_issued else self.first_published_at
        return SearchRecord(
            "document",
            self.summary,
            text,
            date,
            issuer,
            self.number_key,
            title_words=str(self.doc_type or ""),
            labels=" ".join([self.number, issuer]),
        )

    def publish_problems(self):
        problems = []
        if not self.publishable:
            problems.append(("publishable", gettext("This record is marked for the board only.")))
        if self.secrecy:
            problems.append(("secrecy", gettext("Classified documents are never put online.")))
        if not self.number:
            problems.append(("number", gettext("Give the number and symbol.")))
        if not self.doc_type_id:
            problems.append(("doc_type", gettext("Choose the document type.")))
        if not self.issuer_id:
            problems.append(("issuer", gettext("Choose the issuing body.")))
        if not self.date_issued:
            problems.append(("date_issued", gettext("Give the date issued.")))
        if not (self.summary or "").strip():
            problems.append(("summary", gettext("Write the summary (trích yếu).")))
        if not [a for a in self.attachments.all() if a.file_id]:
            problems.append((None, gettext("Attach at least one file readers can download.")))
        return problems

    def period_problem(self, today=None):
        """What to tell the editor of a plan or programme that names its period ("giai đoạn
        2021–2025") but has no expiry date, so the library would call it in force for ever;
        None when there is nothing to say (a date or a status given, or replaced)."""
        if self.expiry_date or self.status_override or self.doc_type is None:
            return None
        if not is_period_type(self.doc_type.symbol_list):
            return None
        end = period_end_year(self.title, self.summary)
        if end is None:
            return None
        if (
            self.pk
            and DocumentRelation.objects.filter(
                target=self, kind=Relation.REPLACES, page__live=True
            ).exists()
        ):
            return None
        today = today or timezone.localdate()
        if end < today.year:
            return gettext(
                "The period it names ended in %(year)s, but no expiry date is given: the "
                "library shows it as in force. Give the expiry date (for example 31/12/%(year)s)."
            ) % {"year": end}
        return gettext(
            "It names a period ending in %(year)s but has no expiry date: once the period is "
            "over, the library would still show it as in force. Give the expiry date."
        ) % {"year": end}

    @property
    def status(self):
        value = getattr(self, "status_value", None)
        if value is None:
            value = DocumentPage.objects.filter(pk=self.pk).with_status().values_list(
                "status_value", flat=True
            ).first() or (self.status_override or Status.IN_FORCE)
        return Status(value)

    def relations_both_ways(self):
        """This document's relations and those pointing at it."""
        outgoing = [
            RelatedDocument(relation.get_kind_display(), relation.target)
            for relation in self.relations.select_related("target")
            if relation.target.live and relation.target.publishable
        ]
        incoming = [
            RelatedDocument(INVERSE_LABELS[Relation(relation.kind)], relation.page)
            for relation in DocumentRelation.objects.filter(
                target=self, page__live=True, page__publishable=True
            ).select_related("page")
        ]
        return outgoing + incoming

    def number_suggestions(self, number):
        """(parsed number, document types likeliest first, issuer): what ``number`` says
        about the document; the editing form fills in what the editor has not chosen."""
        parsed = read_number(number)
        return (parsed, *suggestions(parsed))

    def twin(self, number_key, issuer, date_issued):
        """Another record of the same document: same number, issuer and date."""
        return (
            DocumentPage.objects.filter(
                number_key=number_key, issuer=issuer, date_issued=date_issued
            )
            .exclude(pk=self.pk)
            .first()
        )

    def linking_articles(self):
        """Published articles whose body links to this document."""
        ids = (
            ReferenceIndex.get_references_to(self)
            .filter(content_type=ContentType.objects.get_for_model(ArticlePage))
            .values_list("object_id", flat=True)
        )
        return list(
            ArticlePage.objects.live()
            .public()
            .filter(pk__in=[int(i) for i in ids])
            .order_by("-date")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["attachments"] = list(self.attachments.select_related("file", "file__preview"))
        # The text read from the file, page by page (?page=N), for readers on phones.
        context["reading"] = inline_reading(context["attachments"], query_params(request).page())
        context["relations"] = self.relations_both_ways()
        context["articles"] = self.linking_articles()
        return context

    def get_sitemap_urls(self, request=None):
        # Not listed when readers would get "not found" (see serve).
        if not self.publishable or self.secrecy:
            return []
        return super().get_sitemap_urls(request)

    def serve(self, request, *args, **kwargs):
        # A record for the board only is never shown, even if someone published it.
        if not self.publishable or self.secrecy:
            raise Http404
        return super().serve(request, *args, **kwargs)


class DocumentAttachment(Orderable):
    page = ParentalKey(DocumentPage, on_delete=models.CASCADE, related_name="attachments")
    file = models.ForeignKey(
        "portal.PortalDocument",
        verbose_name=_("file"),
        on_delete=models.PROTECT,
        related_name="library_attachments",
    )
    label = models.CharField(
        _("label"), max_length=255, blank=True, help_text=_("For example: Phụ lục kèm theo.")
    )

    panels = [FieldPanel("file"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")


class DocumentRelation(Orderable):
    page = ParentalKey(DocumentPage, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(_("relation"), max_length=20, choices=Relation.choices)
    target = models.ForeignKey(
        DocumentPage,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="incoming_relations",
    )

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("target")])]

    class Meta(Orderable.Meta):
        verbose_name = _("relation")
        verbose_name_plural = _("relations")
