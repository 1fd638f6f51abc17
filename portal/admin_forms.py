"""Admin forms every page type shares, and the rule against saving over someone's work."""

import re
from collections.abc import Mapping
from typing import Any

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.forms.pages import CopyForm
from wagtail.admin.widgets import AdminAutoHeightTextInput
from wagtail.models import Revision


def stale_save_message() -> str:
    return _(
        "Someone else saved this after you opened it, so your changes were not saved. What "
        "you typed is still below: compare it with the latest version in the history, then "
        "save again to replace that version."
    )


def loaded_from_an_older_copy(data: Mapping[str, Any], latest_revision: Revision | None) -> bool:
    """Was this edit form loaded before ``latest_revision`` was saved?

    The same reading of the form's hidden fields as Wagtail's edit views, which refuse such a
    save only when autosaving.
    """
    if latest_revision is None:
        return False
    latest_id = str(latest_revision.pk)
    if overwrite_id := data.get("overwrite_revision_id"):
        return overwrite_id != latest_id
    if loaded_id := data.get("loaded_revision_id"):
        return loaded_id != latest_id or (
            data.get("loaded_revision_created_at", "") != latest_revision.created_at.isoformat()
        )
    return False


_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


class TitleInput(AdminAutoHeightTextInput):
    """The page title on as many lines as it takes while it is typed (Wagtail's one-line input
    hid the end of a long title); Enter adds no line break."""

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(
            {"data-action": "keydown.enter->w-autosize#resize:prevent", **(attrs or {})}
        )


class PortalPageForm(WagtailAdminPageForm):
    """Base of every page form: a save from an older copy never replaces a newer revision."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "title" in self.fields:
            self.fields["title"].widget = TitleInput(self.fields["title"].widget.attrs)

    def clean_title(self) -> str:
        """A title pasted with line breaks is one line."""
        return _LINE_BREAKS.sub(" ", self.cleaned_data["title"]).strip()

    def clean(self) -> dict[str, Any]:
        cleaned_data = super().clean()
        if self.instance.pk and loaded_from_an_older_copy(
            self.data, self.instance.get_latest_revision()
        ):
            self.add_error(None, stale_save_message())
        return cleaned_data


class PortalCopyForm(CopyForm):
    """Where a workflow applies, copies are drafts: publishing them or making an alias (a
    live copy that follows the original) is not offered."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        parent = self.page.get_parent()
        if not parent.permissions_for_user(self.user).can_publish_subpage():
            self.fields.pop("publish_copies", None)
            self.fields.pop("alias", None)
