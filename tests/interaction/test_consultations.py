"""Góp ý dự thảo: a draft open for comment between two dates; comments reach the inbox and
the committee exports them all."""

import datetime
import io

import pytest
from django.core import mail
from django.utils import timezone
from freezegun import freeze_time
from openpyxl import load_workbook

from interaction.models import ReaderMessage
from tests.interaction.factories import filled

pytestmark = pytest.mark.django_db

COMMENT = {
    "name": "Lê Thị Bình",
    "organisation": "Đảng bộ Sở Tài chính",
    "email": "binh@example.vn",
    "phone": "",
    "subject": "Điều 2, khoản 1",
    "text": "Đề nghị bổ sung nguyên tắc công khai, minh bạch vào Điều 2.",
    "consent": "on",
}


def test_an_open_consultation_shows_its_deadline_and_takes_comments(
    reader, consultation, django_capture_on_commit_callbacks
):
    html = reader.get(consultation.url).content.decode()
    deadline = timezone.localtime(consultation.closes_at).strftime("%H:%M %d/%m/%Y")
    assert f"Nhận góp ý đến {deadline}" in html and "Còn 10 ngày" in html
    assert 'name="csrfmiddlewaretoken"' in html and "Nghị định 13/2023/NĐ-CP" in html
    with django_capture_on_commit_callbacks(execute=True):
        response = reader.post(consultation.url, filled(COMMENT))
    assert response.status_code == 302
    comment = ReaderMessage.objects.get()
    assert comment.kind == "comment" and comment.page_id == consultation.pk
    assert comment.subject == "Điều 2, khoản 1"
    assert "gopy@example.vn" in mail.outbox[0].to  # the consultation's own address is copied


def test_a_closed_consultation_refuses_comments(reader, consultation):
    with freeze_time(consultation.closes_at + datetime.timedelta(seconds=1)):
        html = reader.get(consultation.url).content.decode()
        assert "Đã hết hạn góp ý" in html and 'name="text"' not in html
        response = reader.post(consultation.url, filled(COMMENT, seconds_ago=0))
    assert response.status_code == 200
    assert not ReaderMessage.objects.exists()


def test_a_consultation_not_yet_open_refuses_comments(reader, consultation):
    consultation.opens_at = timezone.now() + datetime.timedelta(days=2)
    consultation.save_revision().publish()
    html = reader.get(consultation.url).content.decode()
    assert "Bắt đầu nhận góp ý lúc" in html
    reader.post(consultation.url, filled(COMMENT))
    assert not ReaderMessage.objects.exists()


def test_the_index_lists_open_then_closed(client, consultation):
    index = consultation.get_parent()
    html = client.get(index.url).content.decode()
    assert "Đang lấy ý kiến" in html and consultation.title in html
    with freeze_time(consultation.closes_at + datetime.timedelta(days=1)):
        html = client.get(index.url).content.decode()
    assert "Hiện chưa có dự thảo nào đang lấy ý kiến" in html and consultation.title in html


def test_closing_must_follow_opening(consultation):
    from django.core.exceptions import ValidationError

    consultation.closes_at = consultation.opens_at
    with pytest.raises(ValidationError) as error:
        consultation.full_clean()
    assert "closes_at" in error.value.message_dict


def test_the_committee_exports_every_comment(reader, consultation, editor_client):
    for number in range(3):
        reader.post(consultation.url, filled({**COMMENT, "text": f"Góp ý số {number} về dự thảo"}))
    ReaderMessage.objects.create(kind="question", text="Một câu hỏi không thuộc dự thảo")
    edit = editor_client.get(f"/admin/pages/{consultation.pk}/edit/").content.decode()
    assert "Xuất góp ý (XLSX)" in edit
    url = f"/admin/interaction/readermessage/?gop-y={consultation.pk}&export=xlsx"
    response = editor_client.get(url)
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Mã tra cứu", "Loại thư", "Trạng thái")
    texts = sorted(row[rows[0].index("Nội dung")] for row in rows[1:])
    assert texts == [f"Góp ý số {n} về dự thảo" for n in range(3)]


def test_the_contact_page_takes_messages(reader, home, django_capture_on_commit_callbacks):
    from home.models import ContactPage

    page = ContactPage(title="Liên hệ", slug="lien-he")
    home.add_child(instance=page)
    page.save_revision().publish()
    html = reader.get(page.url).content.decode()
    assert "Gửi thư cho Ban Biên tập" in html and "Nghị định 13/2023/NĐ-CP" in html
    data = dict(COMMENT)
    response = reader.post(page.url, filled({**data, "subject": ""}))
    assert response.status_code == 200 and "Trường này là bắt buộc." in response.content.decode()
    assert "Đề nghị bổ sung nguyên tắc" in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = reader.post(page.url, filled({**data, "subject": "Xin tài liệu"}))
    assert response.status_code == 302
    message = ReaderMessage.objects.get()
    assert message.kind == "contact" and message.code.startswith("LH-")
