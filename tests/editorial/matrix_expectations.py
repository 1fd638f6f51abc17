"""Who may open each admin URL: the intended policy, one entry per URL pattern (and variant).

The policy comes from ``portal/roles.py``, ``editorial/setup.py`` and the README, not from what
the code happens to do: where they are silent, an entry follows what Wagtail means by the
permissions ``setup_editorial`` grants, and says so in ``why``. Two rules hold everywhere:

- nobody publishes directly where a workflow applies, the technician included (the README:
  "Nobody publishes directly"; the technician maintains, and does no editorial work);
- an action a role may not take is denied at its confirmation screen (GET) as well.

``allowed`` means the view answered (2xx, or its own redirect); ``denied`` means 401/403/404,
the login page, or a redirect carrying an error (Wagtail's "permission denied" or one of the
project's refusals). A 405, or a 400 for a body the view will not take, fits either; a role
that should be turned away must still have changed nothing.

To add a URL: add its key (as the failure message prints it) to the family it belongs to
below, or to ``SINGLE``, with the roles allowed to GET and POST it.
"""

from dataclasses import dataclass, field
from types import MappingProxyType

from tests.editorial.matrix_world import ANONYMOUS, TECHNICIAN

ANON = ANONYMOUS
CTV = "contributor"
BTV = "editor"
PTB = "deputy_chief_editor"
TB = "chief_editor"
QTV = "administrator"
KT = TECHNICIAN

EVERYONE = frozenset({ANON, CTV, BTV, PTB, TB, QTV, KT})
LOGGED_IN = EVERYONE - {ANON}
BOARD = frozenset({BTV, PTB, TB, QTV, KT})  # the README's "board roles"
EDITORS = frozenset({BTV, PTB, TB, KT})
CHIEFS = frozenset({PTB, TB, KT})  # deputy and chief editor: final approval, unpublish
ADMINS = frozenset({QTV, KT})
TECH = frozenset({KT})
NOBODY = frozenset()


@dataclass(frozen=True)
class Expect:
    get: frozenset
    post: frozenset
    # (role, method) -> why the cell is not checked; method "*" for both
    skip: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    why: str = ""
    # A redirect that means success here although it looks like a refusal (logging out).
    success_redirect: str = ""

    def skipped(self, role: str, method: str) -> str | None:
        return self.skip.get((role, method)) or self.skip.get((role, "*"))


def allow(get, post=None, *, why="", skip=None, success_redirect="") -> Expect:
    """Roles allowed to GET and POST (POST defaults to GET's roles); everyone else denied."""
    return Expect(
        frozenset(get),
        frozenset(get if post is None else post),
        MappingProxyType(dict(skip or {})),
        why,
        success_redirect,
    )


def _skip(roles, method, reason):
    return {(role, method): reason for role in roles}


TABLE: dict[str, Expect] = {}

# The admin's own screens ------------------------------------------------------------------

