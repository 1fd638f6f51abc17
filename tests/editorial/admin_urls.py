"""Every URL pattern under /admin/, as the permission matrix walks them: a key per pattern (its
route name, or its route when it has none or shares its name) and the requests that exercise
it, with the pattern's arguments filled from the matrix's site (``matrix_world``).

A pattern whose arguments this module cannot fill raises ``Unfillable``, naming the pattern
and the argument, so that a new kind of admin URL is noticed rather than skipped.
"""

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.blocks.base import BlockField
from wagtail.contrib.settings.models import BaseSiteSetting

from tests.editorial.matrix_world import TECHNICIAN, World

ADMIN_PREFIX = "admin/"


class Unfillable(LookupError):
    """The matrix does not know which object a pattern's argument should point at."""


@dataclass(frozen=True)
class AdminPattern:
    key: str  # what the expectation table is keyed by
    name: str | None
    route: str  # below /admin/
    arguments: tuple[str, ...]  # keyword arguments, or "0", "1"... for positional groups


@dataclass(frozen=True)
class AdminRequest:
    """One URL to GET and POST; ``key`` is the pattern's key and the variant, if any."""

    key: str
    url: str
    post: dict[str, Any] = field(default_factory=dict)
    json_body: bool = False  # the admin API takes JSON
    follow: bool = False  # a redirect to another admin URL is judged by where it leads
    bulk: bool = False  # a bulk action: judged by whether the object is among those it acts on

    def post_kwargs(self) -> dict[str, Any]:
        if self.json_body:
            return {"data": json.dumps(self.post), "content_type": "application/json"}
        return {"data": self.post}


def _arguments(pattern) -> list[str]:
    if hasattr(pattern, "converters") and not hasattr(pattern, "regex_pattern"):
        names = list(pattern.converters)
        if names:
            return names
    regex = pattern.regex
    if regex.groupindex:
        return list(regex.groupindex)
    return [str(n) for n in range(regex.groups)]


def _walk(patterns, prefix="", namespace=None, arguments=()):
    for entry in patterns:
        route = prefix + str(entry.pattern)
        found = (*arguments, *_arguments(entry.pattern))
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from _walk(entry.url_patterns, route, inner, found)
        elif isinstance(entry, URLPattern):
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name
            yield route, name, tuple(found)


def admin_patterns() -> list[AdminPattern]:
    """The patterns of Wagtail's admin and everything registered into it, in URLconf order."""
    found = [
        (route[len(ADMIN_PREFIX) :], name, arguments)
        for route, name, arguments in _walk(get_resolver().url_patterns)
        if route.startswith(ADMIN_PREFIX)
    ]
    # A nameless pattern in front of a named one with the same route stands in for it (the
    # project's narrowed versions of Wagtail views): requests to the named URL reach it.
    named_routes = {route for route, name, _arguments in found if name}
    found = [entry for entry in found if entry[1] or entry[0] not in named_routes]
    names = Counter(name for _route, name, _arguments in found if name)
    return [
        AdminPattern(
            key=name if name and names[name] == 1 else f"{name or ''} {route}".strip(),
            name=name,
            route=route,
            arguments=arguments,
        )
        for route, name, arguments in found
    ]


# Filling the arguments -------------------------------------------------------------------

SNIPPET_NAME = re.compile(r"^wagtailsnippet(?:s|choosers)_(?P<app>[a-z0-9]+)_(?P<model>[a-z0-9]+):")
MODELADMIN_NAME = re.compile(r"^(?P<app>[a-z0-9]+)_(?P<model>[a-z0-9]+)_modeladmin_")

