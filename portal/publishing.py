"""Rules that must hold before anything goes live, on every publishing path.

A model lists what stops it from being published in ``publish_problems()``. Drafts may
lack anything; publishing is refused:

- in the admin form (publish, submit, schedule, workflow actions from the editor), as
  errors next to the fields, while what was typed stays in the form;
- in ``publish()`` itself, which workflow approval, ``publish_scheduled`` and scripts
  reach through ``revision.publish()``. A scheduled item that cannot go live is logged
  and skipped so that the others still publish; any other caller gets ``PublishRefused``,
  which ``PublishRefusedMiddleware`` turns into a message in the admin, never a 500.
"""

import logging

from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.log_actions import log

logger = logging.getLogger(__name__)

SCHEDULED_PUBLISH = "wagtail.publish.scheduled"
REFUSED_ACTION = "portal.publish.refused"


class PublishRefused(ValidationError):
    """Publishing was refused; ``messages`` says what is missing, in the reader's language."""


class PublishRulesMixin:
    """Mix into a page or snippet model that defines ``publish_problems()``."""

    def publish_problems(self):
        """(field name or None, message) for each thing that stops publishing."""
        return []

    def publish(self, revision, *args, log_action=True, **kwargs):
        problems = revision.as_object().publish_problems()
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


class PublishRulesFormMixin:
    """Admin form mixin: show ``publish_problems()`` next to the fields unless saving a draft."""

    def _post_clean(self):
        super()._post_clean()
        if getattr(self, "is_deferred_validation", False) or self.errors:
            return
        for field, message in self.instance.publish_problems():
            self.add_error(field if field in self.fields else NON_FIELD_ERRORS, message)


class PublishRefusedMiddleware:
    """Turn a refused publication in the admin into a message and a way back."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
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