SINGLE = {
    "wagtailadmin_home": allow(LOGGED_IN),
    "test404/": allow(LOGGED_IN),
    "wagtailadmin_error_test": allow(
        NOBODY,
        skip=_skip(LOGGED_IN, "*", "Wagtail's deliberate error page: raises for every user"),
        why="A test page for error reporting; anonymous visitors go to the login page.",
    ),
    "^.*/$": allow(NOBODY, why="The admin's catch-all: 404 for staff, login for visitors."),
    "wagtailadmin_account": allow(LOGGED_IN),
    "wagtailadmin_logout": allow(LOGGED_IN, success_redirect="→ login"),
    "wagtailadmin_dismissibles": allow(LOGGED_IN),
    "wagtailadmin_editing_sessions:ping": allow(
        BOARD, why="Tried on someone else's live article: only those who may edit it."
    ),
    "wagtailadmin_editing_sessions:release": allow(LOGGED_IN),
    "wagtailadmin_block_preview": allow(LOGGED_IN),
    "wagtailadmin_sprite": allow(EVERYONE, why="The login page needs it."),
    "wagtailadmin_javascript_catalog": allow(EVERYONE, why="The login page needs it."),
    "wagtail_modeladmin:javascript_catalog": allow(LOGGED_IN),
    "wagtailadmin_login": allow(EVERYONE),
    "wagtailadmin_password_reset": allow(EVERYONE),
    "wagtailadmin_password_reset_done": allow(EVERYONE),
    "wagtailadmin_password_reset_confirm": allow(EVERYONE),
    "wagtailadmin_password_reset_complete": allow(EVERYONE),
    # Choosers every writer needs in the editor.
    "wagtailadmin_choose_page": allow(LOGGED_IN),
    "wagtailadmin_choose_page_child": allow(LOGGED_IN),
    "wagtailadmin_choose_page_search": allow(LOGGED_IN),
    "wagtailadmin_choose_page_chosen_multiple": allow(LOGGED_IN),
    "wagtailadmin_choose_page_external_link": allow(LOGGED_IN),
    "wagtailadmin_choose_page_email_link": allow(LOGGED_IN),
    "wagtailadmin_choose_page_phone_link": allow(LOGGED_IN),
    "wagtailadmin_choose_page_anchor_link": allow(LOGGED_IN),
    "wagtailadmin_tag_autocomplete": allow(LOGGED_IN),
    "wagtailadmin_tag_model_autocomplete": allow(LOGGED_IN),
    "wagtailembeds:chooser": allow(LOGGED_IN),
    "wagtailembeds:chooser_upload": allow(LOGGED_IN),
}
TABLE.update(SINGLE)

# The home page's lead and featured stories, chosen outside the workflow: the chief editor
# and the deputy; editors only when the site's settings allow it (off in the matrix's site).
TABLE["home_featured_stories"] = allow(CHIEFS)

# The admin API: the explorer reads it; its actions are a second door to page operations.
TABLE.update(
    {
        f"wagtailadmin_api:{kind}:{view}": allow(LOGGED_IN)
        for kind in ("pages", "documents", "images")
        for view in ("listing", "detail", "find")
    }
)
# "Nobody publishes directly where a workflow applies" (README): the technician neither, who
# maintains the site and does no editorial work; Wagtail lets superusers, so it is written out.
PUBLISHES_DIRECTLY = NOBODY
API_ACTIONS = {
    "convert_alias": allow(BOARD, why="As the edit screen: the alias's content stays as it is."),
    "copy": allow(PUBLISHES_DIRECTLY, why="keep_live (the default) publishes the copy."),
    "delete": allow(CHIEFS, why="Deleting a live page takes it off the site, as unpublishing."),
    "publish": allow(PUBLISHES_DIRECTLY),
    "unpublish": allow(CHIEFS),
    "move": allow(PUBLISHES_DIRECTLY, why="Moving a live page publishes it in another section."),
    "copy_for_translation": allow(NOBODY, why="The site has one locale: nothing to translate to."),
    "create_alias": allow(PUBLISHES_DIRECTLY, why="An alias of a live page is live at once."),
    "revert_to_page_revision": allow(
        {BTV, KT},
        why="Tried on an article under review: only its current reviewer may change it, as "
        "in the editor (the page is locked to everyone else).",
    ),
}
TABLE.update(
    {f"wagtailadmin_api:pages:action [{name}]": rule for name, rule in API_ACTIONS.items()}
)

# Pages ----------------------------------------------------------------------------------

# Someone else's live article (editors, the deputy and chief, administrators may change
# it) and the contributor's own draft (everyone who writes may change it).
EDIT_LIKE = {"live": BOARD, "draft": LOGGED_IN}


def _page_views(views, rules_by_target):
    for view in views:
        for target, roles in rules_by_target.items():
            TABLE[f"wagtailadmin_pages:{view} [{target}]"] = allow(roles)


