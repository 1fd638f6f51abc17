"""The admin of snippets: ``SnippetViewSet`` for every one, ``ModeratedSnippetViewSet`` for
those a workflow moderates (schedule entries, banners, menus).

Wagtail chooses the action of a create or edit form (publish, submit, save) in the view's
``setup()``, from what the viewset's permission policy allows: with
``WorkflowSnippetPermissionPolicy`` a posted "publish" is not among them, so the form saves a
draft. Taking down and cancelling a schedule ask for "unpublish" instead of "publish", so the
chief editors keep them. A copy is always a new draft. The chooser of a snippet with drafts
(``DraftAwareSnippetChooserViewSet``) lists only what the user may read (``portal.visibility``).
"""

from typing import TYPE_CHECKING, Any

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models import Model, QuerySet
from django.forms import ModelForm
from django.http import Http404, HttpRequest, HttpResponseBase
from django.utils.functional import cached_property, lazy
from django.utils.translation import gettext
from wagtail.admin.views.generic.mixins import RevisionsRevertMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.snippets.views import chooser as wagtail_chooser
from wagtail.snippets.views import snippets as wagtail_views
from wagtail.snippets.widgets import AdminSnippetChooser

from .admin_forms import stale_save_message
from .permissions import UNPUBLISH, WorkflowSnippetPermissionPolicy
from .visibility import visible_objects


class ChooserCreateView(wagtail_chooser.SnippetCreateView):
    """Wagtail routes a "create" address for every snippet chooser, which has no creation
    form: a POST to it raised AttributeError (a 500). Without a form there is nothing here."""

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if self.get_creation_form_class() is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)


# The mixin is checked against the chooser views it is mixed into.
if TYPE_CHECKING:
    from wagtail.snippets.views.chooser import BaseSnippetChooseView as _ChooseViewBase
else:
    _ChooseViewBase = object


def _naming(pattern: str, model: type[Model]) -> str:
    return gettext(pattern) % {"object": model._meta.verbose_name}


_lazy_naming = lazy(_naming, str)


class TranslatedSnippetChooser(AdminSnippetChooser):
    """Wagtail's snippet chooser spells "Choose %(object)s" once, when the widget is built at
    start-up, outside any request's language: the admin showed "Choose unit". Here the
    texts are translated each time they are shown."""

    def __init__(self, model: type[Model], **kwargs: Any) -> None:
        super().__init__(model, **kwargs)
        self.choose_one_text = _lazy_naming("Choose %(object)s", model)
        self.choose_another_text = _lazy_naming("Choose another %(object)s", model)
        self.link_to_chosen_text = _lazy_naming("Edit this %(object)s", model)


class SnippetChooserViewSet(wagtail_chooser.SnippetChooserViewSet):
    create_view_class = ChooserCreateView

    @cached_property
    def widget_class(self) -> AdminSnippetChooser:
        return TranslatedSnippetChooser(model=self.model, icon=self.icon)


class VisibleObjectsMixin(_ChooseViewBase):
    def get_object_list(self) -> QuerySet:
        return visible_objects(super().get_object_list(), self.request.user)


class VisibleChooseView(VisibleObjectsMixin, wagtail_chooser.ChooseView):
    pass


class VisibleChooseResultsView(VisibleObjectsMixin, wagtail_chooser.ChooseResultsView):
    pass


class VisibleChosenView(wagtail_chooser.SnippetChosenView):
    def get_object(self, pk: str) -> Model:
        objects = visible_objects(self.model_class.objects.all(), self.request.user)
        return objects.get(pk=pk)


class VisibleChosenMultipleView(wagtail_chooser.SnippetChosenMultipleView):
    def get_objects(self, pks: list[str]) -> QuerySet:
        objects = visible_objects(self.model_class.objects.all(), self.request.user)
        return objects.filter(pk__in=pks)


class DraftAwareSnippetChooserViewSet(SnippetChooserViewSet):
    """The chooser of a snippet with drafts: others see and pick only live ones."""

    choose_view_class = VisibleChooseView
    choose_results_view_class = VisibleChooseResultsView
    chosen_view_class = VisibleChosenView
    chosen_multiple_view_class = VisibleChosenMultipleView