# Which pages a page URL is tried on (``matrix_world`` builds them): someone else's live
# article and the contributor's own draft, unless the view needs a page in a given state.
PAGE_TARGETS = {
    "wagtailadmin_pages:convert_alias": ("alias",),
    "wagtailadmin_pages:workflow_action": ("submitted", "at_approval"),
    "wagtailadmin_pages:collect_workflow_action_data": ("submitted", "at_approval"),
    "wagtailadmin_pages:workflow_preview": ("submitted", "at_approval"),
    "wagtailadmin_pages:confirm_workflow_cancellation": ("submitted",),
    "wagtailadmin_pages:workflow_history": ("submitted",),
    "wagtailadmin_pages:workflow_history_detail": ("submitted",),
    "wagtailadmin_pages:unpublish": ("live",),
    "wagtailforms:list_submissions": ("live",),
    "wagtailforms:list_submissions_results": ("live",),
    "wagtailforms:delete_submissions": ("live",),
    "wagtailadmin_explore": ("section",),
    "wagtailadmin_explore_results": ("section",),
    "wagtailadmin_choose_page_child": ("section",),
}
DEFAULT_PAGE_TARGETS = ("live", "draft")
# Where a new page is added: an article in a news section (contributors write there) and a
# standard page under the home page (the page tree: board and administrators only).
NEW_PAGE_PLACES = {
    "article_in_section": ("articles", "articlepage", "section"),
    "standard_page_under_home": ("home", "standardpage", "home"),
}
# The admin API's page actions: which page each is tried on, and the smallest body it takes.
API_PAGE_ACTIONS = {
    "convert_alias": ("alias", {}),
    "copy": ("live", {}),  # keep_live defaults to True: a published copy
    "delete": ("live", {}),
    "publish": ("draft", {}),
    "unpublish": ("live", {}),
    "move": ("live", {"destination_page_id": "second_section", "position": "last-child"}),
    "copy_for_translation": ("live", {"locale": "en"}),
    "create_alias": ("live", {"destination_page_id": "second_section"}),
    "revert_to_page_revision": ("submitted", {"revision_id": "first_revision"}),
}
# Accounts the user screens are tried on.
USER_TARGETS = {
    "wagtailusers_users:edit": ("ordinary", "other_administrator", "superuser"),
    "wagtailusers_users:delete": ("ordinary", "other_administrator", "superuser"),
}
DEFAULT_USER_TARGETS = ("ordinary",)
# Images, documents and videos: someone else's, and for the screens that change one, the
# contributor's own upload too (Wagtail lets whoever may add manage what they uploaded).
OWN_FILE_VARIANTS = {
    "wagtailimages:edit",
    "wagtailimages:delete",
    "wagtaildocs:edit",
    "wagtaildocs:delete",
    "wagtailmedia:edit",
    "wagtailmedia:delete",
}


def management_data(form) -> dict[str, str]:
    """The fields the admin's JavaScript always sends with ``form``: each StreamField's block
    count and each inline formset's management form, all empty. Without them Wagtail answers
    500 before it looks at anything else, which would hide what the matrix is looking for."""
    data = {}
    for name, form_field in form.fields.items():
        if isinstance(form_field, BlockField):
            data[f"{form.add_prefix(name)}-count"] = "0"
    for formset in getattr(form, "formsets", {}).values():
        prefix = formset.management_form.prefix
        for name in ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS", "MAX_NUM_FORMS"):
            data[f"{prefix}-{name}"] = "0"
    return data


def page_form_body(world: World, page_class, instance=None, parent=None) -> dict[str, str]:
    form_class = page_class.get_edit_handler().get_form_class()
    form = form_class(
        instance=instance or page_class(),
        parent_page=parent or (instance.get_parent() if instance else None),
        for_user=world.users[TECHNICIAN],
    )
    return management_data(form)


def snippet_form_body(world: World, obj) -> dict[str, str]:
    form_class = type(obj).snippet_viewset.get_edit_handler().get_form_class()
    return management_data(form_class(instance=obj, for_user=world.users[TECHNICIAN]))


# Views that read a field straight from request.POST (a 500 without it, whoever asks).
REQUIRED_POST_FIELDS = {
    "wagtailadmin_pages:copy": lambda world: {"new_parent_page": world.pages["section"].pk},
    "wagtailadmin_choose_page_external_link": lambda world: {
        "external-link-chooser-url": "https://thanhhoa.example.vn/"
    },
}
FORM_VIEWS = ("add", "edit", "copy", "revisions_revert")
# Views that only redirect to another screen, which decides.
FOLLOWED = {"wagtailadmin_pages:revisions_index"}


def _first_revision(obj):
    return obj.revisions.order_by("created_at", "pk").first()


def _page_arguments(page) -> dict[str, Any]:
    """What a page view's arguments mean for ``page``."""
    task_state = page.current_workflow_task_state
    workflow_state = page.current_workflow_state or page.workflow_states.first()
    return {
        "page_id": page.pk,
        "parent_page_id": page.pk,
        "page_to_move_id": page.pk,
        "revision_id": page.latest_revision_id,
        "task_state_id": task_state.pk if task_state else 0,
        "task_id": task_state.task_id if task_state else 0,
        "workflow_state_id": workflow_state.pk if workflow_state else 0,
    }