_page_views(
    (
        "usage",
        "edit",
        "preview_on_edit",
        "view_draft",
        "revisions_index",
        "revisions_view",
        "revisions_revert",
        "revisions_compare",
        "history",
        "history_results",
    ),
    EDIT_LIKE,
)
_page_views(("copy",), EDIT_LIKE)  # Wagtail: whoever may edit may copy (as a draft)
_page_views(
    ("delete",),
    {
        "live": CHIEFS,  # taking a live page off the site: as unpublishing
        "draft": LOGGED_IN,  # a draft: its author, and whoever may change pages
    },
)
_page_views(
    ("move", "move_confirm"),
    {
        "live": PUBLISHES_DIRECTLY,  # moving a live page publishes it in another section
        "draft": LOGGED_IN,
    },
)
# Publishing rights: reordering a section, privacy, a scheduled publication.
_page_views(
    ("set_page_position", "set_privacy", "revisions_unschedule"),
    {"live": CHIEFS, "draft": CHIEFS},
)
_page_views(("lock", "unlock"), {"live": EDITORS, "draft": EDITORS})
# The review step of a contributor's article (editors) and its final approval (the chief
# editor; the deputy only stands in for the chief's own articles).
_page_views(
    ("workflow_action", "collect_workflow_action_data", "workflow_preview"),
    {"submitted": {BTV, KT}, "at_approval": {TB, KT}},
)
TABLE.update(
    {
        "wagtailadmin_explore_root": allow(LOGGED_IN),
        "wagtailadmin_explore": allow(LOGGED_IN),
        "wagtailadmin_explore_results": allow(LOGGED_IN),
        "wagtailadmin_pages:search": allow(LOGGED_IN),
        "wagtailadmin_pages:search_results": allow(LOGGED_IN),
        "wagtailadmin_pages:type_use": allow(LOGGED_IN),
        "wagtailadmin_pages:type_use_results": allow(LOGGED_IN),
        "wagtailadmin_pages:choose_parent": allow(LOGGED_IN),
        "wagtailadmin_pages:add [article_in_section]": allow(LOGGED_IN),
        "wagtailadmin_pages:add [standard_page_under_home]": allow(BOARD),
        "wagtailadmin_pages:preview_on_add": allow(LOGGED_IN),
        "wagtailadmin_pages:add_subpage [section]": allow(LOGGED_IN),
        "wagtailadmin_pages:add_subpage [home]": allow(BOARD),
        "wagtailadmin_pages:unpublish": allow(CHIEFS),
        "wagtailadmin_pages:convert_alias": allow(BOARD),
        # The contributor's article under review: whoever may see it in the editor.
        "wagtailadmin_pages:confirm_workflow_cancellation": allow(LOGGED_IN),
        "wagtailadmin_pages:workflow_history": allow(LOGGED_IN),
        "wagtailadmin_pages:workflow_history_detail": allow(LOGGED_IN),
    }
)

# Bulk actions: as the single-object screens, on someone else's live article.
BULK = {
    "wagtailcore.page.delete": CHIEFS,
    "wagtailcore.page.move": PUBLISHES_DIRECTLY,
    "wagtailcore.page.publish": PUBLISHES_DIRECTLY,
    "wagtailcore.page.unpublish": CHIEFS,
    "auth.user.assign_role": ADMINS,
    "auth.user.delete": TECH,
    "auth.user.set_active_state": ADMINS,
    "portal.portalimage.add_tags": BOARD,
    "portal.portalimage.add_to_collection": BOARD,
    "portal.portalimage.delete": ADMINS,
    "portal.portaldocument.add_tags": BOARD,
    "portal.portaldocument.add_to_collection": BOARD,
    "portal.portaldocument.delete": ADMINS,
    "banners.banner.delete": ADMINS,
    "navigation.menu.delete": TECH,
    "schedule.scheduleentry.delete": TECH,
    "units.unit.delete": ADMINS,
    "articles.articlekind.delete": ADMINS,
    "articles.topicseries.delete": ADMINS,
    "articles.outlet.delete": ADMINS,
    "home.contactofficial.delete": ADMINS,
    "reports.quota.delete": ADMINS,
}
TABLE.update({f"wagtail_bulk_action [{name}]": allow(roles) for name, roles in BULK.items()})

# Reports ----------------------------------------------------------------------------------

REPORTS = {
    "locked_pages": EDITORS,  # the unlock permission
    # Everyone who writes pages: what each sees is filtered to their own pages.
    "workflow": LOGGED_IN,
    "workflow_tasks": LOGGED_IN,
    "site_history": LOGGED_IN,
    "aging_pages": LOGGED_IN,
    "page_types_usage": LOGGED_IN,
}
for report, roles in REPORTS.items():
    for suffix in ("", "_results"):
        TABLE[f"wagtailadmin_reports:{report}{suffix}"] = allow(roles)
