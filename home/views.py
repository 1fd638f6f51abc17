"""The "Tin tiêu điểm" screen: the lead and featured stories, chosen in one step."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site

from .curation import save_choices, user_can_choose
from .forms import FeaturedStoriesForm
from .models import HomePage

URL_NAME = "home_featured_stories"


class FeaturedStoriesView(WagtailAdminTemplateMixin, FormView):
    """The choice of the home page of the site the admin is opened on."""

    template_name = "home/admin/featured_stories.html"
    form_class = FeaturedStoriesForm
    page_title = gettext_lazy("Lead and featured stories")
    header_icon = "pick"

    def dispatch(self, request, *args, **kwargs):
        site = Site.find_for_request(request)
        home = site.root_page.specific if site else None
        if not isinstance(home, HomePage):
            raise Http404
        if not user_can_choose(request.user, site):
            raise PermissionDenied
        self.home = home
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "home": self.home}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        context.update(
            places=form.places(),
            media=form.media,
            action_url=self.request.path,
            submit_button_label=_("Save the choice"),
            submit_button_active_label=_("Saving…"),
            home=self.home,
        )
        return context

    def form_valid(self, form):
        if save_choices(self.home, form.choices(), self.request.user):
            messages.success(
                self.request,
                _("The home page's stories are saved: readers see them now."),
            )
        else:
            messages.info(self.request, _("Nothing was changed."))
        return redirect(self.request.path)

    def form_invalid(self, form):
        messages.error(self.request, _("The choice was not saved: see the errors below."))
        return super().form_invalid(form)
