"""Lịch công tác: entries published through the workflow, shown a week at a time."""

import datetime

import pytest
from django.urls import reverse
from freezegun import freeze_time

from editorial.setup import setup_editorial
from portal import roles
from schedule.models import ScheduleEntry, WorkSchedulePage
from tests.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def schedule_page(home):
    page = WorkSchedulePage(title="Lịch công tác", slug="lich-cong-tac")
    home.add_child(instance=page)
    return page


def entry(day, content, live=True, **fields):
    item = ScheduleEntry(date=day, content=content, live=live, **fields)
    item.save()
    return item


@freeze_time("2026-11-26 09:00:00+07:00")  # a Thursday
def test_week_view_shows_live_entries_monday_to_sunday(client, schedule_page):
    entry(
        datetime.date(2026, 11, 23),
        "Giao ban Thường trực",
        start_time=datetime.time(7, 30),
        presides="Đồng chí Bí thư",
        place="Phòng họp tầng 2",
    )
    entry(datetime.date(2026, 11, 29), "Dự lễ kết nạp đảng viên")
    entry(datetime.date(2026, 11, 24), "Bản nháp chưa duyệt", live=False)
    entry(datetime.date(2026, 11, 30), "Việc của tuần sau")
    html = client.get(schedule_page.url).content.decode()
    assert "Tuần 48: từ ngày 23/11/2026 đến ngày 29/11/2026" in html
    assert "Giao ban Thường trực" in html and "07:30" in html and "Phòng họp tầng 2" in html
    assert "Dự lễ kết nạp đảng viên" in html
    assert "Thứ Hai" in html and "Chủ nhật" in html
    assert "Bản nháp chưa duyệt" not in html
    assert "Việc của tuần sau" not in html
    assert f"{schedule_page.url}2026/47/" in html
    assert f"{schedule_page.url}2026/49/" in html
    next_week = client.get(f"{schedule_page.url}2026/49/").content.decode()
    assert "Việc của tuần sau" in next_week


def test_impossible_week_is_404(client, schedule_page):
    assert client.get(f"{schedule_page.url}2026/60/").status_code == 404


def test_entries_are_published_through_the_workflow(client, home):
    setup_editorial()
    editor = UserFactory(username="vanphong", roles=[roles.EDITOR])
    chief = UserFactory(username="truongban", roles=[roles.CHIEF_EDITOR])
    client.force_login(editor)
    add_url = reverse("wagtailsnippets_schedule_scheduleentry:add")
    data = {
        "date": "30/11/2026",
        "start_time": "14:00",
        "content": "Họp Ban Thường vụ Đảng ủy Khối",
        "presides": "Đồng chí Bí thư",
        "participants": "Các đồng chí Ủy viên Ban Thường vụ",
        "place": "Phòng họp số 1",
        "action-publish": "on",
    }
    response = client.post(add_url, data)
    assert response.status_code == 302
    item = ScheduleEntry.objects.get()
    assert not item.live  # saved as a draft: nobody publishes directly
    assert item.date == datetime.date(2026, 11, 30)

    edit_url = reverse("wagtailsnippets_schedule_scheduleentry:edit", args=(item.pk,))
    data.pop("action-publish")
    client.post(edit_url, {**data, "action-submit": "on"})
    item.refresh_from_db()
    assert item.current_workflow_task.name == "Phê duyệt lịch công tác"

    client.force_login(chief)
    state = item.current_workflow_task_state
    url = reverse(
        "wagtailsnippets_schedule_scheduleentry:workflow_action",
        args=(item.pk, "approve", state.pk),
    )
    assert client.post(url).status_code == 302
    item.refresh_from_db()
    assert item.live


@freeze_time("2026-11-26 09:00:00+07:00")  # a Thursday
def test_home_page_shows_the_coming_seven_days(client, schedule_page):
    entry(datetime.date(2026, 11, 23), "Giao ban đã qua")  # Monday: already past
    entry(datetime.date(2026, 11, 27), "Hội nghị sơ kết", start_time=datetime.time(14, 0))
    entry(datetime.date(2026, 11, 28), "Bản nháp", live=False)
    entry(datetime.date(2026, 12, 2), "Giao ban đầu tháng 12")  # the seventh day
    entry(datetime.date(2026, 12, 3), "Quá bảy ngày")
    html = client.get("/").content.decode()
    box = html.split('class="aside-box week-schedule"')[1].split("</section>")[0]
    assert "Hội nghị sơ kết" in box and "Thứ Sáu 27/11, 14:00" in box
    assert "Giao ban đầu tháng 12" in box
    for hidden in ("Giao ban đã qua", "Bản nháp", "Quá bảy ngày"):
        assert hidden not in box
    assert f'href="{schedule_page.url}"' in box
