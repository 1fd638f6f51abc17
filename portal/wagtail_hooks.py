"""Admin hooks shared by every app."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .publishing import REFUSED_ACTION


@hooks.register("register_log_actions")
def register_publish_refused(actions):
    @actions.register_action(REFUSED_ACTION)
    class PublishRefusedFormatter(LogFormatter):
        label = _("Publishing refused")

        def format_message(self, log_entry):
            problems = log_entry.data.get("problems", [])
            return _("Scheduled publishing refused: %(problems)s") % {
                "problems": " ".join(problems)
            }
