"""Sections (chuyên mục) and the news and articles in them."""

from typing import Any

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.db.models import F, Min, Prefetch, Q
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from articles.blocks import ArticleBodyBlock
from articles.feeds import section_feed
from articles.forms import ArticlePageForm
from articles.listing import ArticleFilters
from articles.models.taxonomy import ArticleKind, AuthorCategory, TopicSeries
from articles.rules import article_publish_problems
from portal import roles
from portal.cache import cached
from portal.image_sizes import ARTICLE_FEATURED
from portal.models import PortalPage, PortalRendition
from portal.params import query_params
from portal.pictures import CARD_SIZES, picture_specs
from portal.queries import public
from portal.search_records import SearchRecord, body_text
from portal.seo_facts import ArticleFacts
from units.models import Unit

RELATED_COUNT = 5
SAME_SECTION_COUNT = 5


def card_renditions():
    """The card pictures of a listing, fetched with the articles in one extra query."""
    return Prefetch(
        "featured_image__renditions",
        queryset=PortalRendition.objects.filter(filter_spec__in=picture_specs(*CARD_SIZES)),
    )


class ArticleIndexPage(RoutablePageMixin, PortalPage):
    """A section: lists the news and articles below it, newest first, with filters."""

    @classmethod
    def user_can_create(cls, user: Any) -> bool:
        """Sections are the site's structure: contributors write articles inside them."""
        return roles.above_contributor(user)

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    subpage_types = ["articles.ArticleIndexPage", "articles.ArticlePage"]
    page_size = 12

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def route(self, request, path_components):
        # An article is fetched with everything its page shows in one query, instead of
        # Wagtail's two (the generic page, then the specific one) plus one per relation.
        if path_components:
            article = (
                ArticlePage.objects.child_of(self)
                .filter(slug=path_components[0])
                .select_related("kind", "topic", "unit", "outlet", "featured_image")
                .first()
            )
            if article is not None:
                self.remember_route(request)
                return article.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        params = query_params(request)
        filters = ArticleFilters(self, params)
        articles = filters.apply(ArticlePage.newest_below(self))
        context["filters"] = filters
        context["articles"] = Paginator(articles, self.page_size).get_page(params.page())
        context["subsections"] = public(ArticleIndexPage.objects.live().child_of(self))
        return context

    def filter_options(self):
        """Choices of the readers' filters (kinds, topics, units, years with articles here)."""
        below = ArticlePage.objects.live().public().descendant_of(self)
        return {
            "loai": [(k.slug, k.name) for k in ArticleKind.objects.all()],
            "chuyen-de": [(t.slug, t.name) for t in TopicSeries.objects.filter(active=True)],
            "don-vi": [
                (u.short_code, u.name) for u in Unit.objects.filter(active=True).order_by("name")
            ],
            "nam": [(str(d.year), str(d.year)) for d in below.dates("date", "year", order="DESC")],
        }

    @path("rss/", name="feed")
    def feed(self, request):
        """RSS of the newest news and articles here and in the sub-sections."""
        return section_feed(self, request, ArticlePage.newest_below(self))


