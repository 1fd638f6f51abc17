"""The public pages of the interaction: Hỏi – Đáp and Góp ý dự thảo."""

from collections.abc import Callable
from typing import ClassVar

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.forms import BaseForm
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField

from portal.blocks import BaseStreamBlock
from portal.models import PortalPage
from portal.params import query_params
from portal.queries import public
from portal.search_records import SearchRecord

from .messages import ReaderMessage, Topic


class ReaderForms:
    """The reader forms these pages show, and the view that shows and receives them.

    Both are built on these models (each form is a ModelForm of ReaderMessage, the view
    reads InteractionSettings), so they import this module and not the reverse:
    ``InteractionConfig.ready`` connects them once every model is loaded.
    """

    view: ClassVar[Callable[..., HttpResponse]]
    question: ClassVar[type[BaseForm]]
    comment: ClassVar[type[BaseForm]]

    @classmethod
    def connect(
        cls,
        *,
        view: Callable[..., HttpResponse],
        question: type[BaseForm],
        comment: type[BaseForm],
    ) -> None:
        cls.view, cls.question, cls.comment = view, question, comment


class QuestionIndexPage(RoutablePageMixin, PortalPage):
    """Hỏi – Đáp: published answers by topic, the form to ask, the lookup by code."""

    intro = models.TextField(_("introduction"), blank=True)
    page_size = 20

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("questions and answers page")

    def published_answers(self, topic=None):
        answers = ReaderMessage.objects.published_answers().select_related("topic")
        if topic is not None:
            answers = answers.filter(topic=topic)
        return answers.order_by("-answered_at", "-pk")

    @path("")
    def answers_view(self, request):
        params = query_params(request)
        topics = list(Topic.objects.all())
        # An unknown topic shows every answer.
        chosen = next((t for t in topics if t.slug == params.text("linh-vuc")), None)
        answers = Paginator(self.published_answers(chosen), self.page_size)
        return self.render(
            request,
            context_overrides={
                "topics": topics,
                "topic": chosen,
                "answers": answers.get_page(params.page()),
            },
        )

    @path("dat-cau-hoi/", name="ask")
    def ask_view(self, request):
        return ReaderForms.view(
            request,
            ReaderForms.question,
            template="interaction/ask_page.html",
            context={"page": self, "self": self},
        )

    def ask_url(self):
        return self.url + self.reverse_subpage("ask")

    def search_text(self):
        """The published questions and answers, so that site search finds this page."""
        words = []
        for message in self.published_answers():
            words += [message.question_as_published, message.answer]
        return words

    def search_record(self, lookups):
        # Published questions and answers are found through their page.
        text = " ".join([self.title, self.intro, *self.search_text()])
        return SearchRecord("page", self.intro, text, self.last_published_at)


class ConsultationIndexPage(PortalPage):
    """Góp ý dự thảo: drafts open for comment first, then the closed ones."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    subpage_types = ["interaction.ConsultationPage"]

    class Meta:
        verbose_name = _("consultations page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        consultations = public(ConsultationPage.objects.child_of(self).live())
        now = timezone.now()
        context["open_consultations"] = consultations.filter(closes_at__gt=now).order_by(
            "closes_at"
        )
        context["closed_consultations"] = consultations.filter(closes_at__lte=now).order_by(
            "-closes_at"
        )
        return context


class ConsultationPage(PortalPage):
    """One draft put out for comment between two dates; comments go to the board's inbox."""

    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("the draft"), blank=True)
    draft_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("draft file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    drafting_body = models.CharField(_("drafting body"), max_length=255, blank=True)
    opens_at = models.DateTimeField(_("open for comment from"), default=timezone.now)
    closes_at = models.DateTimeField(_("open for comment until"))
    postal_address = models.TextField(
        _("address for written comments"),
        blank=True,
        help_text=_("Readers may also send comments on paper to this address."),
    )
    receiving_email = models.EmailField(
        _("email receiving comments"),
        blank=True,
        help_text=_("Readers may write here, and each comment sent through the site is copied."),
    )

    content_panels = PortalPage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("drafting_body"),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldPanel("draft_document"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("postal_address"), FieldPanel("receiving_email")],
            heading=_("Other ways to comment"),
        ),
    ]
    parent_page_types = ["interaction.ConsultationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("consultation on a draft")
        verbose_name_plural = _("consultations on drafts")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The consultation must close after it opens.")})

    @property
    def is_open(self):
        return self.opens_at <= timezone.now() < self.closes_at

    @property
    def days_left(self):
        """Whole days to the deadline, counting a part day as one."""
        seconds = (self.closes_at - timezone.now()).total_seconds()
        return max(0, -int(-seconds // 86400))

    @property
    def not_yet_open(self):
        return timezone.now() < self.opens_at

    def comments(self):
        return ReaderMessage.objects.filter(kind=ReaderMessage.Kind.COMMENT, page=self)

    def serve(self, request, *args, **kwargs):
        return ReaderForms.view(
            request,
            ReaderForms.comment,
            template=self.get_template(request),
            context={"page": self, "self": self},
            form_kwargs={"page": self},
            closed=not self.is_open,
        )
