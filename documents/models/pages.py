"""The library page and one page per document, with its files and its relations."""

from django import forms
from django.db import models
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Site
from wagtail.search import index

from documents.forms import DocumentPageForm
from documents.status import INVERSE_LABELS, Relation, Status, with_status
from portal.models import PortalPage
from portal.params import query_params
from portal.search_records import SearchRecord, start_of

from .taxonomy import System


class Secrecy(models.TextChoices):
    NONE = "", _("Not classified")
    CONFIDENTIAL = "mat", _("Mật")
    SECRET = "toi_mat", _("Tối mật")
    TOP_SECRET = "tuyet_mat", _("Tuyệt mật")


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
        from portal.queries import public

        return public(DocumentPage.objects.live().child_of(self).filter(publishable=True))

    @path("")
    def listing(self, request):
        from documents.listing import LibraryListing
        from portal.context_processors import cached_identity

        site = Site.find_for_request(request)  # already looked up for this request
        province = cached_identity(site).province if site else ""
        listing = LibraryListing(self, query_params(request), province=province)
        return self.render(request, context_overrides={"listing": listing})

    @path("rss/", name="feed")
    def feed(self, request):
        from documents.feeds import library_feed

        return library_feed(self, request)


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
        from documents.vocabulary import read_number

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
        text = " ".join(
            [
                self.title,
                self.number,
                str(self.doc_type or ""),
                issuer,
                self.summary,
                lookups.file_text(self),
            ]
        )
        date = start_of(self.date_issued) if self.date_issued else self.first_published_at
        return SearchRecord("document", self.summary, text, date, issuer, self.number_key)

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

    @property
    def status(self):
        value = getattr(self, "status_value", None)
        if value is None:
            value = with_status(DocumentPage.objects.filter(pk=self.pk)).values_list(
                "status_value", flat=True
            ).first() or (self.status_override or Status.IN_FORCE)
        return Status(value)

    def relations_both_ways(self):
        """(label, document) for this document's relations and those pointing at it."""
        outgoing = [
            (relation.get_kind_display(), relation.target)
            for relation in self.relations.select_related("target")
            if relation.target.live and relation.target.publishable
        ]
        incoming = [
            (INVERSE_LABELS[Relation(relation.kind)], relation.page)
            for relation in DocumentRelation.objects.filter(
                target=self, page__live=True, page__publishable=True
            ).select_related("page")
        ]
        return outgoing + incoming

    def linking_articles(self):
        """Published articles whose body links to this document."""
        from django.contrib.contenttypes.models import ContentType
        from wagtail.models import ReferenceIndex

        from articles.models import ArticlePage

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
            from django.http import Http404

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