def _snippet_arguments(obj) -> dict[str, Any]:
    task_state = getattr(obj, "current_workflow_task_state", None)
    workflow_state = getattr(obj, "current_workflow_state", None)
    return {
        "pk": obj.pk,
        "revision_id": getattr(obj, "latest_revision_id", None) or 0,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "task_state_id": task_state.pk if task_state else 0,
        "task_id": task_state.task_id if task_state else 0,
        "workflow_state_id": workflow_state.pk if workflow_state else 0,
    }


def _reverse(pattern: AdminPattern, values: dict[str, Any]) -> str:
    if pattern.name is None:
        raise Unfillable(pattern.key)
    if pattern.arguments and pattern.arguments[0] == "0":
        return reverse(pattern.name, args=[values[a] for a in pattern.arguments])
    missing = [a for a in pattern.arguments if a not in values]
    if missing:
        raise Unfillable(
            f"{pattern.key}: the matrix does not know what to put in {', '.join(missing)}; "
            "teach tests/editorial/admin_urls.py which object this URL is about"
        )
    return reverse(pattern.name, kwargs={a: values[a] for a in pattern.arguments})


def _variant(pattern: AdminPattern, name: str | None) -> str:
    return f"{pattern.key} [{name}]" if name else pattern.key


def _one(pattern, values, query="", post=None, variant=None) -> AdminRequest:
    url = _reverse(pattern, values) + query
    return AdminRequest(_variant(pattern, variant), url, post or {})


def _page_requests(pattern: AdminPattern, world: World) -> list[AdminRequest]:
    name = pattern.name
    pages = world.pages
    if name in ("wagtailadmin_pages:add", "wagtailadmin_pages:preview_on_add"):
        places = NEW_PAGE_PLACES if name.endswith(":add") else {"article_in_section": None}
        requests = []
        for variant in places:
            app, model, parent = NEW_PAGE_PLACES[variant]
            values = {
                "content_type_app_name": app,
                "content_type_model_name": model,
                "parent_page_id": pages[parent].pk,
            }
            page_class = apps.get_model(app, model)
            body = page_form_body(world, page_class, parent=pages[parent])
            variant = variant if len(places) > 1 else None
            requests.append(_one(pattern, values, post=body, variant=variant))
        return requests
    if name == "wagtailadmin_pages:add_subpage":
        return [
            _one(pattern, {"parent_page_id": pages[p].pk}, variant=p) for p in ("section", "home")
        ]
    if name in (
        "wagtailadmin_pages:type_use",
        "wagtailadmin_pages:type_use_results",
        "wagtailadmin_pages:choose_parent",
    ):
        values = {
            "content_type_app_name": "articles",
            "content_type_model_name": "articlepage",
            "app_label": "articles",
            "model_name": "articlepage",
        }
        return [_one(pattern, values)]
    if name == "wagtailadmin_pages:revisions_compare":
        targets = DEFAULT_PAGE_TARGETS
        return [
            _one(pattern, {"0": pages[t].pk, "1": "earliest", "2": "latest"}, variant=t)
            for t in targets
        ]
    targets = PAGE_TARGETS.get(name, DEFAULT_PAGE_TARGETS)
    requests = []
    for target in targets:
        page = pages[target]
        values = _page_arguments(page)
        values["destination_id"] = pages["second_section"].pk
        if name.endswith(("workflow_action", "collect_workflow_action_data")):
            values["action_name"] = "approve" if name.endswith("workflow_action") else "reject"
        query = "?position=0" if name.endswith("set_page_position") else ""
        body = {}
        if name.split(":")[-1] in FORM_VIEWS:
            body = page_form_body(world, page.specific_class, instance=page.specific)
        if name in REQUIRED_POST_FIELDS:
            body.update(REQUIRED_POST_FIELDS[name](world))
        variant = target if len(targets) > 1 else None
        request = _one(pattern, values, query, post=body, variant=variant)
        if name in FOLLOWED:
            request = AdminRequest(request.key, request.url, request.post, follow=True)
        requests.append(request)
    return requests


