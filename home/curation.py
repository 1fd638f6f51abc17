"""Choosing the home page's lead and featured stories: who may, and saving a choice.

Choosing them is the board's daily decision, made in one step on its own screen ("Tin tiêu
điểm") and recorded in the home page's history, not an edit of the page through its workflow.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from wagtail.log_actions import log
from wagtail.models import Site

from articles.models import ArticlePage
from portal import roles
from portal.cache import bump_content_version

from .models import FeaturedStoriesSettings, HomePage, HomeSelection

CHOOSE_PERMISSION = "home.choose_featured_stories"
# The history entry of a change (registered in wagtail_hooks).
CHOSEN_ACTION = "home.choose_featured_stories"


def user_can_choose(user, site: Site) -> bool:
    """The chief editor and the deputy (their permission), and editors when the site's
    settings let them."""
    if user.has_perm(CHOOSE_PERMISSION):
        return True
    if not user.is_active or not editors_may_choose(site):
        return False
    return roles.holds_role(user, roles.EDITOR)


def editors_may_choose(site: Site) -> bool:
    """The site's setting, read without creating it (``for_site`` would, on every request)."""
    setting = FeaturedStoriesSettings.objects.filter(site=site)
    return bool(setting.values_list("editors_may_choose", flat=True).first())


@dataclass(frozen=True)
class Choice:
    article: ArticlePage
    expires_at: datetime.datetime | None = None


def _described(selection: HomeSelection | Choice | None) -> dict:
    if selection is None:
        return {"title": "", "expires_at": None}
    expires_at = selection.expires_at
    return {
        "title": selection.article.title,
        "expires_at": expires_at.isoformat() if expires_at else None,
    }


@transaction.atomic
def save_choices(home: HomePage, wanted: dict[int, Choice], user) -> list[dict]:
    """Make ``wanted`` (position: choice) the home page's choice; return what changed.

    Places whose article and expiry stay the same keep who chose them and when; expired
    choices are cleared. Each save that changes something is one entry in the history.
    """
    current = {
        selection.position: selection
        for selection in HomeSelection.objects.current(home).select_related("article")
    }
    changes = []
    for position in HomeSelection.POSITIONS:
        before, after = current.get(position), wanted.get(position)
        same = (before is None and after is None) or (
            before is not None
            and after is not None
            and before.article_id == after.article.pk
            and before.expires_at == after.expires_at
        )
        if not same:
            changes.append(
                {"position": position, "before": _described(before), "after": _described(after)}
            )
    kept = [current[position].pk for position in current if position not in _positions(changes)]
    HomeSelection.objects.filter(home=home).exclude(pk__in=kept).delete()
    HomeSelection.objects.bulk_create(
        HomeSelection(
            home=home,
            position=position,
            article=wanted[position].article,
            expires_at=wanted[position].expires_at,
            chosen_by=user,
        )
        for position in _positions(changes)
        if position in wanted
    )
    if changes:
        log(home, CHOSEN_ACTION, user=user, data={"changes": changes})
        # What the home page shows is read afresh once the choice is stored.
        transaction.on_commit(bump_content_version)
    return changes


def _positions(changes: list[dict]) -> set[int]:
    return {change["position"] for change in changes}
