"""The editable taxonomies articles choose from: kinds, topic series, outside outlets."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from articles.categories import AuthorCategory
from portal.collation import COLLATION

__all__ = ["AuthorCategory", "ArticleKind", "TopicSeries", "Outlet"]


class ArticleKind(Orderable):
    """Tin, bài, bài chuyên sâu, tin liên kết: seeded, editable by administrators."""

    name = models.CharField(_("name"), max_length=100, unique=True, db_collation=COLLATION)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    links_to_outlet = models.BooleanField(
        _("links to an outside outlet"),
        default=False,
        help_text=_(
            "Items of this kind point readers to an article published by another outlet: they "
            "need the outlet and the original address, and copy its text and pictures only "
            "where the outlet permits."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("links_to_outlet")]

    class Meta(Orderable.Meta):
        verbose_name = _("kind of article")
        verbose_name_plural = _("kinds of article")

    def __str__(self):
        return self.name


class TopicSeries(models.Model):
    """A chuyên đề: a running series across sections, such as studying Hồ Chí Minh's thought."""

    name = models.CharField(_("name"), max_length=255, unique=True, db_collation=COLLATION)
    slug = models.SlugField(_("slug"), max_length=255, unique=True)
    description = models.TextField(_("description"), blank=True)
    active = models.BooleanField(pgettext_lazy("list", "active"), default=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("active"),
    ]

    class Meta:
        verbose_name = _("topic series")
        verbose_name_plural = _("topic series")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Outlet(models.Model):
    """A newspaper or portal whose articles the site links to, with its permission."""

    name = models.CharField(_("name"), max_length=255, unique=True, db_collation=COLLATION)
    home_url = models.URLField(_("home page"), blank=True)
    permission_note = models.TextField(
        _("permission"),
        blank=True,
        help_text=_("What the outlet allows, and the letter or agreement that says so."),
    )
    full_text_allowed = models.BooleanField(
        _("full text may be re-posted"),
        default=False,
        help_text=_("Only then may an item copy the outlet's text and pictures."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("home_url"),
        FieldPanel("full_text_allowed"),
        FieldPanel("permission_note"),
    ]

    class Meta:
        verbose_name = _("outlet")
        verbose_name_plural = _("outlets")
        ordering = ["name"]

    def __str__(self):
        return self.name