def _api_requests(pattern: AdminPattern, world: World) -> list[AdminRequest]:
    kind = pattern.name.split(":")[1]
    objects = {
        "pages": world.pages["live"],
        "images": world.media["image"],
        "documents": world.media["document"],
    }
    if pattern.name != "wagtailadmin_api:pages:action":
        values = {"pk": objects[kind].pk} if "pk" in pattern.arguments else {}
        query = f"?id={objects[kind].pk}" if pattern.name.endswith(":find") else ""
        return [_one(pattern, values, query)]
    requests = []
    for action in PagesAdminAPIViewSet.actions:
        if action not in API_PAGE_ACTIONS:
            raise Unfillable(
                f"{pattern.key}: the admin API has a new page action '{action}'; "
                "add it to API_PAGE_ACTIONS in tests/editorial/admin_urls.py"
            )
        target, body = API_PAGE_ACTIONS[action]
        page = world.pages[target]
        placeholders = {
            "second_section": lambda: world.pages["second_section"].pk,
            "first_revision": lambda page=page: _first_revision(page).pk,
        }
        body = {k: placeholders[v]() if v in placeholders else v for k, v in body.items()}
        url = reverse(pattern.name, kwargs={"pk": page.pk, "action_name": action})
        requests.append(AdminRequest(_variant(pattern, action), url, body, json_body=True))
    return requests


def _bulk_requests(pattern: AdminPattern, world: World) -> list[AdminRequest]:
    """One request per registered bulk action, on one object of its model."""
    bulk_action_registry.get_bulk_actions_for_model("wagtailcore", "page")  # fills the registry
    targets = {
        "wagtailcore.page": world.pages["live"],
        "auth.user": world.targets["ordinary"],
        "portal.portalimage": world.media["image"],
        "portal.portaldocument": world.media["document"],
        **world.snippets,
    }
    requests = []
    for app_label, models in sorted(bulk_action_registry.actions.items()):
        for model_name, actions in sorted(models.items()):
            label = f"{app_label}.{model_name}"
            if label not in targets:
                raise Unfillable(f"{pattern.key}: no object of {label} to try its bulk actions on")
            for action in sorted(actions):
                values = {"app_label": app_label, "model_name": model_name, "action": action}
                url = _reverse(pattern, values) + f"?id={targets[label].pk}"
                key = _variant(pattern, f"{label}.{action}")
                requests.append(AdminRequest(key, url, bulk=True))
    return requests


def _settings_requests(pattern: AdminPattern, world: World) -> list[AdminRequest]:
    """One request per setting; the address without ``pk`` only redirects to the setting's
    own, so it is judged by where it leads."""
    requests = []
    for label, instance in world.settings.items():
        app, model = label.split(".")
        # A site's setting is addressed by its site, a generic one by its own key.
        pk = instance.site_id if isinstance(instance, BaseSiteSetting) else instance.pk
        values = {"app_name": app, "model_name": model, "pk": pk}
        request = _one(pattern, values, variant=label)
        if "pk" not in pattern.arguments:
            request = AdminRequest(request.key, request.url, follow=True)
        requests.append(request)
    return requests


def _user_requests(pattern: AdminPattern, world: World) -> list[AdminRequest]:
    targets = USER_TARGETS.get(pattern.name, DEFAULT_USER_TARGETS)
    return [
        _one(
            pattern,
            {"pk": world.targets[t].pk},
            variant=t if len(targets) > 1 else None,
        )
        for t in targets
    ]


def _file_requests(pattern: AdminPattern, world: World) -> list[AdminRequest]:
    app = pattern.name.split(":")[0]
    kind = {
        "wagtailimages": "image",
        "wagtailimages_chooser": "image",
        "wagtaildocs": "document",
        "wagtaildocs_chooser": "document",
        "wagtailmedia": "video",
    }[app]
    uploads = {"image": "uploaded_image", "document": "uploaded_document"}
    owners = ("other", "own") if pattern.name in OWN_FILE_VARIANTS else ("other",)
    if "multiple" in pattern.name:
        owners = ("own",)  # the multiple-upload screens act on what was just uploaded
    requests = []
    for owner in owners:
        item = world.media[kind if owner == "other" else f"own_{kind}"]
        values = {
            "image_id": item.pk,
            "document_id": item.pk,
            "doc_id": item.pk,
            "media_id": item.pk,
            "pk": item.pk,
            "filter_spec": "original",
            "media_type": "video",
            "uploaded_file_id": world.media[uploads.get(kind, "uploaded_image")].pk,
        }
        requests.append(_one(pattern, values, variant=owner if len(owners) > 1 else None))
    return requests


