"""Sections (chuyên mục) and the news and articles in them."""

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from portal.blocks import BaseStreamBlock
from portal.models import PortalPage


class ArticleIndexPage(PortalPage):
    """A section: lists the news and articles below it, newest first."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    subpage_types = ["articles.ArticleIndexPage", "articles.ArticlePage"]
    page_size = 12

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.newest_below(self)
        context["articles"] = Paginator(articles, self.page_size).get_page(request.GET.get("page"))
        context["subsections"] = ArticleIndexPage.objects.live().public().child_of(self)
        return context


class ArticlePage(PortalPage):
    """A piece of news (tin) or an article (bài)."""

    date = models.DateTimeField(
        _("date shown to readers"),
        default=timezone.now,
        help_text=_("The date readers see; the first publication time by default."),
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
    byline = models.CharField(_("byline"), max_length=255, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = PortalPage.content_panels + [
        FieldPanel("sapo"),
        FieldPanel("featured_image"),
        FieldPanel("body"),
        FieldPanel("byline"),
        FieldPanel("date"),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("sapo", boost=2),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    @classmethod
    def newest_below(cls, ancestor):
        """Readers' listing: the live, public articles below ``ancestor``, newest first."""
        return (
            cls.objects.live()
            .public()
            .descendant_of(ancestor)
            .select_related("featured_image")
            .order_by("-date", "-pk")
        )
