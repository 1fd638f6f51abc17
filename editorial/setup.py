"""Groups, permissions and workflows of the editorial board, created idempotently.

Run by ``manage.py setup_editorial`` (and by ``load_demo``); safe on a production database:
it adds what is missing and takes away only what Wagtail's default groups and workflow
would otherwise grant.
"""

from dataclasses import dataclass

from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Site,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from articles.models import ArticleIndexPage
from editorial.models import FourEyesApprovalTask
from gallery.models import GalleryIndexPage
from portal import roles

EDITORIAL_WORKFLOW = "Kiểm duyệt – Biên tập – Phê duyệt"
SCHEDULE_WORKFLOW = "Duyệt lịch công tác"
BANNER_MENU_WORKFLOW = "Duyệt banner – menu"
WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


@dataclass(frozen=True)
class Step:
    name: str
    groups: tuple
    stand_ins: tuple = ()
    grades: bool = False  # the final approval grades the item (royalties, awards)


EDITORIAL_STEPS = (
    Step("Kiểm duyệt", (roles.EDITOR,)),
    Step("Biên tập", (roles.EDITOR,)),
    Step("Phê duyệt", (roles.CHIEF_EDITOR,), stand_ins=(roles.DEPUTY_CHIEF_EDITOR,), grades=True),
)
SCHEDULE_STEPS = (Step("Phê duyệt lịch công tác", (roles.CHIEF_EDITOR, roles.DEPUTY_CHIEF_EDITOR)),)
BANNER_MENU_STEPS = (
    Step("Phê duyệt banner – menu", (roles.CHIEF_EDITOR, roles.DEPUTY_CHIEF_EDITOR)),
)
# Snippet models and the workflow that moderates them.
SNIPPET_WORKFLOWS = {
    "schedule.scheduleentry": SCHEDULE_WORKFLOW,
    "banners.banner": BANNER_MENU_WORKFLOW,
    "navigation.menu": BANNER_MENU_WORKFLOW,
}

# Page permissions on the home page (all of the site) or on each top-level section.
SITE_PAGE_PERMISSIONS = {
    roles.EDITOR: ("add", "change", "lock", "unlock"),
    roles.DEPUTY_CHIEF_EDITOR: ("add", "change", "publish", "lock", "unlock"),
    roles.CHIEF_EDITOR: ("add", "change", "publish", "lock", "unlock"),
    roles.ADMINISTRATOR: ("add", "change"),
}
SECTION_PAGE_PERMISSIONS = {roles.CONTRIBUTOR: ("add",)}

MEDIA_ACTIONS = {
    roles.CONTRIBUTOR: ("add", "choose"),
    roles.EDITOR: ("add", "change", "choose"),
    roles.DEPUTY_CHIEF_EDITOR: ("add", "change", "choose"),
    roles.CHIEF_EDITOR: ("add", "change", "choose"),
    roles.ADMINISTRATOR: ("add", "change", "delete", "choose"),
}

# Model permissions (app_label.model: actions) per role.
MODEL_PERMISSIONS = {
    roles.EDITOR: {
        "interaction.readermessage": ("change", "view"),
        "schedule.scheduleentry": ("add", "change"),
        "wagtailsearchpromotions.searchpromotion": ("add", "change"),
    },
    roles.DEPUTY_CHIEF_EDITOR: {
        "interaction.readermessage": ("change", "view", "publish"),
        "schedule.scheduleentry": ("add", "change", "publish"),
        "wagtailsearchpromotions.searchpromotion": ("add", "change", "delete"),
        "banners.banner": ("publish",),
        "navigation.menu": ("publish",),
    },
    roles.CHIEF_EDITOR: {
        "interaction.readermessage": ("change", "view", "delete", "publish"),
        "interaction.topic": ("add", "change", "delete"),
        "schedule.scheduleentry": ("add", "change", "publish"),
        "wagtailsearchpromotions.searchpromotion": ("add", "change", "delete"),
        "banners.banner": ("publish",),
        "navigation.menu": ("publish",),
        # Whether editors may choose the home page's stories is the board's decision.
        "home.featuredstoriessettings": ("change",),
    },
    roles.ADMINISTRATOR: {
        # The reports' quotas and the royalty and award scale (the reports app, by label).
        "reports.quota": ("add", "change", "delete"),
        "reports.reportsettings": ("change",),
        "interaction.readermessage": ("change", "view", "delete"),
        "interaction.topic": ("add", "change", "delete"),
        "interaction.interactionsettings": ("change",),
        "units.unit": ("add", "change", "delete"),
        "articles.articlekind": ("add", "change", "delete"),
        "articles.topicseries": ("add", "change", "delete"),
        "articles.outlet": ("add", "change", "delete"),
        "home.contactofficial": ("add", "change", "delete"),
        "portal.siteidentity": ("change",),
        # Site settings (mourning mode included) are the administrators' (README).
        "mourning.mourningmode": ("change",),
        "home.featuredstoriessettings": ("change",),
        # The old site's total the visit counter continues from.
        "visits.visitcountersettings": ("change",),
        "auth.user": ("add", "change"),
        "schedule.scheduleentry": ("add", "change"),
        "banners.banner": ("add", "change", "delete"),
        "navigation.menu": ("add", "change"),
        "wagtailsearchpromotions.searchpromotion": ("add", "change", "delete"),
    },
}