for suffix in ("", "_results"):
    TABLE[f"content_health{suffix}"] = allow(
        LOGGED_IN,
        why="Each sees only the problems of what they may edit or publish (a contributor: "
        "their own drafts'), so no draft or board-only document is named to others.",
    )
    TABLE[f"wagtailsearchpromotions:search_terms{suffix}"] = allow(
        BOARD, why="The board's report of what readers search (editors' dashboard)."
    )
# The board's reports (issue 18): leadership and the board see everyone's figures, a
# contributor only their own (reports.views.own_scope).
for name in ("contributions", "royalties", "award", "traffic"):
    TABLE[f"reports_{name}"] = allow(
        LOGGED_IN,
        why="A contributor sees only their own articles, royalty lines and readers' views.",
    )

# Administration: Wagtail's own areas no editorial role is given ----------------------------

for name in ("index", "add", "edit", "delete", "set_privacy"):
    TABLE[f"wagtailadmin_collections:{name}"] = allow(TECH)
for name in (
    "index",
    "index_results",
    "add",
    "enable",
    "disable",
    "edit",
    "usage",
    "usage_results",
    "add_task",
    "select_task_type",
    "task_index",
    "task_index_results",
    "edit_task",
    "disable_task",
    "enable_task",
    "task_chooser",
    "task_chooser_results",
    "task_chooser_create",
    "task_chosen",
):
    TABLE[f"wagtailadmin_workflows:{name}"] = allow(TECH)
for route in ("<int:page_pk>/", "<int:page_pk>/<int:workflow_pk>/"):
    TABLE[f"wagtailadmin_workflows:remove workflows/remove/{route}"] = allow(TECH)
for name in ("index", "index_results", "add", "edit", "delete", "start_import"):
    TABLE[f"wagtailredirects:{name}"] = allow(TECH)
TABLE["wagtailredirects:process_import"] = allow(
    TECH, why="A POST without the fields the first step signed is a bad request (400)."
)
# The views of Wagtail's generic model viewsets (sites, groups).
MODEL_VIEWSET = (
    "index",
    "index_results",
    "add",
    "edit",
    "delete",
    "history",
    "history_results",
    "usage",
)
for name in (*MODEL_VIEWSET, "copy"):
    TABLE[f"wagtailsites:{name}"] = allow(TECH)
for name in MODEL_VIEWSET:
    TABLE[f"wagtailusers_groups:{name}"] = allow(TECH, why="Only the technician edits groups.")

# Users: administrators manage ordinary accounts, never superusers or other administrators,
# and delete nobody (setup_editorial gives them add and change only).
TABLE.update(
    {
        "wagtailusers_users:index": allow(ADMINS),
        "wagtailusers_users:index_results": allow(ADMINS),
        "wagtailusers_users:add": allow(ADMINS),
        "wagtailusers_users:edit [ordinary]": allow(ADMINS),
        "wagtailusers_users:edit [other_administrator]": allow(TECH),
        "wagtailusers_users:edit [superuser]": allow(TECH),
        "wagtailusers_users:delete [ordinary]": allow(TECH),
        "wagtailusers_users:delete [other_administrator]": allow(TECH),
        "wagtailusers_users:delete [superuser]": allow(TECH),
        "wagtailusers_users:history": allow(ADMINS),
        "wagtailusers_users:history_results": allow(ADMINS),
        "wagtailusers_users:usage": allow(ADMINS),
    }
)