def _other_values(world: World) -> dict[str, Any]:
    """Arguments whose meaning does not depend on the pattern's family."""
    misc = world.misc
    return {
        "uidb64": "MQ",
        "token": "sai-ma-xac-nhan",
        "session_id": 0,
        "object_id": world.pages["live"].pk,
        "query_id": misc["query"].pk,
        "redirect_id": misc["redirect"].pk,
        "collection_id": misc["collection"].pk,
        "page_pk": world.pages["home"].pk,
        "workflow_pk": misc["workflow"].pk,
        "task_id": misc["task"].pk,
        "media_type": "video",
    }


def _family_values(pattern: AdminPattern, world: World) -> dict[str, Any]:
    """``pk`` and friends for the admin areas that are about one kind of object."""
    name = pattern.name or ""
    misc = world.misc
    if name.startswith("wagtailadmin_workflows:"):
        is_task = "task" in name.split(":")[1]
        return {
            "pk": (misc["task"] if is_task else misc["workflow"]).pk,
            "app_label": "editorial",
            "model_name": "foureyesapprovaltask",
        }
    if name.startswith("wagtailadmin_collections:"):
        return {"pk": misc["collection"].pk}
    if name.startswith("wagtailusers_groups:"):
        return {"pk": misc["group"].pk}
    if name.startswith("wagtailsites:"):
        return {"pk": misc["site"].pk}
    if name.startswith("wagtailadmin_editing_sessions:ping"):
        return {"app_label": "wagtailcore", "model_name": "page"}
    if name == "wagtailadmin_tag_model_autocomplete":
        return {"app_name": "taggit", "model_name": "tag"}
    return {}


FILE_APPS = ("wagtailimages", "wagtaildocs", "wagtailmedia")


def _block_preview_query() -> str:
    """The preview of a paragraph, as the block chooser in the article editor asks for it."""
    from articles.models import ArticlePage

    paragraph = ArticlePage._meta.get_field("body").stream_block.child_blocks["paragraph"]
    return f"?id={paragraph.definition_prefix}"


QUERIES = {"wagtailadmin_block_preview": _block_preview_query}
NAMELESS = {
    "test404/": "test404/",
    "^.*/$": "khong-co-trang-nay/",  # the admin's catch-all: any unknown address
    # wagtailmedia's chooser behind the project's check of its collection parameter
    "^media/chooser/(?P<media_type>audio|video)/$": "media/chooser/video/",
}


def requests_for(pattern: AdminPattern, world: World) -> list[AdminRequest]:
    """The requests that exercise ``pattern``, one per variant of the objects it acts on."""
    name = pattern.name or ""
    if not name:
        if pattern.route not in NAMELESS:
            raise Unfillable(f"{pattern.key}: a nameless admin URL the matrix cannot build")
        return [AdminRequest(pattern.key, f"/{ADMIN_PREFIX}{NAMELESS[pattern.route]}")]
    if snippet := SNIPPET_NAME.match(name):
        obj = world.snippets[f"{snippet['app']}.{snippet['model']}"]
        values = _snippet_arguments(obj)
        if name.endswith(("workflow_action", "collect_workflow_action_data")):
            values["action_name"] = "approve" if name.endswith("workflow_action") else "reject"
        query = "?position=0" if name.endswith(":reorder") else ""
        body = snippet_form_body(world, obj) if name.split(":")[-1] in FORM_VIEWS else {}
        return [_one(pattern, values, query, post=body)]
    if modeladmin := MODELADMIN_NAME.match(name):
        obj = world.objects[f"{modeladmin['app']}.{modeladmin['model']}"]
        return [_one(pattern, {"instance_pk": obj.pk})]
    if name.startswith("wagtailadmin_api:"):
        return _api_requests(pattern, world)
    if name == "wagtail_bulk_action":
        return _bulk_requests(pattern, world)
    if name.startswith("wagtailsettings:"):
        return _settings_requests(pattern, world)
    if name.startswith("wagtailusers_users:"):
        return _user_requests(pattern, world)
    if name.split(":")[0].split("_chooser")[0] in FILE_APPS and pattern.arguments:
        return _file_requests(pattern, world)
    page_arguments = {"page_id", "parent_page_id", "page_to_move_id", "0"}
    if page_arguments & set(pattern.arguments) or "content_type_app_name" in pattern.arguments:
        return _page_requests(pattern, world)
    if name == "wagtailadmin_pages:choose_parent":
        return _page_requests(pattern, world)
    values = {**_other_values(world), **_family_values(pattern, world)}
    body = REQUIRED_POST_FIELDS[name](world) if name in REQUIRED_POST_FIELDS else {}
    return [_one(pattern, values, QUERIES.get(name, lambda: "")(), post=body)]
