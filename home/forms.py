"""The form of the "Tin tiêu điểm" screen: an article and an optional expiry per place."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.widgets import AdminDateTimeInput, AdminPageChooser

from articles.models import ArticlePage
from portal.queries import public

from .curation import Choice
from .models import HomePage, HomeSelection, position_label


class FeaturedStoriesForm(forms.Form):
    """One row per place: the lead story, then the featured stories."""

    def __init__(self, *args, home: HomePage, **kwargs):
        super().__init__(*args, **kwargs)
        self.home = home
        self.current = {
            selection.position: selection
            for selection in HomeSelection.objects.current(home).select_related("chosen_by")
        }
        for position in HomeSelection.POSITIONS:
            chosen = self.current.get(position)
            self.fields[self.article_name(position)] = forms.ModelChoiceField(
                ArticlePage.objects.all(),
                required=False,
                label=position_label(position),
                widget=AdminPageChooser(target_models=[ArticlePage]),
                initial=chosen.article_id if chosen else None,
                error_messages={"invalid_choice": gettext_lazy("Choose an article.")},
            )
            self.fields[self.expiry_name(position)] = forms.DateTimeField(
                required=False,
                label=gettext_lazy("Shown until"),
                widget=AdminDateTimeInput(),
                initial=chosen.expires_at if chosen else None,
            )

    @staticmethod
    def article_name(position: int) -> str:
        return f"article_{position}"

    @staticmethod
    def expiry_name(position: int) -> str:
        return f"expires_at_{position}"

    def places(self) -> list[dict]:
        """What the template shows for each place."""
        return [
            {
                "label": position_label(position),
                "article": self[self.article_name(position)],
                "expires_at": self[self.expiry_name(position)],
                "current": self.current.get(position),
            }
            for position in HomeSelection.POSITIONS
        ]

    def clean(self):
        cleaned_data = super().clean()
        now = timezone.now()
        seen: dict[int, int] = {}
        for position in HomeSelection.POSITIONS:
            article_name, expiry_name = self.article_name(position), self.expiry_name(position)
            article = cleaned_data.get(article_name)
            expires_at = cleaned_data.get(expiry_name)
            if expires_at is not None and expires_at <= now:
                self.add_error(
                    expiry_name,
                    _("This time has already passed: choose a later one, or leave it empty."),
                )
            if article is None:
                if expires_at is not None and article_name not in self.errors:
                    self.add_error(
                        expiry_name, _("Choose an article for this place, or clear the date.")
                    )
                continue
            if not article.live:
                self.add_error(
                    article_name,
                    _("“%(title)s” is not published: only live articles can be chosen.")
                    % {"title": article.title},
                )
            elif not public(ArticlePage.objects.filter(pk=article.pk)).exists():
                self.add_error(
                    article_name,
                    _("“%(title)s” is not open to every reader: it cannot be chosen.")
                    % {"title": article.title},
                )
            if article.pk in seen:
                self.add_error(
                    article_name,
                    _("“%(title)s” is already chosen as %(place)s.")
                    % {"title": article.title, "place": position_label(seen[article.pk])},
                )
            else:
                seen[article.pk] = position
        return cleaned_data

    def choices(self) -> dict[int, Choice]:
        """The valid form's choice, by position."""
        return {
            position: Choice(
                self.cleaned_data[self.article_name(position)],
                self.cleaned_data[self.expiry_name(position)],
            )
            for position in HomeSelection.POSITIONS
            if self.cleaned_data.get(self.article_name(position)) is not None
        }
