"""The article editing form."""

from portal.admin_forms import PortalPageForm
from portal.publishing import PublishRulesFormMixin
from units.models import Unit, unit_of
from units.people import board_accounts, may_name_another_person, people_field

from .categories import AuthorCategory


class ArticlePageForm(PublishRulesFormMixin, PortalPageForm):
    """Checks the kind's publishing rules (except for drafts); the writer is the author."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "author" in self.fields:
            current = self.instance.author_id
            self.fields["author"] = people_field(self.fields["author"], board_accounts(), current)
            if not self.instance.pk and self.for_user is not None:
                # The form's initial data (the new page's empty author) wins over a field's.
                self.initial["author"] = self.for_user.pk
            if self.for_user is not None and not may_name_another_person(self.for_user):
                # Shown, not changed: a posted value is ignored for the initial one.
                self.fields["author"].disabled = True
        if not self.instance.pk:
            self._credit_the_writers_unit()

    def _credit_the_writers_unit(self):
        """A new article starts credited to its writer's unit: office staff write as staff,
        a member unit's people as collaborators. Editors may change both."""
        unit = unit_of(self.for_user)
        if unit is None:
            return
        # The form's initial data (from the new page's defaults) wins over a field's own.
        self.initial.setdefault("unit", None)
        if self.initial["unit"] is None:
            self.initial["unit"] = unit.pk
            office = unit.kind == Unit.Kind.OFFICE
            category = AuthorCategory.STAFF if office else AuthorCategory.COLLABORATOR
            self.initial["author_category"] = category

    def clean(self):
        cleaned_data = super().clean()
        # Whoever creates an article is its author unless someone else is named.
        if not cleaned_data.get("author") and not self.instance.author_id and self.for_user:
            cleaned_data["author"] = self.for_user
        return cleaned_data
