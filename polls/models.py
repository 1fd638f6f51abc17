"""Polls (Thăm dò ý kiến): a question with its answers, a time to vote, the results as a chart.

A vote row holds the poll, the answer and the hour it was cast: no address, no session, no
cookie value, nothing that tells who voted. One vote per browser is kept by a signed cookie
(``polls.voting``); the rate limits of ``portal.form_protection`` bound what a reader who
clears their cookies can add, while still letting a whole office behind one address vote.
"""

from dataclasses import dataclass
from http import HTTPMethod

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, TitleFieldPanel
from wagtail.models import Orderable

from portal.models import PortalPage
from portal.params import query_params
from portal.queries import public

from .forms import PollPageForm, removed_answers_message
from .panels import ResultsPanel
from .status import CLOSED, OPEN, UPCOMING
from .voting import VoteForm, has_voted, receive_vote

MIN_OPTIONS, MAX_OPTIONS = 2, 10


class PollIndexPage(PortalPage):
    """Thăm dò ý kiến: the open polls first, then those still to come, then the closed ones."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["polls.PollPage"]
    page_size = 20

    class Meta:
        verbose_name = _("poll list")
        verbose_name_plural = _("poll lists")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        polls = public(PollPage.objects.live().child_of(self))
        closed = (
            polls.filter(closes_at__lte=now)
            .annotate(vote_count=Count("votes"))
            .order_by("-closes_at", "-pk")
        )
        context["closed_polls"] = Paginator(closed, self.page_size).get_page(
            query_params(request).page()
        )
        if context["closed_polls"].number == 1:
            context["open_polls"] = polls.filter(PollPage.open_at(now)).order_by("-opens_at", "-pk")
            context["upcoming_polls"] = polls.filter(opens_at__gt=now).order_by("opens_at", "pk")
        return context


@dataclass
class AnswerResult:
    """One answer's line of the chart."""

    option: "PollOption"
    count: int
    total: int
    leading: bool = False

    @property
    def percent(self):
        return 100 * self.count / self.total if self.total else 0.0

    @property
    def bar_width(self):
        """The bar's length out of 100, written for SVG (a dot, whatever the language)."""
        return f"{self.percent:.2f}"


@dataclass
class PollResults:
    answers: list
    total: int


