"""Receiving a reader's vote: once per browser, only while the poll is open, never from robots.

One vote per browser is kept without personal data: after a vote the browser gets a signed
cookie for that poll (``binh-chon-<id>``), readable only by this site and only on the poll's
page; a post from a browser holding it is not counted again. A forged or copied cookie does
not verify and counts as no cookie. A reader who clears their cookies can vote again: the
rate limits (per session, and a larger allowance per address, so that a whole office behind
one address can vote) bound how often.
"""

import datetime
from urllib.parse import urlsplit

from django import forms
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.form_protection import GuardedForm, rate_limit, submit_once, too_many_requests

from .status import CLOSED, OPEN

COOKIE_PREFIX = "binh-chon-"
COOKIE_SALT = "polls.vote"
# The cookie outlives the poll by this much (results stay "yours" for a while), but never
# more than browsers keep a cookie anyway.
KEPT_AFTER_CLOSE = datetime.timedelta(days=30)
LONGEST = datetime.timedelta(days=400)
# Messages of this app carry this tag; the poll page shows only those.
MESSAGE_TAG = "poll"
ANCHOR = "binh-chon"


class VoteForm(GuardedForm):
    """One answer of the poll, plus the honeypot and the signed start time.

    A vote is one click: a reader who ticks and sends at once is not refused as too quick
    (no minimum time); robots still meet the honeypot, the signed one-time start, the
    cookie and the rate limits."""

    MIN_FILL_SECONDS = 0

    option = forms.ModelChoiceField(
        queryset=None,  # the poll's own answers, set for each form
        label=_("Your answer"),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={
            "required": _("Choose one of the answers."),
            "invalid_choice": _("Choose one of the answers."),
        },
    )

    def __init__(self, *args, poll, **kwargs):
        super().__init__(*args, **kwargs)
        self.poll = poll
        self.fields["option"].queryset = poll.answer_choices()

    @property
    def chosen(self):
        """The answer a form shown again had chosen, as its radio button's value ("": none)."""
        return str(self.data.get("option", "")) if self.is_bound else ""


def cookie_name(poll):
    return f"{COOKIE_PREFIX}{poll.pk}"


def has_voted(request, poll):
    """Whether this browser holds a valid vote cookie for this poll."""
    if poll.pk is None:
        return False
    value = request.get_signed_cookie(cookie_name(poll), default=None, salt=COOKIE_SALT)
    return value == str(poll.pk)


def poll_path(request, poll):
    return urlsplit(poll.get_url(request) or "/").path or "/"


def remember_vote(response, request, poll, now=None):
    """The signed cookie that stops this browser voting again, sent only to the poll's page."""
    now = now or timezone.now()
    until = (poll.closes_at or now + LONGEST) + KEPT_AFTER_CLOSE
    max_age = min(max(until - now, datetime.timedelta(0)), LONGEST)
    response.set_signed_cookie(
        cookie_name(poll),
        str(poll.pk),
        salt=COOKIE_SALT,
        max_age=int(max_age.total_seconds()),
        path=poll_path(request, poll),
        secure=request.is_secure(),
        httponly=True,
        samesite="Lax",
    )
    return response


def back_to_poll(request, poll):
    return HttpResponseRedirect(f"{poll.get_url(request)}#{ANCHOR}")


def show_poll(request, poll, status=200, **context):
    response = TemplateResponse(
        request,
        poll.get_template(request),
        poll.get_context(request, **context),
        status=status,
    )
    response["Cache-Control"] = "private, no-store"
    return response


def receive_vote(request, poll):
    """A POST to the poll page. Nothing is counted unless the poll is open, the browser has
    not voted, the post is a person's, the answer is one of the poll's and the rate limits
    allow it; a counted vote is answered with a redirect to the page (and its results).

    As for every reader form (``portal.form_protection``): a filled honeypot or a forged
    start time is dropped silently; the same form posted again before the first answer set
    the cookie (a double click) is counted once, and answered as the first was; a post sent
    a day after the page was shown is shown again to be sent again. Unlike a typed form, a
    vote sent at once is counted (``VoteForm.MIN_FILL_SECONDS``).
    """
    now = timezone.now()
    status = poll.status(now)
    if status != OPEN:
        refusal = (
            gettext("This poll has closed: your vote was not counted.")
            if status == CLOSED
            else gettext("This poll is not open yet: your vote was not counted.")
        )
        return show_poll(request, poll, status=403, refusal=refusal)
    if has_voted(request, poll):
        messages.info(
            request,
            gettext(
                "You have already voted in this poll. Each browser votes once, so this vote "
                "was not counted again."
            ),
            extra_tags=MESSAGE_TAG,
        )
        return back_to_poll(request, poll)
    form = VoteForm(request.POST, poll=poll)
    problem = form.guard_problem
    if problem == form.ROBOT:
        return back_to_poll(request, poll)  # dropped silently: nothing counted, no cookie
    if form.earlier_receipt() is not None:
        return vote_counted(request, poll, now)
    if problem is not None:
        # Sent a day after the page was opened: a person may do that too.
        # Nothing is counted; the form comes back with their choice and a fresh start time.
        form.ask_to_send_again()
        return show_poll(request, poll, vote_form=form)
    if not form.is_valid():
        return show_poll(request, poll, vote_form=form)
    limit = rate_limit("vote")
    if not limit.allows(request):
        return too_many_requests(request, limit)

    def save():
        poll.votes.create(option=form.cleaned_data["option"])
        return ""  # a vote has no receipt: nothing may tell who cast it

    submit_once(form.token, save)
    return vote_counted(request, poll, now)


def vote_counted(request, poll, now):
    """The answer to a counted vote: thanks, the cookie, and back to the poll's results."""
    messages.success(
        request, gettext("Thank you: your vote has been counted."), extra_tags=MESSAGE_TAG
    )
    return remember_vote(back_to_poll(request, poll), request, poll, now)
