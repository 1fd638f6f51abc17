"""The polls open now, with their votes, on the dashboard of the board next to its inbox.

The board is whoever handles the reader inbox: the interaction app, which decides that, puts
this panel on their dashboard (``interaction.wagtail_hooks``)."""

import datetime

from django.db.models import Count, Q
from django.template.loader import get_template
from django.utils import timezone
from wagtail.admin.ui.components import Component

from .models import PollPage


class OpenPollsPanel(Component):
    name = "open_polls"
    template_name = "polls/admin/open_polls_panel.html"
    order = 95  # right after the reader inbox

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        now = timezone.now()
        day_ago = now - datetime.timedelta(hours=24)
        context["polls"] = list(
            PollPage.objects.live()
            .filter(PollPage.open_at(now))
            .annotate(
                vote_count=Count("votes"),
                recent_count=Count("votes", filter=Q(votes__cast_at__gte=day_ago)),
            )
            .order_by("closes_at")
        )
        return context

    def render_html(self, parent_context=None):
        """Nothing at all when no poll is open."""
        context = self.get_context_data(parent_context)
        if not context["polls"]:
            return ""
        return get_template(self.template_name).render(context)
