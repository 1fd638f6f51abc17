"""Contact details are kept for the period the consent notice promises, then erased."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from interaction.models import InteractionSettings, ReaderMessage
from interaction.retention import months_ago

pytestmark = pytest.mark.django_db
NOW = datetime.datetime(2026, 11, 29, 9, 0, tzinfo=datetime.UTC)


def message(days_old, **fields):
    defaults = {
        "kind": "question",
        "name": "Đỗ Văn Cường",
        "organisation": "Chi bộ Kho bạc",
        "email": "cuong@example.vn",
        "phone": "0988777666",
        "text": "Câu hỏi về chế độ đảng phí năm 2024",
        "answer": "Trả lời về đảng phí",
        "received_at": timezone.now() - datetime.timedelta(days=days_old),
    }
    return ReaderMessage.objects.create(**{**defaults, **fields})


@pytest.mark.parametrize(
    ("months", "expected"),
    [
        (1, datetime.date(2026, 10, 29)),
        (24, datetime.date(2024, 11, 29)),
        (9, datetime.date(2026, 2, 28)),
    ],
)
def test_months_ago_counts_calendar_months(months, expected):
    assert months_ago(months, NOW).date() == expected


def test_the_command_erases_contact_details_after_the_setting(capsys):
    InteractionSettings.objects.create(contact_retention_months=12)
    old = message(days_old=400)
    recent = message(days_old=100)
    call_command("erase_contact_details", "--dry-run")
    assert "1 messages" in capsys.readouterr().out
    old.refresh_from_db()
    assert old.email == "cuong@example.vn"  # a dry run changes nothing
    call_command("erase_contact_details")
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.name, old.organisation, old.email, old.phone) == ("", "", "", "")
    assert old.contact_erased_at is not None
    assert old.text.startswith("Câu hỏi") and old.answer  # the message and answer stay
    assert recent.email == "cuong@example.vn" and recent.contact_erased_at is None
    call_command("erase_contact_details", "--months", "3")
    recent.refresh_from_db()
    assert recent.email == ""


def test_the_notice_states_the_configured_period(client, qa_page, topic):
    InteractionSettings.objects.create(contact_retention_months=6)
    assert "6 tháng kể từ ngày nhận thư" in client.get(qa_page.ask_url()).content.decode()


def test_the_inbox_says_when_details_were_erased(board, editor_client):
    erased = message(days_old=900)
    erased.erase_contact_details()
    erased.save()
    html = editor_client.get(f"/admin/interaction/readermessage/edit/{erased.pk}/").content.decode()
    assert "Thông tin liên hệ đã xóa ngày" in html and "cuong@example.vn" not in html
