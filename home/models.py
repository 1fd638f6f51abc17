"""The home page and the organisation's standing pages."""

from django.conf import settings
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from articles.models import ArticleIndexPage, ArticlePage
from interaction.forms import ContactForm
from interaction.views import reader_form_view
from portal.blocks import BaseStreamBlock
from portal.models import PortalPage
from portal.queries import public
from portal.search_records import SearchRecord, body_text

from .blocks import StandardPageBodyBlock

FEATURED_COUNT = 4
# Articles in each section's block on the home page.
SECTION_COUNT = 3


class HomePage(PortalPage):
    """The site root: lead story, newest news by section, the organisation's pages."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences about the organisation, shown on the home page."),
    )

    # The lead and featured stories are chosen on their own screen (HomeSelection), not here:
    # choosing them is a daily decision, not an edit of the page through its workflow.
    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lead_articles"] = lead = self.lead_articles()
        context["sections"] = self.section_articles(shown=[article.pk for article in lead])
        # The organisation's pages and their sub-pages (Giới thiệu › Chức năng, nhiệm vụ...).
        context["standing_pages"] = (
            StandardPage.objects.live()
            .public()
            .descendant_of(self)
            .filter(depth__lte=self.depth + 2)
        )
        return context

    def section_articles(self, shown=()):
        """Each section with its newest articles not already on the page (``shown``).

        A story shows once on the home page: the lead and featured ones are left out of their
        section's block, which fills up with the next newest.
        """
        shown = set(shown)
        sections = []
        for section in public(ArticleIndexPage.objects.live().child_of(self)):
            articles = list(ArticlePage.newest_below(section).exclude(pk__in=shown)[:SECTION_COUNT])
            shown.update(article.pk for article in articles)
            sections.append((section, articles))
        return sections

    def lead_articles(self):
        """The lead story, then the featured ones: the editors' choice, else the newest.

        A choice counts while it has not expired and its article is live and public; the
        places left are filled with the newest articles, as when nothing is chosen.
        """
        chosen = HomeSelection.objects.current(self).values_list("article_id", flat=True)
        shown = ArticlePage.newest_below(self).in_bulk(list(chosen))
        picks = [shown[pk] for pk in dict.fromkeys(chosen) if pk in shown]
        newest = ArticlePage.newest_below(self).exclude(pk__in=list(shown))
        return (picks + list(newest[: 1 + FEATURED_COUNT]))[: 1 + FEATURED_COUNT]


class HomeSelectionQuerySet(models.QuerySet):
    def current(self, home: "HomePage", at=None) -> "HomeSelectionQuerySet":
        """The choices of ``home`` not expired at ``at`` (now), lead story first."""
        at = at or timezone.now()
        unexpired = models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=at)
        return self.filter(unexpired, home=home).order_by("position")


class HomeSelection(models.Model):
    """One place on the home page held by an article the editors chose (Tin tiêu điểm).

    Position 0 is the lead story, 1 to ``FEATURED_COUNT`` the featured stories. A choice stops
    showing by itself when it expires: it is checked when the page is read, not by a task.
    """

    LEAD = 0
    POSITIONS = range(1 + FEATURED_COUNT)

    home = models.ForeignKey(HomePage, on_delete=models.CASCADE, related_name="selections")
    position = models.PositiveSmallIntegerField(pgettext_lazy("home page place", "position"))
    article = models.ForeignKey(
        "articles.ArticlePage",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    expires_at = models.DateTimeField(_("shown until"), null=True, blank=True)
    chosen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("chosen by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    chosen_at = models.DateTimeField(_("chosen at"), default=timezone.now)

    objects = HomeSelectionQuerySet.as_manager()

    class Meta:
        verbose_name = _("featured story")
        verbose_name_plural = _("featured stories")
        constraints = [
            models.UniqueConstraint(fields=["home", "position"], name="home_selection_place"),
        ]
        # Choosing is the one thing granted; rows are written by the choosing screen only.
        default_permissions = ()
        permissions = [("choose_featured_stories", _("Can choose the lead and featured stories"))]

    def __str__(self):
        return f"{position_label(self.position)}: {self.article}"


def position_label(position: int) -> str:
    """What a place on the home page is called in the admin and the history."""
    if position == HomeSelection.LEAD:
        return str(_("Lead story"))
    return str(_("Featured story %(number)s") % {"number": position})


@register_setting(icon="home")
class FeaturedStoriesSettings(BaseSiteSetting):
    """Who besides the chief editor and the deputy may choose the home page's stories."""

    editors_may_choose = models.BooleanField(
        _("editors may choose the lead and featured stories"),
        default=False,
        help_text=_(
            "The chief editor and the deputy always may. Tick this to let editors "
            "(Biên tập viên) choose them too."
        ),
    )

    panels = [FieldPanel("editors_may_choose")]

    class Meta:
        verbose_name = _("choosing featured stories")


class StandardPage(PortalPage):
    """A page of prose: introduction, functions and tasks, structure, leadership..."""

    intro = models.TextField(_("summary"), blank=True)
    body = StreamField(StandardPageBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = PortalPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")

    def search_record(self, lookups):
        text = " ".join([self.title, self.intro, body_text(self.body)])
        return SearchRecord("page", self.intro, text, self.last_published_at)


class ContactOfficial(Orderable):
    """A contact official, published on the contact page and (in English) the English page.

    Decree 42/2022/NĐ-CP asks an official site to publish name, position, unit, phone
    and official email of the people readers may contact.
    """

    name = models.CharField(_("full name"), max_length=255)
    position = models.CharField(_("position"), max_length=255)
    position_en = models.CharField(_("position in English"), max_length=255, blank=True)
    unit = models.CharField(_("unit"), max_length=255)
    unit_en = models.CharField(_("unit in English"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=100, blank=True)
    email = models.EmailField(_("official email"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("position"),
        FieldPanel("position_en"),
        FieldPanel("unit"),
        FieldPanel("unit_en"),
        FieldPanel("phone"),
        FieldPanel("email"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contact official")
        verbose_name_plural = _("contact officials")

    def __str__(self):
        return f"{self.name} – {self.position}"


class ContactPage(PortalPage):
    """Liên hệ: the organisation's address, its contact officials and the contact form."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    max_count = 1

    class Meta:
        verbose_name = _("contact page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["officials"] = ContactOfficial.objects.all()
        return context

    def serve(self, request, *args, **kwargs):
        """The page and the contact form, which is posted back to it."""
        return reader_form_view(
            request,
            ContactForm,
            template=self.get_template(request),
            context=self.get_context(request),
        )


class EnglishPage(PortalPage):
    """A page in English: structure, functions and contacts, as Decree 42/2022 asks."""

    intro = models.TextField(_("summary"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    show_contact_officials = models.BooleanField(_("list the contact officials"), default=True)

    content_panels = PortalPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("show_contact_officials"),
    ]
    max_count = 1

    class Meta:
        verbose_name = _("English page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["officials"] = ContactOfficial.objects.all() if self.show_contact_officials else []
        return context

    def serve(self, request, *args, **kwargs):
        # Everything on this page, template strings included, is rendered in English.
        with translation.override("en"):
            response = super().serve(request, *args, **kwargs)
            response.render()
        response["Content-Language"] = "en"
        return response
