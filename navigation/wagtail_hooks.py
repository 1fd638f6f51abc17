from django.contrib import messages
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .fit import fit_warning
from .models import Menu
from .viewsets import MenuViewSet

register_snippet(MenuViewSet)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def warn_about_a_main_menu_too_wide(request, instance):
    """On saving (and publishing) the main menu: say when it will not fit one row at 1366 px;
    never refuse. The form shows the same warning before anyone publishes."""
    if isinstance(instance, Menu) and request.accepts("text/html"):
        warning = fit_warning(instance)
        if warning:
            messages.warning(request, warning)
