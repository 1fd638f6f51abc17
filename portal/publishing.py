"""Rules that must hold before anything goes live, on every publishing path.

A model lists what stops it from being published in ``publish_problems()``. Drafts may
lack anything; publishing is refused:

- in the admin form (publish, submit, schedule, workflow actions from the editor), as
  errors next to the fields, while what was typed stays in the form;
- in ``publish()`` itself, which workflow approval, ``publish_scheduled`` and scripts
  reach through ``revision.publish()``. A scheduled item that cannot go live is logged
  and skipped so that the others still publish; any other caller gets ``PublishRefused``,
  which ``PublishRefusedMiddleware`` turns into a message in the admin, never a 500.

One rule holds for every page and moderated snippet: where an active workflow applies,
nothing goes live except through it. ``publish()`` lets a revision go live only when

- its approved workflow is finishing (``publish_approved_workflow_state``, Wagtail's
  ``WAGTAIL_FINISH_WORKFLOW_ACTION``), or
- it is the scheduled go-live of a revision that such an approval scheduled (only a
  publication this guard allowed sets ``approved_go_live_at``), or
- the caller opened ``direct_publishing()``: loaders that set up content (the demo, the
  document import), never editorial work.

The admin does not offer what this guard would refuse: see ``portal.permissions``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Protocol

from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.log_actions import log

# The mixins below are checked against the bases they are mixed into; at run time the
# models and forms that use them supply those bases.
if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User
    from django.contrib.contenttypes.models import ContentType
    from django.utils.functional import _StrPromise
    from wagtail.admin.forms import WagtailAdminModelForm as _AdminFormBase
    from wagtail.models import Revision, WorkflowState
    from wagtail.models import RevisionMixin as _RevisionBase
else:
    _RevisionBase = object
    _AdminFormBase = object

logger = logging.getLogger(__name__)

# What stops publishing: (the field it concerns, or None for the whole object; a message).
PublishProblem = tuple[str | None, "str | _StrPromise"]

SCHEDULED_PUBLISH = "wagtail.publish.scheduled"
REFUSED_ACTION = "portal.publish.refused"


class Moderated(Protocol):
    """A page or a snippet with revisions: what the workflow rule reads of it."""

    pk: Any

    def get_base_content_type(self) -> ContentType: ...


class PublishRefused(ValidationError):
    """Publishing was refused; ``messages`` says what is missing, in the reader's language."""


# Set while an approved workflow publishes its object: (base content type id, object id).
_approved_workflow: ContextVar[tuple[int, str] | None] = ContextVar(
    "approved_workflow", default=None
)
# Set by ``direct_publishing()``: why a loader publishes without the workflow.
_direct_reason: ContextVar[str | None] = ContextVar("direct_publishing", default=None)


@contextmanager
def direct_publishing(reason: str) -> Iterator[None]:
    """Publish where a workflow applies without going through it.

    Only for code that sets up content (the demo, the document import, test fixtures),
    never for editorial work; ``reason`` names the caller in the log.
    """
    logger.info("Publishing directly, without the workflow: %s", reason)
    token = _direct_reason.set(reason)
    try:
        yield
    finally:
        _direct_reason.reset(token)


def _object_key(obj: Moderated) -> tuple[int, str]:
    return obj.get_base_content_type().pk, str(obj.pk)


def publishing_approved(obj: Moderated) -> bool:
    """Is ``obj`` being published by the completion of its approved workflow?"""
    return _approved_workflow.get() == _object_key(obj)


def publish_approved_workflow_state(
    workflow_state: WorkflowState, user: User | AnonymousUser | None = None
) -> None:
    """``WAGTAIL_FINISH_WORKFLOW_ACTION``: the approved workflow publishes the latest revision."""
    from wagtail.models import WorkflowState

    if workflow_state.status != WorkflowState.STATUS_APPROVED:
        raise PublishRefused([_("Only an approved workflow publishes.")])
    obj = workflow_state.content_object
    token = _approved_workflow.set(_object_key(obj))
    try:
        obj.get_latest_revision().publish(user=user)
    finally:
        _approved_workflow.reset(token)