class PollPage(PortalPage):
    """A poll: the title is the question, the answers are chosen with radio buttons.

    The page answers GET (the question and its form, or the results) and POST (a vote) on
    its own address; see ``polls.voting``.
    """

    class ResultsVisibility(models.TextChoices):
        AFTER_VOTING = "after_voting", _("To readers who have voted, and to everyone once closed")
        AFTER_CLOSE = "after_close", _("Only once the poll has closed")

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Optional: why the question is asked, shown under it."),
    )
    opens_at = models.DateTimeField(
        _("voting opens"),
        default=timezone.now,
        help_text=_("Vietnam time. Votes are counted from this moment."),
    )
    # null: a draft may leave it empty; it is required to publish.
    closes_at = models.DateTimeField(
        _("voting closes"),
        null=True,
        blank=False,
        help_text=_(
            "Vietnam time. After this moment no vote is counted and everyone sees the results."
        ),
    )
    results_visibility = models.CharField(
        _("results are shown"),
        max_length=20,
        choices=ResultsVisibility.choices,
        default=ResultsVisibility.AFTER_VOTING,
    )

    content_panels = [
        TitleFieldPanel(
            "title",
            help_text=_(
                "The question readers answer, e.g. “Which content would you like to read more of?”"
            ),
        ),
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")], heading=_("Voting time")),
        FieldPanel("results_visibility"),
        InlinePanel(
            "options",
            heading=pgettext_lazy("poll", "Answers"),
            label=pgettext_lazy("poll", "answer"),
            max_num=MAX_OPTIONS,
            help_text=_(
                "From 2 to 10 answers, in the order readers see them. An answer that already "
                "has votes cannot be removed."
            ),
        ),
        ResultsPanel(heading=_("Results so far")),
    ]
    base_form_class = PollPageForm
    parent_page_types = ["polls.PollIndexPage"]
    subpage_types = []
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.POST, HTTPMethod.OPTIONS]

    class Meta:
        verbose_name = _("poll")
        verbose_name_plural = _("polls")

    @staticmethod
    def open_at(now):
        """The filter of the polls taking votes at ``now``."""
        return Q(opens_at__lte=now) & (Q(closes_at__isnull=True) | Q(closes_at__gt=now))

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("Voting must close after it opens.")})

    def publish_problems(self):
        problems = []
        if not self.closes_at:
            problems.append(("closes_at", gettext("Set when voting closes.")))
        if sum(1 for option in self.options.all() if option.label) < MIN_OPTIONS:
            problems.append((None, gettext("A poll needs at least two answers.")))
        removed = self.removed_answers_with_votes([option.pk for option in self.options.all()])
        if removed:
            problems.append((None, removed_answers_message(removed)))
        return problems

    def answer_choices(self):
        """The saved answers a reader may vote for."""
        return PollOption.objects.filter(page_id=self.pk)

    def removed_answers_with_votes(self, kept_ids):
        """Labels of this poll's answers that have votes and are not among ``kept_ids``."""
        if self.pk is None:
            return []
        return list(
            PollOption.objects.filter(page_id=self.pk, votes__isnull=False)
            .exclude(pk__in=[pk for pk in kept_ids if pk])
            .distinct()
            .order_by("sort_order", "pk")
            .values_list("label", flat=True)
        )

    def status(self, now=None):
        now = now or timezone.now()
        if self.opens_at and now < self.opens_at:
            return UPCOMING
        if self.closes_at and now >= self.closes_at:
            return CLOSED
        return OPEN

    def results_shown(self, status, voted):
        """Whether a reader sees the results: after the close always; while the poll is
        open, after voting, unless the editors keep them until the close."""
        if status == CLOSED:
            return True
        return (
            status == OPEN
            and voted
            and self.results_visibility == self.ResultsVisibility.AFTER_VOTING
        )

    def results(self, options=None):
        """Each answer with its votes and share, in the editors' order (one query, two
        without ``options``, the poll's answers already fetched)."""
        counts = dict(
            PollVote.objects.filter(poll_id=self.pk)
            .order_by()
            .values_list("option_id")
            .annotate(n=Count("pk"))
        )
        options = list(self.options.all()) if options is None else options
        total = sum(counts.get(option.pk, 0) for option in options)
        most = max((counts.get(option.pk, 0) for option in options), default=0)
        answers = [
            AnswerResult(
                option, counts.get(option.pk, 0), total, most > 0 and counts.get(option.pk) == most
            )
            for option in options
        ]
        return PollResults(answers, total)

    def get_context(self, request, *args, vote_form=None, refusal="", **kwargs):
        context = super().get_context(request, *args, **kwargs)
        status = self.status()
        voted = not getattr(request, "is_preview", False) and has_voted(request, self)
        options = list(self.options.all())
        context.update(
            status=status,
            voted=voted,
            options=options,
            refusal=refusal,
            results=self.results(options) if self.results_shown(status, voted) else None,
        )
        if status == OPEN and not voted and not refusal:
            context["vote_form"] = vote_form if vote_form is not None else VoteForm(poll=self)
        return context

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            return receive_vote(request, self)
        response = super().serve(request, *args, **kwargs)
        # The form carries this reader's CSRF token, and what is shown depends on their
        # cookie: no shared cache may keep the page.
        response["Cache-Control"] = "private, no-store"
        return response


class PollOption(Orderable):
    """One answer of a poll."""

    page = ParentalKey(PollPage, on_delete=models.CASCADE, related_name="options")
    label = models.CharField(pgettext_lazy("poll", "answer"), max_length=255)

    panels = [FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = pgettext_lazy("poll", "answer")
        verbose_name_plural = pgettext_lazy("poll", "answers")

    def __str__(self):
        return self.label


def this_hour():
    """Now, rounded down to the hour: a vote's time cannot be matched with a server log."""
    return timezone.now().replace(minute=0, second=0, microsecond=0)


class PollVote(models.Model):
    """One counted vote. Nothing in it says who cast it.

    Deleting the poll deletes its votes; an answer with votes cannot be deleted on its own
    (RESTRICT: the editing form says so first, see ``polls.forms``).
    """

    poll = models.ForeignKey(
        PollPage, verbose_name=_("poll"), on_delete=models.CASCADE, related_name="votes"
    )
    option = models.ForeignKey(
        PollOption,
        verbose_name=pgettext_lazy("poll", "answer"),
        on_delete=models.RESTRICT,
        related_name="votes",
    )
    cast_at = models.DateTimeField(_("hour cast"), default=this_hour)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")

    def __str__(self):
        return f"{self.poll_id}: {self.option_id}"