# The mixin is checked against the create and edit views it is mixed into.
if TYPE_CHECKING:
    from wagtail.admin.views.generic.mixins import CreateEditViewOptionalFeaturesMixin

    class _FormViewBase(CreateEditViewOptionalFeaturesMixin, wagtail_views.CreateView):
        pass

else:
    _FormViewBase = object


class NoAutosaveAfterRefusalMixin(_FormViewBase):
    """A form sent back with its errors is not saved behind the user's back.

    Wagtail shows the refused form again as "unsaved changes", which its autosave saves at
    once: a refused submission ended as a draft created or saved under "could not be
    created", the header saying "saved". What was typed is shown again, unsaved; the user
    corrects it and chooses what to do.
    """

    def form_invalid(self, form: ModelForm) -> HttpResponseBase:
        if not self.expects_json_response:
            self.autosave_enabled = False
        return super().form_invalid(form)


class CreateView(NoAutosaveAfterRefusalMixin, wagtail_views.CreateView):
    pass


class CopyView(NoAutosaveAfterRefusalMixin, wagtail_views.CopyView):
    """The add form, filled in from the item copied.

    Wagtail's copy screen posts to "add"; a form posted to the copy address itself would be
    saved into the original (Wagtail gives it the original as its instance), taking a live
    item off the site and replacing its content. Here it makes a new item, as "add" does.
    """

    def get_initial_form_instance(self) -> Model | None:
        if self.request.method == "POST":
            return self.model()
        return super().get_initial_form_instance()


class SnippetViewSet(wagtail_views.SnippetViewSet):
    """Base of every snippet's viewset."""

    chooser_viewset_class = SnippetChooserViewSet
    add_view_class = CreateView
    copy_view_class = CopyView


class EditView(NoAutosaveAfterRefusalMixin, wagtail_views.EditView):
    def is_valid(self, form: ModelForm) -> bool:
        """Refuse a save made from an older copy than the latest revision.

        Wagtail refuses it for autosave only; a form posted by hand would silently replace
        what someone else saved in between.
        """
        valid = super().is_valid(form)
        if not self.expects_json_response and self.is_out_of_date:
            self.produced_error_message = stale_save_message()
            return False
        return valid


class RevisionsRevertView(RevisionsRevertMixin, EditView):
    view_name = "revisions_revert"

    def is_valid(self, form: ModelForm) -> bool:
        """Wagtail saves the older revision after checking the whole object, so a required
        field that revision left empty (a draft's) raised a 500: the form is shown again
        with the errors instead."""
        if not super().is_valid(form):
            return False
        try:
            form.instance.full_clean()
        except ValidationError as error:
            for field, errors in error.update_error_dict({}).items():
                form.add_error(field if field in form.fields else NON_FIELD_ERRORS, errors)
            self.produced_error_message = self.get_error_message()
            return False
        return True


class ConfirmWorkflowCancellationView(
    PermissionCheckedMixin, wagtail_views.ConfirmWorkflowCancellationView
):
    """Names the workflow and its current step: Wagtail asks no permission for it."""

    permission_required = "change"


class UnpublishView(wagtail_views.UnpublishView):
    permission_required = UNPUBLISH


class RevisionsUnscheduleView(wagtail_views.RevisionsUnscheduleView):
    permission_required = UNPUBLISH


class HistoryView(wagtail_views.HistoryView):
    def user_can_unschedule(self) -> bool:
        return self.user_has_permission(UNPUBLISH)


class ModeratedSnippetViewSet(SnippetViewSet):
    """Base of the viewsets of snippets a workflow moderates."""

    edit_view_class = EditView
    revisions_revert_view_class = RevisionsRevertView
    confirm_workflow_cancellation_view_class = ConfirmWorkflowCancellationView
    unpublish_view_class = UnpublishView
    revisions_unschedule_view_class = RevisionsUnscheduleView
    history_view_class = HistoryView

    @property
    def permission_policy(self) -> WorkflowSnippetPermissionPolicy:
        return WorkflowSnippetPermissionPolicy(self.model)
