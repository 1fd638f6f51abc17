"""Moderated snippets (schedule entries, banners, menus) go live only through their workflow.

Whoever holds both change and publish permission on them (the chief editor and the deputy
for schedule entries; anybody a superuser gives both for banners and menus) gets a draft and
a message that says so when they post the publish button, and may still take them down.
"""

import pytest
from django.contrib.auth.models import Permission
from django.contrib.messages import constants, get_messages
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, streamfield

from banners.models import Banner
from navigation.models import Menu
from portal.publishing import PublishRefused
from schedule.models import ScheduleEntry, WorkSchedulePage
from tests.banners.test_publishing import banner_data
from tests.portal.factories import sized_image

pytestmark = pytest.mark.django_db


def login(client, user):
    client.force_login(user)
    return client


def messages_of(response):
    return [(message.level, str(message)) for message in get_messages(response.wsgi_request)]


def says_draft_and_not_published(response):
    """A warning that it is only a draft; no success message announcing publication."""
    found = messages_of(response)
    warned = any(level == constants.WARNING and "bản nháp" in text for level, text in found)
    claims_live = any("đã đăng" in text.lower() or "đã được đăng" in text for _l, text in found)
    return warned and not claims_live, found


@pytest.fixture
def schedule_page(home, workflows):
    page = WorkSchedulePage(title="Lịch công tác", slug="lich-cong-tac")
    home.add_child(instance=page)
    return page


def schedule_data(**fields):
    data = {
        "date": timezone.localdate().strftime("%d/%m/%Y"),  # shown this week
        "start_time": "14:00",
        "content": "Họp Ban Thường vụ Đảng ủy Khối",
        "presides": "Đồng chí Bí thư",
        "participants": "Các đồng chí Ủy viên Ban Thường vụ",
        "place": "Phòng họp số 1",
    }
    data.update(fields)
    return data


def week_html(client, page):
    client.logout()
    return client.get(page.url).content.decode()


@pytest.mark.parametrize("publisher", ["chief", "deputy"])
def test_schedule_entry_publish_button_on_add_saves_a_draft(
    client, board, schedule_page, publisher
):
    url = reverse("wagtailsnippets_schedule_scheduleentry:add")
    form = login(client, board[publisher]).get(url).content.decode()
    assert 'name="action-publish"' not in form
    response = client.post(url, {**schedule_data(), "action-publish": "on"})
    assert response.status_code == 302
    entry = ScheduleEntry.objects.get()
    assert not entry.live
    ok, found = says_draft_and_not_published(response)
    assert ok, found
    assert "Họp Ban Thường vụ Đảng ủy Khối" not in week_html(client, schedule_page)


@pytest.mark.parametrize("publisher", ["chief", "deputy"])
def test_schedule_entry_publish_button_on_edit_saves_a_draft(
    client, board, schedule_page, publisher
):
    add = reverse("wagtailsnippets_schedule_scheduleentry:add")
    login(client, board["editor_a"]).post(add, schedule_data())
    entry = ScheduleEntry.objects.get()
    edit = reverse("wagtailsnippets_schedule_scheduleentry:edit", args=(entry.pk,))
    form = login(client, board[publisher]).get(edit).content.decode()
    assert 'name="action-publish"' not in form
    response = client.post(edit, {**schedule_data(place="Hội trường lớn"), "action-publish": "on"})
    assert response.status_code == 302
    entry.refresh_from_db()
    assert not entry.live
    ok, found = says_draft_and_not_published(response)
    assert ok, found
    assert "Họp Ban Thường vụ Đảng ủy Khối" not in week_html(client, schedule_page)


def test_schedule_entry_approved_goes_live_and_the_chief_can_take_it_down(
    client, board, schedule_page
):
    add = reverse("wagtailsnippets_schedule_scheduleentry:add")
    login(client, board["editor_a"]).post(add, {**schedule_data(), "action-submit": "on"})
    entry = ScheduleEntry.objects.get()
    state = entry.current_workflow_task_state
    approve = reverse(
        "wagtailsnippets_schedule_scheduleentry:workflow_action",
        args=(entry.pk, "approve", state.pk),
    )
    assert login(client, board["chief"]).post(approve).status_code == 302
    entry.refresh_from_db()
    assert entry.live
    assert "Họp Ban Thường vụ Đảng ủy Khối" in week_html(client, schedule_page)
    unpublish = reverse("wagtailsnippets_schedule_scheduleentry:unpublish", args=(entry.pk,))
    edit = reverse("wagtailsnippets_schedule_scheduleentry:edit", args=(entry.pk,))
    assert unpublish in login(client, board["deputy"]).get(edit).content.decode()
    assert client.post(unpublish).status_code == 302
    entry.refresh_from_db()
    assert not entry.live


def test_schedule_entry_script_publish_is_refused(workflows):
    entry = ScheduleEntry.objects.create(date=timezone.localdate(), content="Giao ban", live=False)
    with pytest.raises(PublishRefused):
        entry.save_revision().publish()
    entry.refresh_from_db()
    assert not entry.live


@pytest.fixture
def change_and_publish(board):
    """An administrator who was also given the publish permission on banners and menus."""
    admin = board["admin"]
    admin.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["publish_banner", "publish_menu"],
            content_type__app_label__in=["banners", "navigation"],
        )
    )
    return admin


def test_banner_publish_button_saves_a_draft(client, change_and_publish):
    add = reverse("wagtailsnippets_banners_banner:add")
    picture = sized_image(320, 260).pk
    response = login(client, change_and_publish).post(
        add, {**banner_data(image=picture), "action-publish": "on"}
    )
    assert response.status_code == 302
    banner = Banner.objects.get()
    assert not banner.live
    ok, found = says_draft_and_not_published(response)
    assert ok, found
    edit = reverse("wagtailsnippets_banners_banner:edit", args=(banner.pk,))
    assert 'name="action-publish"' not in client.get(edit).content.decode()
    response = client.post(
        edit, {**banner_data(image=picture, title="Đổi tên"), "action-publish": "on"}
    )
    assert response.status_code == 302
    banner.refresh_from_db()
    assert not banner.live


def menu_data(home, **fields):
    data = {
        "location": "footer",
        "items": streamfield(
            [
                (
                    "item",
                    {
                        "label": "Trang chủ",
                        "page": home.pk,
                        "document": "",
                        "url": "",
                        "children": {"count": 0},
                    },
                )
            ]
        ),
    }
    data.update(fields)
    return nested_form_data(data)


def test_menu_publish_button_saves_a_draft(client, home, change_and_publish):
    add = reverse("wagtailsnippets_navigation_menu:add")
    response = login(client, change_and_publish).post(
        add, {**menu_data(home), "action-publish": "on"}
    )
    assert response.status_code == 302, messages_of(response)
    menu = Menu.objects.get(location="footer")
    assert not menu.live
    ok, found = says_draft_and_not_published(response)
    assert ok, found
    edit = reverse("wagtailsnippets_navigation_menu:edit", args=(menu.pk,))
    response = client.post(edit, {**menu_data(home), "action-publish": "on"})
    assert response.status_code == 302
    menu.refresh_from_db()
    assert not menu.live
