"""{% reader_corner %}: the ways to reach the board, on the home page, with what is open now."""

from django import template
from django.utils import timezone

from polls.models import PollPage
from portal.queries import public

from ..models import ConsultationPage, QuestionIndexPage

register = template.Library()
SHOWN = 3


def _open_poll(now):
    polls = public(PollPage.objects.live()).filter(PollPage.open_at(now))
    return polls.order_by("-opens_at").first()


@register.inclusion_tag("interaction/includes/reader_corner.html", takes_context=True)
def reader_corner(context):
    now = timezone.now()
    qa_page = public(QuestionIndexPage.objects.live()).first()
    return {
        "request": context.get("request"),
        "qa_page": qa_page,
        "answers": list(qa_page.published_answers()[:SHOWN]) if qa_page else [],
        "consultations": list(
            public(ConsultationPage.objects.live())
            .filter(opens_at__lte=now, closes_at__gt=now)
            .order_by("closes_at")[:SHOWN]
        ),
        "poll": _open_poll(now),
    }
