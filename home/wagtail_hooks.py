import datetime

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter
from wagtail.models import Site
from wagtail.snippets.models import register_snippet

from portal.dates import short_date

from .curation import CHOSEN_ACTION, user_can_choose
from .models import position_label
from .views import URL_NAME, FeaturedStoriesView
from .viewsets import ContactOfficialViewSet

register_snippet(ContactOfficialViewSet)


@hooks.register("register_admin_urls")
def register_featured_stories_url():
    return [path("featured-stories/", FeaturedStoriesView.as_view(), name=URL_NAME)]


class FeaturedStoriesMenuItem(MenuItem):
    def is_shown(self, request):
        site = Site.find_for_request(request)
        return site is not None and user_can_choose(request.user, site)


@hooks.register("register_admin_menu_item")
def register_featured_stories_menu_item():
    return FeaturedStoriesMenuItem(
        _("Lead and featured stories"), reverse(URL_NAME), icon_name="pick", order=150
    )


def _story(described: dict) -> str:
    if not described["title"]:
        return str(_("(the newest article)"))
    text = f"“{described['title']}”"
    if described["expires_at"]:
        until = short_date(datetime.datetime.fromisoformat(described["expires_at"]))
        text += " " + str(_("(until %(time)s)") % {"time": until})
    return text


@hooks.register("register_log_actions")
def register_featured_stories_action(actions):
    @actions.register_action(CHOSEN_ACTION)
    class FeaturedStoriesChosen(LogFormatter):
        label = _("Lead and featured stories chosen")

        def format_message(self, log_entry):
            return "; ".join(
                f"{position_label(change['position'])}: "
                f"{_story(change['before'])} → {_story(change['after'])}"
                for change in log_entry.data.get("changes", [])
            )
