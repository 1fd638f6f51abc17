"""The results of a poll, read-only, in its editing page."""

from wagtail.admin.panels import Panel


class ResultsPanel(Panel):
    """Votes per answer so far, for the editors; nothing in it can be edited."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "polls/admin/results_panel.html"

        def is_shown(self):
            return bool(self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["poll"] = self.instance
            context["results"] = self.instance.results()
            context["status"] = self.instance.status()
            return context
