"""Receiving what readers send: one path for every form, the receipt, the lookup by code,
and the error report that opens on its own address from any article or document."""

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from articles.models import ArticlePage
from documents.models import DocumentPage
from portal.form_protection import rate_limit, submit_once, too_many_requests
from portal.params import query_params
from portal.queries import public

from .forms import CorrectionForm, LookupForm
from .models import InteractionSettings, ReaderMessage
from .notifications import notify_board_on_commit

RECEIPT_SESSION_KEY = "interaction-receipt"
LIMIT_BY_KIND = {
    ReaderMessage.Kind.QUESTION: "question",
    ReaderMessage.Kind.CORRECTION: "correction",
    ReaderMessage.Kind.COMMENT: "comment",
    ReaderMessage.Kind.CONTACT: "contact",
}


def receive(request, form):
    """A bound form posted by a reader: the response, or None to show the form again.

    A robot's post is dropped (the reader-facing answer looks the same, nothing is saved);
    a second post of a form already taken gets the first one's receipt, and nothing is
    saved or mailed again; one sent too soon after the form was shown, or a day later, is
    shown again to be resent; a valid post over the rate limit gets the 429 page and
    nothing is saved; otherwise the message is saved first and the board is mailed after
    the commit, so a mail failure never loses it.
    """
    problem = form.guard_problem
    if problem == form.ROBOT:
        return HttpResponseRedirect(reverse("interaction:receipt"))
    earlier = form.earlier_receipt()
    if earlier is not None:
        return show_receipt(request, earlier)
    if problem is not None:
        form.ask_to_send_again()
        return None
    if not form.is_valid():
        return None
    limit = rate_limit(LIMIT_BY_KIND[form.kind])
    if not limit.allows(request):
        return too_many_requests(request, limit)

    def save():
        message = form.save()
        notify_board_on_commit(message, request)  # dropped if this save is rolled back
        return message.code

    return show_receipt(request, submit_once(form.token, save))


def show_receipt(request, code):
    """Redirect to the receipt page, which shows ``code`` once."""
    request.session[RECEIPT_SESSION_KEY] = code
    return HttpResponseRedirect(reverse("interaction:receipt"))


def reader_form_view(request, form_class, *, template, context, form_kwargs=None, closed=False):
    """GET shows an empty form, POST receives it; a form that no longer takes posts
    (``closed``) is shown without its fields."""
    form_kwargs = form_kwargs or {}
    if request.method == "POST" and not closed:
        form = form_class(request.POST, **form_kwargs)
        response = receive(request, form)
        if response is not None:
            return response
    else:
        form = form_class(**form_kwargs)
    context = {
        **context,
        "form": form,
        "closed": closed,
        "retention_months": InteractionSettings.load().contact_retention_months,
    }
    response = TemplateResponse(request, template, context)
    # A form page carries the reader's own CSRF token: no shared cache may keep it.
    response["Cache-Control"] = "private, no-store"
    return response


def reportable_page(page_id):
    """The live, public article or document page a reader may report an error on."""
    page = get_object_or_404(public(Page.objects.live()), pk=page_id).specific
    if not isinstance(page, ArticlePage | DocumentPage):
        raise Http404
    return page


@require_http_methods(["GET", "POST"])
def report_error(request, page_id):
    page = reportable_page(page_id)
    return reader_form_view(
        request,
        CorrectionForm,
        template="interaction/report_error.html",
        context={"reported_page": page},
        form_kwargs={"page": page},
    )


@never_cache
def receipt(request):
    code = request.session.pop(RECEIPT_SESSION_KEY, None)
    message = ReaderMessage.objects.filter(code=code).first() if code else None
    return TemplateResponse(
        request,
        "interaction/receipt.html",
        {"message": message},
    )


@never_cache
@require_http_methods(["GET", "POST"])
def lookup(request):
    """Status, what was sent and, once answered, the answer of the message with this code;
    never who sent it (the code alone is no proof of identity). The receipt's link names the
    code in the address (``?code=``) to fill the box; only a post looks it up."""
    message = None
    searched = False
    if request.method == "POST":
        form = LookupForm(request.POST)
        if form.is_valid():
            limit = rate_limit("lookup")
            if not limit.allows(request):
                return too_many_requests(request, limit)
            searched = True
            message = ReaderMessage.objects.filter(code=form.cleaned_data["code"]).first()
    else:
        form = LookupForm(initial={"code": query_params(request).text("code", max_length=30)})
    return TemplateResponse(
        request,
        "interaction/lookup.html",
        {"form": form, "searched": searched, "found": message},
    )
