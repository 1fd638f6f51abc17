"""The menu form's tools above its items: collapse or expand them all, move one to a chosen
position (``menu-editor.js``; Wagtail itself drags them by their handle), and the warning
when the main menu will not fit one row."""

from wagtail.admin.panels import Panel

from .fit import fit_warning


class MenuToolsPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "navigation/admin/menu_tools.html"

        class Media:
            js = ["navigation/js/menu-editor.js"]
            css = {"all": ["navigation/css/menu-editor.css"]}

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["fit_warning"] = fit_warning(self.instance)
            return context