# Settings: site identity and the readers' mail for administrators; mourning mode too (the
# README: "an administrator opens Settings › Chế độ để tang").
SETTINGS = {
    "portal.siteidentity": ADMINS,
    "mourning.mourningmode": ADMINS,
    "interaction.interactionsettings": ADMINS,
    # The old site's total the visit counter continues from.
    "visits.visitcountersettings": ADMINS,
    # Whether editors may choose the home page's stories: the board's decision (the chief).
    "home.featuredstoriessettings": frozenset({TB, QTV, KT}),
    # The royalty scale and the award's formula (README: administrators set them).
    "reports.reportsettings": ADMINS,
}
PREVIEWED_SETTINGS = ()  # none has a preview: its preview address answers 404 to anyone
for label, roles in SETTINGS.items():
    TABLE[f"wagtailsettings:edit settings/<slug:app_name>/<slug:model_name>/ [{label}]"] = allow(
        roles
    )
    TABLE[
        f"wagtailsettings:edit settings/<slug:app_name>/<slug:model_name>/<int:pk>/ [{label}]"
    ] = allow(roles)
    TABLE[f"wagtailsettings:preview_on_edit [{label}]"] = allow(
        roles if label in PREVIEWED_SETTINGS else NOBODY
    )

# Editors' picks for site search: editors add and change, the deputy, chief and
# administrators also delete.
PROMOTERS = BOARD
TABLE.update(
    {
        "wagtailsearchpromotions:index": allow(PROMOTERS),
        "wagtailsearchpromotions:index_results": allow(PROMOTERS),
        "wagtailsearchpromotions:add": allow(PROMOTERS),
        "wagtailsearchpromotions:edit": allow(PROMOTERS),
        "wagtailsearchpromotions:delete": allow({PTB, TB, QTV, KT}),
        "wagtailsearchpromotions:chooser": allow(PROMOTERS),
        "wagtailsearchpromotions:chooserresults": allow(PROMOTERS),
    }
)

# Forms: the project has no form pages, so there is nothing to list, for anyone.
TABLE.update(
    {
        "wagtailforms:index": allow(LOGGED_IN),
        "wagtailforms:index_results": allow(LOGGED_IN),
        "wagtailforms:list_submissions": allow(NOBODY, why="Tried on an article: not a form."),
        "wagtailforms:list_submissions_results": allow(NOBODY, why="Not a form page."),
        "wagtailforms:delete_submissions": allow(NOBODY, why="Not a form page."),
    }
)

# Images, documents, videos ------------------------------------------------------------------
# Everyone adds and chooses; editors, the deputy, chief and administrators change anyone's;
# only administrators delete anyone's. Whoever uploaded a file may change and delete it while
# nothing published has used it (portal/file_permissions.py); the contributor's own files
# here are unpublished.
OWNER_OR_CHANGE = LOGGED_IN
OWNER_OR_DELETE = frozenset({CTV, QTV, KT})
UPLOADER_ONLY = frozenset({CTV})  # an upload waiting for its details belongs to its uploader
for app in ("wagtailimages", "wagtaildocs"):
    TABLE.update(
        {
            f"{app}:index": allow(LOGGED_IN),
            f"{app}:index_results": allow(LOGGED_IN),
            f"{app}:add": allow(LOGGED_IN),
            f"{app}:add_multiple": allow(LOGGED_IN),
            f"{app}:edit [other]": allow(BOARD),
            f"{app}:edit [own]": allow(OWNER_OR_CHANGE),
            f"{app}:delete [other]": allow(ADMINS),
            f"{app}:delete [own]": allow(OWNER_OR_DELETE),
            f"{app}:edit_multiple": allow(OWNER_OR_CHANGE),
            f"{app}:delete_multiple": allow(OWNER_OR_DELETE),
            f"{app}:delete_upload_multiple": allow(UPLOADER_ONLY),
        }
    )
    for view in ("choose", "choose_results", "chosen", "chosen_multiple", "create"):
        TABLE[f"{app}_chooser:{view}"] = allow(LOGGED_IN)