# Permissions of their own (app_label.codename) per role: choosing the home page's lead and
# featured stories, in one step and outside the workflow (editors too, if the settings say so).
NAMED_PERMISSIONS = {
    roles.DEPUTY_CHIEF_EDITOR: ("home.choose_featured_stories",),
    roles.CHIEF_EDITOR: ("home.choose_featured_stories",),
}


def _named_permission(name):
    app_label, codename = name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _model_permission(label, action):
    """The permission; Wagtail's own (publish, lock) are created here if its post-migrate
    step has not made them yet."""
    app_label, model_name = label.split(".")
    content_type = ContentType.objects.get_by_natural_key(app_label, model_name)
    opts = content_type.model_class()._meta
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=get_permission_codename(action, opts),
        defaults={"name": f"Can {action} {opts.verbose_name_raw}"},
    )
    return permission


def _media_permission_policies():
    from wagtail.documents.permissions import permission_policy as documents
    from wagtail.images import permissions as images
    from wagtailmedia.permissions import get_permission_policy as media

    return (images.permission_policy, documents, media())


def _media_permissions(action):
    """Image, document and video permissions of one action, as their policies check them.

    Wagtail checks a custom image or document model against the permissions of its own
    Image and Document models (the policy's ``auth_model``).
    """
    found = []
    for policy in _media_permission_policies():
        opts = policy.auth_model._meta
        codename = (
            f"choose_{opts.model_name}"
            if action == "choose"
            else get_permission_codename(action, opts)
        )
        permission = Permission.objects.filter(
            content_type=ContentType.objects.get_for_model(policy.auth_model),
            codename=codename,
        ).first()
        if permission is not None:  # wagtailmedia has no "choose" permission
            found.append(permission)
    return found


def _page_permission(action):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{action}_page")


def _grant_pages(group, page, actions):
    for action in actions:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_page_permission(action)
        )


def _empty_wagtail_defaults():
    """Wagtail's "Editors"/"Moderators" grant nothing here; unused ones are removed."""
    for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS):
        group.permissions.clear()
        GroupPagePermission.objects.filter(group=group).delete()
        GroupCollectionPermission.objects.filter(group=group).delete()
        if not group.user_set.exists():
            group.delete()
    for workflow in Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW):
        WorkflowPage.objects.filter(workflow=workflow).delete()
        WorkflowContentType.objects.filter(workflow=workflow).delete()
        if workflow.active:
            workflow.deactivate()


def _workflow(name, steps, groups):
    workflow, _ = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    for position, step in enumerate(steps):
        task = FourEyesApprovalTask.objects.filter(name=step.name).first()
        if task is None:
            task = FourEyesApprovalTask.objects.create(name=step.name)
        task.active = True
        task.grades_items = step.grades
        task.save(update_fields=["active", "grades_items"])
        task.groups.set([groups[role.key] for role in step.groups])
        task.stand_in_groups.set([groups[role.key] for role in step.stand_ins])
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": position}
        )
    wanted = [s.name for s in steps]
    WorkflowTask.objects.filter(workflow=workflow).exclude(task__name__in=wanted).delete()
    return workflow


def sections_open_to_contributors(home):
    """The news sections and the photo and video library: contributors add drafts there."""
    return [
        *ArticleIndexPage.objects.child_of(home),
        *GalleryIndexPage.objects.child_of(home),
    ]


@transaction.atomic
def setup_editorial():
    """Create or update everything; return the editorial and schedule workflows."""
    groups = roles.ensure_groups()
    _empty_wagtail_defaults()

    home = Site.objects.get(is_default_site=True).root_page
    root_collection = Collection.get_first_root_node()
    for role in roles.ROLES:
        group = groups[role.key]
        _grant_pages(group, home, SITE_PAGE_PERMISSIONS.get(role, ()))
        for section in sections_open_to_contributors(home):
            _grant_pages(group, section, SECTION_PAGE_PERMISSIONS.get(role, ()))
        for action in MEDIA_ACTIONS.get(role, ()):
            for permission in _media_permissions(action):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
        for label, actions in MODEL_PERMISSIONS.get(role, {}).items():
            group.permissions.add(*(_model_permission(label, a) for a in actions))
        group.permissions.add(*map(_named_permission, NAMED_PERMISSIONS.get(role, ())))

    editorial = _workflow(EDITORIAL_WORKFLOW, EDITORIAL_STEPS, groups)
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": editorial})

    snippet_workflows = {
        SCHEDULE_WORKFLOW: _workflow(SCHEDULE_WORKFLOW, SCHEDULE_STEPS, groups),
        BANNER_MENU_WORKFLOW: _workflow(BANNER_MENU_WORKFLOW, BANNER_MENU_STEPS, groups),
    }
    for label, name in SNIPPET_WORKFLOWS.items():
        WorkflowContentType.objects.update_or_create(
            content_type=ContentType.objects.get_by_natural_key(*label.split(".")),
            defaults={"workflow": snippet_workflows[name]},
        )
    return editorial, snippet_workflows[SCHEDULE_WORKFLOW]
