"""Menus: one moderated snippet per location, rendered from cache without dead entries."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)

from portal.publishing import PublishRulesMixin

from .blocks import MenuItemsBlock


class Menu(
    PublishRulesMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    models.Model,
):
    class Location(models.TextChoices):
        MAIN = "main", _("Main navigation")
        FOOTER = "footer", _("Footer")
        QUICK_LINKS = "quick_links", _("Quick links")

    location = models.CharField(_("location"), max_length=20, choices=Location.choices, unique=True)
    items = StreamField(MenuItemsBlock(), verbose_name=_("items"), blank=True)

    revisions = GenericRelation(
        "wagtailcore.Revision", content_type_field="base_content_type", related_query_name="menu"
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        related_query_name="menu",
        for_concrete_model=False,
    )

    class Meta:
        verbose_name = _("menu")
        verbose_name_plural = _("menus")
        ordering = ["location"]

    def __str__(self):
        return str(self.get_location_display())

    def publish_problems(self):
        if not len(self.items):
            return [("items", gettext("Add at least one item: an empty menu is not published."))]
        return []

    def get_preview_template(self, request, mode_name):
        return "navigation/preview.html"

    def get_preview_context(self, request, mode_name):
        # The template builds the entries ({% menu_preview_entries %}), dead ones included.
        return {"menu": self, "request": request}
