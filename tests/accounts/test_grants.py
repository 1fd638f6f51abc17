"""accounts.grants reads what a user holds from the permission tables: a permission on a page
or collection is held through an ancestor, never through a descendant, and a place among a
workflow step's approvers is held only by one of its approvers."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from accounts.grants import may_grant, may_manage_account
from editorial.models import FourEyesApprovalTask
from tests.accounts.factories import UserFactory
from tests.articles.factories import ArticleIndexPageFactory

pytestmark = pytest.mark.django_db


def page_permission(action: str) -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{action}_page")


def group_with_pages(name: str, page, *actions) -> Group:
    group = Group.objects.create(name=name)
    for action in actions:
        GroupPagePermission.objects.create(
            group=group, page=page, permission=page_permission(action)
        )
    return group


@pytest.fixture
def section(home):
    return ArticleIndexPageFactory(parent=home, title="Tin tức")


@pytest.fixture
def section_manager(section):
    """Manages accounts and may add pages in one section only."""
    manager = UserFactory(username="phutrach")
    manager.groups.add(group_with_pages("Phụ trách chuyên mục", section, "add"))
    manager.user_permissions.add(Permission.objects.get(codename="change_user"))
    return manager


def test_a_page_permission_is_held_through_an_ancestor(section_manager, section):
    below = ArticleIndexPageFactory(parent=section, title="Thời sự")

    assert may_grant(section_manager, group_with_pages("Thời sự", below, "add"))
    assert not may_grant(
        section_manager, group_with_pages("Toàn trang", section.get_parent(), "add")
    )
    assert not may_grant(section_manager, group_with_pages("Đăng", section, "add", "publish"))


def test_a_collection_permission_is_held_through_an_ancestor(section_manager):
    add_image = Permission.objects.get(
        content_type__app_label="wagtailimages", codename="add_image"
    )
    root = Collection.get_first_root_node()
    parent = root.add_child(name="Ảnh sự kiện")
    child = parent.add_child(name="Hội nghị")
    GroupCollectionPermission.objects.create(
        group=section_manager.groups.get(), collection=parent, permission=add_image
    )

    def group_on(collection, name):
        group = Group.objects.create(name=name)
        GroupCollectionPermission.objects.create(
            group=group, collection=collection, permission=add_image
        )
        return group

    assert may_grant(section_manager, group_on(child, "Ảnh hội nghị"))
    assert not may_grant(section_manager, group_on(root, "Mọi ảnh"))


def test_a_place_among_a_workflow_steps_approvers_is_held_only_by_an_approver(section_manager):
    """A group with no permission at all still approves, and at the last step publishes,
    when a workflow step names it."""
    approvers = Group.objects.create(name="Duyệt")
    step = FourEyesApprovalTask.objects.create(name="Duyệt thử")
    step.groups.add(approvers)

    assert not may_grant(section_manager, approvers)

    section_manager.groups.add(approvers)
    assert may_grant(section_manager, approvers)


def test_stand_ins_of_a_workflow_step_count_too(section_manager):
    stand_ins = Group.objects.create(name="Thay thế")
    step = FourEyesApprovalTask.objects.create(name="Duyệt thay")
    step.stand_in_groups.add(stand_ins)

    assert not may_grant(section_manager, stand_ins)


def test_an_account_with_a_direct_permission_the_manager_lacks_is_not_theirs(section_manager):
    account = UserFactory(username="nguoidung")
    assert may_manage_account(section_manager, account)

    account.user_permissions.add(Permission.objects.get(codename="publish_page"))
    assert not may_manage_account(section_manager, account)


def test_an_inactive_administrator_is_still_an_administrator(section_manager):
    colleague = UserFactory(username="nghiviec", is_active=False)
    colleague.user_permissions.add(Permission.objects.get(codename="add_user"))

    assert not may_manage_account(section_manager, colleague)
