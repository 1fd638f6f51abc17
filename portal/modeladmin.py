"""A strict base for wagtail-modeladmin areas: lists that take only the filters they declare,
and views that all check the model's permissions.

wagtail-modeladmin passes every query-string parameter no declared filter takes straight to
``QuerySet.filter()`` (``?assignee__password__gte=`` read password hashes one character at a
time), lets a value the ORM cannot parse end in a server error, and shows an object's history
to anyone who can open the admin. Every modeladmin of the project subclasses
``StrictModelAdmin``; ``check_modeladmins_are_strict`` (a system check) fails otherwise.

A list asked for anything else answers 400 with a short message and a link to the whole
list, rather than silently ignoring it: an editor who mistypes a bookmarked filter sees that
the list is not filtered, and a probe learns nothing from the answer.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Sequence
from functools import wraps
from typing import TYPE_CHECKING, Any

from django.contrib.admin import SimpleListFilter
from django.contrib.admin.options import IncorrectLookupParameters
from django.core import checks
from django.core.exceptions import (
    EmptyResultSet,
    ImproperlyConfigured,
    PermissionDenied,
    ValidationError,
)
from django.db.models import Model, QuerySet
from django.http import HttpRequest, HttpResponse, QueryDict
from django.template.response import TemplateResponse
from django.urls import URLPattern, URLResolver
from django.utils.translation import gettext_lazy as _
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import HistoryView, IndexView

if TYPE_CHECKING:
    from django.apps import AppConfig
    from django.contrib.auth.models import AnonymousUser, User
    from wagtail_modeladmin.options import ModelAdminGroup

    AnyUser = User | AnonymousUser

# Errors by which the ORM or a filter refuses a value from the query string.
BAD_VALUE_ERRORS = (IncorrectLookupParameters, ValidationError, ValueError, OverflowError)
ORDER_PART = re.compile(r"-?\d{1,3}")
PAGE_NUMBER = re.compile(r"[1-9]\d{0,8}")


class StrictPermissionHelper(PermissionHelper):
    """Django's model permissions, one per kind of view (wagtail-modeladmin lets any
    permission list and inspect, and checks none for history).

    Model-level methods (``user_can_<action>(user)``) gate each URL before its object is
    loaded; the ``..._obj`` methods are the object-level checks a subclass may narrow.
    """

    def user_can_view(self, user: AnyUser) -> bool:
        # As in Django's admin, the change permission includes viewing.
        return self.user_has_specific_permission(
            user, self.get_perm_codename("view")
        ) or self.user_has_specific_permission(user, self.get_perm_codename("change"))

    def user_can_list(self, user: AnyUser) -> bool:
        return self.user_can_view(user)

    def user_can_edit(self, user: AnyUser) -> bool:
        return self.user_has_specific_permission(user, self.get_perm_codename("change"))

    def user_can_delete(self, user: AnyUser) -> bool:
        return self.user_has_specific_permission(user, self.get_perm_codename("delete"))

    def user_can_inspect(self, user: AnyUser) -> bool:
        return self.inspect_view_enabled and self.user_can_view(user)

    def user_can_view_obj(self, user: AnyUser, obj: Model) -> bool:
        return self.user_can_view(user)

    def user_can_inspect_obj(self, user: AnyUser, obj: Model) -> bool:
        return self.inspect_view_enabled and self.user_can_view_obj(user, obj)

    def user_can_view_history_of_obj(self, user: AnyUser, obj: Model) -> bool:
        return self.user_can_view_obj(user, obj)

    def user_can_edit_obj(self, user: AnyUser, obj: Model) -> bool:
        return self.user_can_edit(user)

    def user_can_delete_obj(self, user: AnyUser, obj: Model) -> bool:
        return self.user_can_delete(user)


class RejectedListQuery(Exception):
    """The query string asks a list for something it does not offer."""


class StrictIndexView(IndexView):
    """The list takes its declared filters, search, ordering, page and export, nothing else."""

    template_rejected = "portal/admin/rejected_list_query.html"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return super().dispatch(request, *args, **kwargs)
        except RejectedListQuery:
            return self.rejected_response(request)

    def rejected_response(self, request: HttpRequest) -> HttpResponse:
        # The same answer whatever was asked: nothing of the request is echoed back.
        context = {
            "view": self,
            "title": self.get_page_title(),
            "message": _(
                "This list cannot be shown as asked: the address holds a filter, an order or "
                "a page it does not offer."
            ),
            "index_url": self.index_url,
            "index_label": _("Show the whole list"),
        }
        return TemplateResponse(request, self.template_rejected, context, status=400)

    def get_queryset(self, request: HttpRequest | None = None) -> QuerySet:
        request = request or self.request
        self.check_list_parameters(request)
        try:
            queryset = super().get_queryset(request)
            # Values the database cannot take fail here rather than while the page renders.
            queryset.query.get_compiler(using=queryset.db).as_sql()
        except EmptyResultSet:
            pass  # a valid filter that matches nothing
        except BAD_VALUE_ERRORS as error:
            raise RejectedListQuery from error
        return queryset

    def check_list_parameters(self, request: HttpRequest) -> None:
        """The parameters every list understands; the filters' own are checked by
        ``get_filters``."""
        for name, values in request.GET.lists():
            if any("\x00" in value for value in values):
                raise RejectedListQuery
            if name == self.SEARCH_VAR and not self.search_fields:
                raise RejectedListQuery
            if name == self.ORDER_VAR and not all(map(self.is_valid_order, values)):
                raise RejectedListQuery
            if name == self.PAGE_VAR and not all(PAGE_NUMBER.fullmatch(v) for v in values):
                raise RejectedListQuery
            if name == self.EXPORT_VAR and (
                not self.list_export or not set(values) <= set(self.FORMATS)
            ):
                raise RejectedListQuery
            if name in (self.ORDER_TYPE_VAR, self.ERROR_FLAG):
                raise RejectedListQuery

    def is_valid_order(self, value: str) -> bool:
        """``o`` names columns of ``list_display`` by position, each one sortable (empty:
        the default order, as in Django's admin)."""
        if not value:
            return True
        parts = value.split(".")
        if not all(ORDER_PART.fullmatch(part) for part in parts):
            return False
        positions = [abs(int(part)) for part in parts]
        return all(
            position < len(self.list_display)
            and self.get_ordering_field(self.list_display[position])
            for position in positions
        )

    def get_filters_params(self, params: QueryDict | None = None) -> dict[str, list[str]]:
        lookup_params = super().get_filters_params(params)
        self.filter_params_asked = set(lookup_params)
        return lookup_params

    def get_filters(self, request: HttpRequest) -> tuple[Any, ...]:
        try:
            result = super().get_filters(request)
        except IncorrectLookupParameters as error:  # a parameter that names no field
            raise RejectedListQuery from error
        filter_specs = result[0]
        offered = {name for spec in filter_specs for name in spec.expected_parameters()}
        # wagtail-modeladmin passes what no filter takes to QuerySet.filter(): refused here,
        # as is a value for a filter the list does not show (it has nothing to offer).
        if not self.filter_params_asked <= offered:
            raise RejectedListQuery
        if not all(map(self.has_valid_value, filter_specs)):
            raise RejectedListQuery
        return result

    @staticmethod
    def has_valid_value(spec: object) -> bool:
        """A choice filter's value must be one of its choices (a field filter's value is
        checked by the database query)."""
        if not isinstance(spec, SimpleListFilter) or spec.value() is None:
            return True
        return spec.value() in {str(value) for value, _label in spec.lookup_choices}


class StrictHistoryView(HistoryView):
    def check_action_permitted(self, user: AnyUser) -> bool:
        return self.permission_helper.user_can_view_history_of_obj(user, self.instance)


# What a user needs, at model level, to reach each view of a modeladmin at all: checked
# before the view loads the object, so nobody learns which objects exist either.
ACTION_GATES: dict[str, Callable[[StrictPermissionHelper, AnyUser], bool]] = {
    "index": StrictPermissionHelper.user_can_list,
    "create": StrictPermissionHelper.user_can_create,
    "choose_parent": StrictPermissionHelper.user_can_create,
    "edit": StrictPermissionHelper.user_can_edit,
    "delete": StrictPermissionHelper.user_can_delete,
    "inspect": StrictPermissionHelper.user_can_inspect,
    "history": StrictPermissionHelper.user_can_view,
}
# wagtail-modeladmin's other views already ask the permission helper about their object.
STRICT_VIEW_CLASSES = {
    "index_view_class": StrictIndexView,
    "history_view_class": StrictHistoryView,
}


class StrictModelAdmin(ModelAdmin):
    """The base of every modeladmin area of the project (see the module's docstring)."""

    permission_helper_class = StrictPermissionHelper
    index_view_class = StrictIndexView
    history_view_class = StrictHistoryView

    def __init__(self, parent: ModelAdminGroup | None = None) -> None:
        super().__init__(parent)
        if self.is_pagemodel:
            raise ImproperlyConfigured(
                f"{type(self).__name__}: pages are managed in the page explorer, which "
                "checks page permissions; StrictModelAdmin is for other models."
            )

    def get_admin_urls_for_registration(self) -> tuple:
        return tuple(self.gated(url) for url in super().get_admin_urls_for_registration())

    def gated(self, url: URLPattern) -> URLPattern:
        """The URL's view behind its model-level permission; an action without a gate is
        refused to everyone."""
        action = (url.name or "").rpartition("_modeladmin_")[2]
        gate = ACTION_GATES.get(action, lambda helper, user: False)
        view = url.callback

        @wraps(view)
        def gated_view(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not gate(self.permission_helper, request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        # Marks the view as gated for ``check_modeladmins_are_strict``.
        gated_view.permission_gate = gate  # type: ignore[attr-defined]
        url.callback = gated_view
        return url


def strictness_problems(model_admin: ModelAdmin) -> list[str]:
    """What makes a modeladmin instance less strict than StrictModelAdmin."""
    if not isinstance(model_admin, StrictModelAdmin):
        return ["it does not subclass portal.modeladmin.StrictModelAdmin"]
    problems = []
    if not isinstance(model_admin.permission_helper, StrictPermissionHelper):
        problems.append("its permission helper does not subclass StrictPermissionHelper")
    for attribute, base in STRICT_VIEW_CLASSES.items():
        if not issubclass(getattr(model_admin, attribute), base):
            problems.append(f"its {attribute} does not subclass {base.__name__}")
    return problems


def _url_patterns(patterns: Iterable[URLPattern | URLResolver]) -> Iterable[URLPattern]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _url_patterns(pattern.url_patterns)
        else:
            yield pattern


def modeladmin_problems(patterns: Iterable[URLPattern | URLResolver]) -> list[checks.Error]:
    """One error per modeladmin view among ``patterns`` that is not strict and gated."""
    errors: list[checks.Error] = []
    seen: set[int] = set()
    for pattern in _url_patterns(patterns):
        callback = pattern.callback
        owner = getattr(inspect.unwrap(callback), "__self__", None)
        if not isinstance(owner, ModelAdmin):
            continue
        problems = [] if id(owner) in seen else strictness_problems(owner)
        seen.add(id(owner))
        if not _is_gated(callback):
            problems.append(f"its URL {pattern.name} is not behind a permission gate")
        errors.extend(
            checks.Error(
                f"The modeladmin for {owner.model._meta.label}: {problem}.",
                hint="Subclass portal.modeladmin.StrictModelAdmin and its view classes.",
                obj=type(owner),
                id="portal.E001",
            )
            for problem in problems
        )
    return errors


def _is_gated(callback: Callable[..., Any] | None) -> bool:
    while callback is not None:
        if hasattr(callback, "permission_gate"):
            return True
        callback = getattr(callback, "__wrapped__", None)
    return False


def check_modeladmins_are_strict(
    app_configs: Sequence[AppConfig] | None = None, **kwargs: Any
) -> list[checks.Error]:
    from wagtail.admin import urls as admin_urls

    return modeladmin_problems(admin_urls.urlpatterns)