TABLE.update(
    {
        "wagtailimages:create_multiple_from_uploaded_image": allow(UPLOADER_ONLY),
        "wagtaildocs:create_multiple_from_uploaded_document": allow(UPLOADER_ONLY),
        # The URL generator needs Wagtail's dynamic image view, which the site does not serve.
        "wagtailimages:url_generator": allow(NOBODY),
        "wagtailimages:url_generator_output": allow(NOBODY),
        "wagtailimages:preview": allow(BOARD),
        "wagtailimages:image_usage": allow(BOARD),
        "wagtaildocs:document_usage": allow(BOARD),
        "wagtailimages_chooser:select_format": allow(LOGGED_IN),
        "wagtailmedia:index": allow(LOGGED_IN),
        "wagtailmedia:add": allow(LOGGED_IN),
        "wagtailmedia:edit [other]": allow(BOARD),
        "wagtailmedia:edit [own]": allow(OWNER_OR_CHANGE),
        "wagtailmedia:delete [other]": allow(ADMINS),
        "wagtailmedia:delete [own]": allow(OWNER_OR_DELETE),
        "wagtailmedia:chooser": allow(LOGGED_IN),
        "wagtailmedia:chooser_typed": allow(LOGGED_IN),
        # The same, behind the project's check of its collection parameter.
        "^media/chooser/(?P<media_type>audio|video)/$": allow(LOGGED_IN),
        "wagtailmedia:media_chosen": allow(
            LOGGED_IN,
            why="Any library video, as images and documents: the chooser lists the library "
            "(wagtailmedia has no choose permission; whoever may add or change videos chooses).",
        ),
        "wagtailmedia:chooser_upload": allow(LOGGED_IN),
        "wagtailmedia:media_usage": allow(BOARD),
    }
)

# Snippets ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SnippetRights:
    """Who holds each permission on a snippet model (setup_editorial), and who reviews it in
    its workflow (the approval step's groups); the technician holds them all."""

    add: frozenset
    change: frozenset
    delete: frozenset
    publish: frozenset = TECH
    review: frozenset = TECH

    @property
    def any(self) -> frozenset:
        return self.add | self.change | self.delete


