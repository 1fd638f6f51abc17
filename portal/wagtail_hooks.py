"""Admin hooks shared by every app."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .image_slots import warn_about_small_images
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


# A picture smaller than its place looks blurred: say so after saving, never refuse.
for _hook in ("after_create_page", "after_edit_page", "after_create_snippet", "after_edit_snippet"):
    hooks.register(_hook, warn_about_small_images)
