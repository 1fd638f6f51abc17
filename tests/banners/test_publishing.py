"""A banner is never published without an image, a target, or with too small an image."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from freezegun import freeze_time

from banners.models import Banner
from editorial.setup import setup_editorial
from portal import roles
from portal.publishing import PublishRefused
from tests.accounts.factories import UserFactory
from tests.banners.factories import BannerFactory
from tests.portal.factories import sized_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(home):
    setup_editorial()
    return {
        "admin": UserFactory(username="quantri", roles=[roles.ADMINISTRATOR]),
        "chief": UserFactory(username="truongban", roles=[roles.CHIEF_EDITOR]),
    }


def draft(**fields):
    banner = BannerFactory(**fields)
    return banner, banner.save_revision()


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"image": None}, "image"),
        ({"target_url": ""}, "target_page"),
        ({"image": "small"}, "image"),
    ],
)
def test_revision_publish_refused(home, fields, field):
    if fields.get("image") == "small":
        fields["image"] = sized_image(120, 90)
    banner, revision = draft(**fields)
    assert field in [f for f, _m in banner.publish_problems()]
    with pytest.raises(PublishRefused):
        revision.publish()
    banner.refresh_from_db()
    assert not banner.live


def test_complete_banner_publishes(home):
    banner, revision = draft()
    revision.publish()
    banner.refresh_from_db()
    assert banner.live


def test_size_rule_depends_on_the_slot(home):
    picture = sized_image(320, 260)
    assert not Banner(
        image=picture, slot="right_column", target_url="https://a.vn"
    ).publish_problems()
    carousel = Banner(image=picture, slot="home_carousel", target_url="https://a.vn")
    with translation.override("vi"):
        ((field, message),) = carousel.publish_problems()
    assert field == "image"
    assert "320×260" in message and "1200×500" in message


def admin_post(client, user, url, data):
    client.force_login(user)
    return client.post(url, data)


def banner_data(**fields):
    data = {
        "title": "Cuộc thi tìm hiểu Nghị quyết",
        "slot": "right_column",
        "image": "",
        "text": "",
        "target_page": "",
        "target_document": "",
        "target_url": "https://thanhhoa.example.vn/cuoc-thi",
    }
    data.update(fields)
    return data


def test_edit_view_refuses_to_submit_without_image_and_keeps_what_was_typed(client, people):
    url = reverse("wagtailsnippets_banners_banner:add")
    # A draft may lack anything.
    response = admin_post(client, people["admin"], url, banner_data())
    assert response.status_code == 302
    banner = Banner.objects.get()
    edit = reverse("wagtailsnippets_banners_banner:edit", args=(banner.pk,))
    with translation.override("vi"):
        response = admin_post(client, people["admin"], edit, banner_data(**{"action-submit": "on"}))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Chọn ảnh" in html
    assert 'value="Cuộc thi tìm hiểu Nghị quyết"' in html
    banner.refresh_from_db()
    assert banner.current_workflow_state is None and not banner.live


def test_direct_publish_by_the_administrator_only_saves_a_draft(client, people):
    picture = sized_image(320, 260)
    url = reverse("wagtailsnippets_banners_banner:add")
    admin_post(
        client, people["admin"], url, banner_data(image=picture.pk, **{"action-publish": "on"})
    )
    assert not Banner.objects.get().live


def test_workflow_approval_refused_politely_and_workflow_stays_open(client, people):
    picture = sized_image(320, 260)
    url = reverse("wagtailsnippets_banners_banner:add")
    response = admin_post(
        client, people["admin"], url, banner_data(image=picture.pk, **{"action-submit": "on"})
    )
    assert response.status_code == 302
    banner = Banner.objects.get()
    assert banner.current_workflow_task.name == "Phê duyệt banner – menu"
    picture.delete()  # the picture disappears while the banner waits

    state = banner.current_workflow_task_state
    approve = reverse(
        "wagtailsnippets_banners_banner:workflow_action", args=(banner.pk, "approve", state.pk)
    )
    with translation.override("vi"):
        response = admin_post(client, people["chief"], approve, {})
        assert response.status_code == 302
        page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Chưa thể đăng" in page.content.decode()
    banner = Banner.objects.get()
    assert not banner.live
    assert banner.current_workflow_task_state.pk == state.pk  # still waiting


def test_administrator_submits_chief_editor_approves(client, people):
    picture = sized_image(320, 260)
    url = reverse("wagtailsnippets_banners_banner:add")
    admin_post(
        client, people["admin"], url, banner_data(image=picture.pk, **{"action-submit": "on"})
    )
    banner = Banner.objects.get()
    state = banner.current_workflow_task_state
    task = state.task.specific
    assert not task.get_actions(banner, people["admin"])  # nobody approves their own change
    approve = reverse(
        "wagtailsnippets_banners_banner:workflow_action", args=(banner.pk, "approve", state.pk)
    )
    admin_post(client, people["chief"], approve, {})
    banner.refresh_from_db()
    assert banner.live


def test_scheduled_banner_that_cannot_go_live_is_skipped(home, caplog):
    go_live = timezone.now() + datetime.timedelta(hours=2)
    good = BannerFactory(title="Banner hẹn giờ tốt", go_live_at=go_live)
    broken_picture = sized_image(320, 260)
    broken = BannerFactory(title="Banner mất ảnh", go_live_at=go_live, image=broken_picture)
    for banner in (good, broken):
        banner.save_revision().publish()  # approved; waits for its time
    broken_picture.delete()
    with freeze_time(go_live + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled")
    good.refresh_from_db()
    broken.refresh_from_db()
    assert good.live and not broken.live
    assert "Banner mất ảnh" in caplog.text


@pytest.mark.parametrize(
    "address",
    ["javascript:alert(1)", "data:text/html,<b>x</b>", "//evil.example.com/x", "ftp://a.vn/f"],
)
def test_unsafe_addresses_are_rejected(home, address):
    banner = BannerFactory.build(target_url=address)
    with pytest.raises(ValidationError) as error:
        banner.full_clean()
    assert "target_url" in error.value.message_dict