class ArticleTag(ItemBase):
    tag = models.ForeignKey(
        "portal.PortalTag", on_delete=models.CASCADE, related_name="tagged_articles"
    )
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(RoutablePageMixin, PortalPage):
    """A piece of news (tin) or an article (bài), by a unit's collaborator or the office."""

    kind = models.ForeignKey(
        "articles.ArticleKind",
        verbose_name=_("kind"),
        null=True,  # a draft may leave it open; publishing needs it
        on_delete=models.PROTECT,
        related_name="+",
    )
    date = models.DateTimeField(
        _("date shown to readers"),
        null=True,  # empty: the first publication time, filled in when it goes live
        blank=True,
        help_text=_(
            "Leave empty to show the time of first publication. Fill it in only to show "
            "another date on purpose."
        ),
    )
    sapo = models.TextField(_("sapo"), blank=True, help_text=_("The lead paragraph, in bold."))
    featured_image = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("featured image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    topic = models.ForeignKey(
        "articles.TopicSeries",
        verbose_name=_("topic series"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("tags"))
    unit = models.ForeignKey(
        "units.Unit",
        verbose_name=_("contributing unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="articles",
    )
    author_category = models.CharField(
        _("author category"),
        max_length=20,
        choices=AuthorCategory.choices,
        default=AuthorCategory.STAFF,
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text=_("The account that wrote it; counted in contribution reports."),
    )
    byline = models.CharField(
        _("byline"), max_length=255, blank=True, help_text=_("The name printed under the article.")
    )
    outlet = models.ForeignKey(
        "articles.Outlet",
        verbose_name=_("outlet"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="articles",
        help_text=_("Empty for the organisation's own writing."),
    )
    original_url = models.URLField(_("original address"), blank=True, max_length=500)

    base_form_class = ArticlePageForm
    content_panels = PortalPage.content_panels + [
        FieldPanel("kind", widget=forms.RadioSelect(attrs={"class": "choice-row"})),
        FieldPanel("sapo"),
        FieldPanel("featured_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("author_category", widget=forms.RadioSelect), FieldPanel("unit")]
                ),
                # Not one row: the people picker's long labels squeezed the byline to a sliver.
                FieldPanel("author"),
                FieldPanel("byline"),
                FieldRowPanel(
                    [FieldPanel("outlet", widget=forms.Select), FieldPanel("original_url")]
                ),
                FieldPanel("date"),
            ],
            heading=_("Author and source"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("topic", widget=forms.Select),
                FieldPanel("tags"),
                InlinePanel(
                    "related_links",
                    max_num=8,
                    heading=_("Related articles"),
                    label=_("Related article"),
                ),
            ],
            heading=_("Classification and related articles"),
        ),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("sapo", boost=2),
        index.SearchField("body"),
        index.SearchField("byline"),
        index.FilterField("date"),
        index.FilterField("kind"),
        index.FilterField("unit"),
    ]
    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    @classmethod
    def published_below(cls, ancestor):
        """The live, public articles below ``ancestor``, newest first."""
        return public(cls.objects.live().descendant_of(ancestor)).order_by("-date", "-pk")

    @classmethod
    def newest_below(cls, ancestor):
        """Readers' listing: ``published_below`` with what a card shows."""
        return (
            cls.published_below(ancestor)
            .select_related("kind", "outlet", "featured_image")
            .prefetch_related(card_renditions())
        )

    @classmethod
    def newest_on_site(cls, site, count: int) -> list["ArticlePage"]:
        """The ``count`` newest of ``site``, for short lists of titles (the side column, the
        404 page); cached until content changes."""

        def load() -> list[ArticlePage]:
            return list(cls.published_below(site.root_page).defer_streamfields()[:count])

        return cached("newest-articles", load, site.pk, count)

    def publish_problems(self):
        return article_publish_problems(self)

    def save(self, *args, **kwargs):
        # Every way of going live (the workflow's approval, a scheduled go-live, a loader)
        # saves the live page here: an article nobody dated shows when it first went live,
        # not when its draft was started.
        if self.date is None and self.live:
            self.date = self.first_published_at or timezone.now()
            update_fields = kwargs.get("update_fields")
            if update_fields is not None and "date" not in update_fields:
                kwargs["update_fields"] = [*update_fields, "date"]
        return super().save(*args, **kwargs)

    def serve_preview(self, request, mode_name):
        if self.date is None:  # a preview shows the date it would go live with
            self.date = self.first_published_at or timezone.now()
        return super().serve_preview(request, mode_name)

    def minimum_image_size(self, field_name):
        return ARTICLE_FEATURED if field_name == "featured_image" else None

    def search_record(self, lookups):
        text = " ".join([self.title, self.sapo, body_text(self.body), self.byline])
        return SearchRecord("article", self.sapo, text, self.date, lookups.section_title(self))

    def article_facts(self):
        """Shared as a news article: its dates, who wrote it, what it reprints."""
        if self.outlet_id and self.outlet:
            author = {
                "@type": "Organization",
                "name": self.outlet.name,
                "url": self.outlet.home_url,
            }
        elif self.byline:
            author = {"@type": "Person", "name": self.byline}
        elif self.unit_id and self.unit:
            author = {"@type": "Organization", "name": self.unit.name}
        else:
            author = None
        return ArticleFacts(
            published=self.date or self.first_published_at,
            modified=max(filter(None, [self.date, self.last_published_at]), default=None),
            author=author,
            based_on=self.original_url,
        )

    @property
    def is_outlet_link(self):
        return bool(self.kind and self.kind.links_to_outlet)

    def related_articles(self):
        """Chosen related articles first, then the newest sharing a tag: one query."""
        if self.pk is None:  # previewing a new article: only the links chosen in the form
            targets = [link.target for link in self.related_links.all() if link.target_id]
            return [target for target in targets if target.live][:RELATED_COUNT]
        chosen = Q(related_from__page=self)
        same_tag = Q(
            tagged_items__tag__in=ArticleTag.objects.filter(content_object=self).values("tag")
        )
        return list(
            public(ArticlePage.objects.live())
            .filter(chosen | same_tag)
            .exclude(pk=self.pk)
            .annotate(chosen_order=Min("related_from__sort_order", filter=chosen))
            .order_by(F("chosen_order").asc(nulls_last=True), "-date", "-pk")[:RELATED_COUNT]
        )

    def same_section_articles(self, section):
        """The newest live public articles of the section this one is in (and its sub-sections)."""
        if section is None or not issubclass(section.specific_class or object, ArticleIndexPage):
            return []
        articles = ArticlePage.published_below(section)
        if self.pk is not None:
            articles = articles.exclude(pk=self.pk)
        return list(articles.defer_streamfields()[:SAME_SECTION_COUNT])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_articles"] = self.related_articles()
        context["tags"] = list(self.tags.all())
        ancestors = self.breadcrumb_ancestors(request)
        context["section"] = ancestors[-1] if ancestors else None
        context["same_section_articles"] = self.same_section_articles(context["section"])
        return context

    @path("in/", name="print")
    def print_view(self, request):
        """A plain version for printing and archiving (Decree 42/2022/NĐ-CP)."""
        context = self.get_context(request)
        return TemplateResponse(request, "articles/article_print.html", context)


class ArticleRelatedLink(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_links")
    target = models.ForeignKey(
        ArticlePage,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="related_from",
    )

    panels = [FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("related article")
        verbose_name_plural = _("related articles")