SNIPPETS = {
    "banners_banner": SnippetRights(ADMINS, ADMINS, ADMINS, publish=CHIEFS, review=CHIEFS),
    "navigation_menu": SnippetRights(ADMINS, ADMINS, TECH, publish=CHIEFS, review=CHIEFS),
    "schedule_scheduleentry": SnippetRights(BOARD, BOARD, TECH, publish=CHIEFS, review=CHIEFS),
    "units_unit": SnippetRights(ADMINS, ADMINS, ADMINS),
    "articles_articlekind": SnippetRights(ADMINS, ADMINS, ADMINS),
    "articles_topicseries": SnippetRights(ADMINS, ADMINS, ADMINS),
    "articles_outlet": SnippetRights(ADMINS, ADMINS, ADMINS),
    "home_contactofficial": SnippetRights(ADMINS, ADMINS, ADMINS),
    "reports_quota": SnippetRights(ADMINS, ADMINS, ADMINS),  # administrators set quotas
}
# Which permission each snippet view needs (Wagtail's meaning of them).
SNIPPET_VIEWS = {
    "list": lambda r: r.any,
    "list_results": lambda r: r.any,
    "add": lambda r: r.add,
    "copy": lambda r: r.add,
    "preview_on_add": lambda r: r.add,
    # Reviewers open the item in the editor and preview it to approve it.
    "edit": lambda r: r.change | r.review,
    "revisions_revert": lambda r: r.change | r.review,  # the editor, from an older revision
    # It names the workflow and its step; it is shown before publishing directly, which no
    # reviewer does here.
    "confirm_workflow_cancellation": lambda r: r.change,
    "preview_on_edit": lambda r: r.change,  # reviewers preview with workflow_preview
    "delete": lambda r: r.delete,
    "usage": lambda r: r.change,
    "history": lambda r: r.any,
    "history_results": lambda r: r.any,
    "reorder": lambda r: r.change,
    "revisions_view": lambda r: r.change,
    "revisions_compare": lambda r: r.change,
    "workflow_history": lambda r: r.change,
    "workflow_history_detail": lambda r: r.change,
    "revisions_unschedule": lambda r: r.publish,
    "unpublish": lambda r: r.publish,
    # Locking belongs to the step's reviewers (nobody holds the lock permission); an item
    # nobody has locked has nothing to unlock, and only the unlock permission (nobody's)
    # releases someone else's lock.
    "lock": lambda r: r.review,
    "unlock": lambda r: TECH,
    "workflow_action": lambda r: r.review,
    "collect_workflow_action_data": lambda r: r.review,
    "workflow_preview": lambda r: r.review,
}
MODERATED_SNIPPETS = ("banners_banner", "navigation_menu", "schedule_scheduleentry")
# The views each snippet has: moderated ones with previews (banners, menus), the schedule
# (moderated, no preview), plain lists (with manual ordering for two of them; banners are
# ordered by dragging too).
PLAIN = ("list", "list_results", "add", "edit", "delete", "usage", "history", "history_results")
PLAIN_COPY = (*PLAIN, "copy")
MODERATED = (
    *PLAIN_COPY,
    "revisions_revert",
    "revisions_compare",
    "revisions_unschedule",
    "unpublish",
    "lock",
    "unlock",
    "workflow_action",
    "collect_workflow_action_data",
    "confirm_workflow_cancellation",
    "workflow_history",
    "workflow_history_detail",
)
PREVIEWED = (*MODERATED, "preview_on_add", "preview_on_edit", "revisions_view", "workflow_preview")
VIEWS_OF = {
    "banners_banner": (*PREVIEWED, "reorder"),  # by dragging, within a placement
    "navigation_menu": PREVIEWED,
    "schedule_scheduleentry": MODERATED,
    "units_unit": PLAIN_COPY,
    "articles_articlekind": (*PLAIN_COPY, "reorder"),
    "articles_topicseries": PLAIN_COPY,
    "articles_outlet": PLAIN_COPY,
    "home_contactofficial": (*PLAIN_COPY, "reorder"),
    "reports_quota": PLAIN_COPY,
}
# The snippets the matrix's site has published (a menu, with a draft in review); its banner
# and schedule entry are drafts in review.
LIVE_SNIPPETS = ("navigation_menu",)
for model, rights in SNIPPETS.items():
    for view in VIEWS_OF[model]:
        TABLE[f"wagtailsnippets_{model}:{view}"] = allow(SNIPPET_VIEWS[view](rights))
    # A moderated snippet's chooser (banners, menus, the schedule) lists its drafts only to
    # those who may change it or take it down (its reviewers), and to others live items,
    # which the public site shows anyway (editorial.visibility): a draft is chosen by the
    # former only.
    # Other snippets every writer sees anyway (the article editor chooses units and lists
    # kinds, series and outlets; the contact page shows the officials).
    drafts = rights.any | rights.review if model in MODERATED_SNIPPETS else LOGGED_IN
    for view in ("choose", "choose_results", "chosen_multiple"):
        TABLE[f"wagtailsnippetchoosers_{model}:{view}"] = allow(LOGGED_IN)
    TABLE[f"wagtailsnippetchoosers_{model}:chosen"] = allow(
        LOGGED_IN if model in LIVE_SNIPPETS else drafts
    )
    TABLE[f"wagtailsnippetchoosers_{model}:create"] = allow(
        NOBODY, why="A snippet chooser has no creation form: 404 to everyone."
    )
TABLE["wagtailsnippets:index"] = allow(
    ADMINS, why="Lists the snippets without a menu of their own: contact officials."
)

# ModelAdmin: the reader inbox and its topics, the document taxonomies -----------------------

INBOX = BOARD  # editors, the deputy, chief and administrators; never contributors
MODELADMIN = {
    "interaction_readermessage": {
        "index": INBOX,
        "create": NOBODY,  # messages come from readers only, whoever asks
        "edit": INBOX,
        "delete": frozenset({TB, QTV, KT}),
        "history": INBOX,
    },
    "interaction_topic": dict.fromkeys(
        ("index", "create", "edit", "delete", "history"), frozenset({TB, QTV, KT})
    ),
    "documents_documenttype": dict.fromkeys(("index", "create", "edit", "delete", "history"), TECH),
    "documents_issuer": dict.fromkeys(("index", "create", "edit", "delete", "history"), TECH),
    "documents_documentfield": dict.fromkeys(
        ("index", "create", "edit", "delete", "history"), TECH
    ),
}
for model, views in MODELADMIN.items():
    for view, roles in views.items():
        TABLE[f"{model}_modeladmin_{view}"] = allow(roles)