def workflow_applies(obj: object) -> bool:
    """An active workflow moderates ``obj`` (a page or a snippet)."""
    return bool(getattr(obj, "has_workflow", False))


def may_go_live(obj: Moderated, revision: Revision | None = None) -> bool:
    """May ``obj`` (at ``revision``) go live now, whoever asks? See the module's docstring."""
    if _direct_reason.get() is not None or not workflow_applies(obj):
        return True
    if publishing_approved(obj):
        return True
    scheduled = revision is not None and revision.approved_go_live_at
    return bool(scheduled and scheduled <= timezone.now())


def through_the_workflow_message() -> str:
    return _("Content here is published only through its approval steps: submit it for review.")


def refuse_unless_may_go_live(obj: Moderated, revision: Revision | None = None) -> None:
    """For paths that make a copy or an alias live without ``publish()``."""
    if not may_go_live(obj, revision):
        raise PublishRefused([through_the_workflow_message()])


class PublishRulesMixin(_RevisionBase):
    """Mix into every page (through ``PortalPage``) and every moderated snippet.

    ``publish_problems()`` lists what the content itself lacks; the workflow rule above is
    checked for every model.
    """

    def publish_problems(self) -> list[PublishProblem]:
        """(field name or None, message) for each thing that stops publishing."""
        return []

    def publish(
        self, revision: Revision, *args: Any, log_action: bool | str = True, **kwargs: Any
    ) -> None:
        problems = revision.as_object().publish_problems()
        if not may_go_live(self, revision):
            problems = [*problems, (None, through_the_workflow_message())]
        if not problems:
            return super().publish(revision, *args, log_action=log_action, **kwargs)
        messages_ = [message for _field, message in problems]
        if log_action == SCHEDULED_PUBLISH:
            # The scheduler does not catch errors: skip this item, keep the others going.
            logger.warning(
                "Scheduled publishing of %s (revision %s) refused: %s",
                self,
                revision.pk,
                "; ".join(str(m) for m in messages_),
            )
            type(revision).objects.filter(pk=revision.pk).update(approved_go_live_at=None)
            log(
                instance=self,
                action=REFUSED_ACTION,
                revision=revision,
                data={"problems": [str(m) for m in messages_]},
            )
            return None
        raise PublishRefused(messages_)

    def save_revision(self, *args: Any, **kwargs: Any) -> Revision:
        # A revision saved as already approved to go live would be published by the
        # scheduler: only what may go live now may be saved that way.
        if kwargs.get("approved_go_live_at") is not None:
            refuse_unless_may_go_live(self)
        return super().save_revision(*args, **kwargs)


class PublishRulesFormMixin(_AdminFormBase):
    """Admin form mixin: show ``publish_problems()`` next to the fields unless saving a draft."""

    def _post_clean(self) -> None:
        super()._post_clean()
        if getattr(self, "is_deferred_validation", False) or self.errors:
            return
        for field, message in self.instance.publish_problems():
            self.add_error(field if field in self.fields else NON_FIELD_ERRORS, message)


class PublishRefusedMiddleware:
    """Turn a refused publication in the admin into a message and a way back."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, PublishRefused):
            return None
        text = _("This cannot be published yet: %(problems)s") % {
            "problems": " ".join(str(message) for message in exception.messages)
        }
        messages.error(request, text)
        back = request.META.get("HTTP_REFERER", "")
        if not url_has_allowed_host_and_scheme(back, {request.get_host()}):
            back = "/admin/"
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # Wagtail's workflow modals follow a redirect given in their JSON answer.
            return render_modal_workflow(
                request, "", None, {}, json_data={"step": "success", "redirect": back}
            )
        return redirect(back)
