"""Hỏi – Đáp: a reader asks, gets a lookup code, the board answers and publishes."""

import time

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from interaction.models import InteractionSettings, ReaderMessage
from tests.interaction.factories import form_started as started

pytestmark = pytest.mark.django_db


def ask(client, qa_page, data, follow=False):
    return client.post(qa_page.ask_url(), data, follow=follow)


def another_form(data):
    """``data`` sent from a form shown again (its own one-time token)."""
    return {**data, "started": started()}


def test_the_ask_form_shows_the_consent_notice_and_the_guards(reader, qa_page, topic):
    html = reader.get(qa_page.ask_url()).content.decode()
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'name="website"' in html and 'name="started"' in html
    assert "Nghị định 13/2023/NĐ-CP" in html
    assert "24 tháng" in html  # the retention period the settings hold
    assert topic.name in html


def test_a_question_is_saved_notified_and_given_a_lookup_code(
    reader, qa_page, question_data, django_capture_on_commit_callbacks, settings
):
    InteractionSettings.objects.create(notify_emails="banbientap@example.vn, bt2@example.vn")
    with django_capture_on_commit_callbacks(execute=True):
        response = ask(reader, qa_page, question_data)
    assert response.status_code == 302
    message = ReaderMessage.objects.get()
    assert message.kind == "question" and message.status == "new"
    assert message.name == "Nguyễn Văn An" and message.topic.name == "Công tác đảng viên"
    assert message.consent_at is not None
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["banbientap@example.vn", "bt2@example.vn"]
    assert message.code in sent.subject
    assert "an@example.vn" not in sent.body  # contact details stay in the inbox
    receipt = reader.get(response["Location"]).content.decode()
    assert message.code in receipt and "mã tra cứu" in receipt.lower()
    # The receipt is shown once: a reload does not show the code to someone else.
    assert message.code not in reader.get(response["Location"]).content.decode()


def test_without_notify_addresses_the_site_email_is_told(
    reader, qa_page, question_data, django_capture_on_commit_callbacks
):
    from portal.models import SiteIdentity

    identity = SiteIdentity.for_site(qa_page.get_site())
    identity.email = "vanphong@example.vn"
    identity.save()
    with django_capture_on_commit_callbacks(execute=True):
        ask(reader, qa_page, question_data)
    assert mail.outbox[0].to == ["vanphong@example.vn"]


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (
            {"email": "an@", "phone": ""},
            "email",
            "Địa chỉ email chưa đúng, ví dụ: ten@coquan.gov.vn.",
        ),
        ({"phone": "gọi tôi"}, "phone", "Nhập số điện thoại từ 8 đến 20 chữ số"),
        ({"text": "Ngắn"}, "text", "phải có ít nhất 10 kí tự"),
        ({"text": "x" * 5001}, "text", "chỉ có tối đa 5000 kí tự"),
        ({"topic": ""}, "topic", "Trường này là bắt buộc."),
        ({"consent": ""}, "consent", "Hãy đánh dấu đồng ý"),
    ],
)
def test_invalid_fields_come_back_with_a_message_and_what_was_typed(
    reader, qa_page, question_data, change, field, message
):
    data = {**question_data, **change}
    response = ask(reader, qa_page, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html, f"{field}: the Vietnamese message is shown"
    assert response.context["form"].errors[field]
    for name in ("name", "organisation", "email", "phone", "text"):
        assert data[name] in html, f"what the reader typed in {name} is kept"
    assert 'aria-invalid="true"' in html
    assert not ReaderMessage.objects.exists()


def test_a_phone_is_enough_without_email(reader, qa_page, question_data):
    ask(reader, qa_page, {**question_data, "email": "", "phone": "0912 345 678"})
    assert ReaderMessage.objects.get().phone == "0912 345 678"


@pytest.mark.parametrize("robot", [{"website": "http://spam.example"}, {"started": "forged"}])
def test_robots_are_dropped_without_saving(reader, qa_page, question_data, robot):
    response = ask(reader, qa_page, {**question_data, **robot})
    assert response.status_code == 302  # looks like a success to the robot
    assert not ReaderMessage.objects.exists()
    assert "mã tra cứu" not in reader.get(response["Location"]).content.decode().lower()


def test_a_post_sent_too_soon_is_not_taken_but_nothing_typed_is_lost(
    reader, qa_page, question_data, monkeypatch
):
    response = ask(reader, qa_page, {**question_data, "started": started(seconds_ago=1)})
    html = response.content.decode()
    assert response.status_code == 200 and not ReaderMessage.objects.exists()
    assert "gửi quá nhanh" in html and question_data["text"] in html
    renewed = response.context["form"].data["started"]
    later = time.time() + 10
    monkeypatch.setattr(time, "time", lambda: later)
    assert ask(reader, qa_page, {**question_data, "started": renewed}).status_code == 302
    assert ReaderMessage.objects.count() == 1


def test_a_form_left_open_for_a_day_is_shown_again(reader, qa_page, question_data, monkeypatch):
    day_later = time.time() + 25 * 3600
    monkeypatch.setattr(time, "time", lambda: day_later)
    response = ask(reader, qa_page, question_data)
    assert response.status_code == 200 and not ReaderMessage.objects.exists()
    assert "đã hết hạn" in response.content.decode()
    assert question_data["text"] in response.content.decode()


def test_the_rate_limit_trips_at_the_configured_count(reader, qa_page, question_data, settings):
    settings.INTERACTION_RATE_LIMITS = {"question": (3, 3600, 10)}
    statuses = [ask(reader, qa_page, another_form(question_data)).status_code for _ in range(4)]
    assert statuses == [302, 302, 302, 429]
    assert ReaderMessage.objects.count() == 3  # nothing of the fourth is saved
    response = ask(reader, qa_page, another_form(question_data))
    assert response.status_code == 429 and response["Retry-After"] == "3600"
    assert "Xin vui lòng chờ một lát" in response.content.decode()


def test_the_address_limit_holds_many_browsers_behind_one_address(qa_page, question_data, settings):
    from django.test import Client

    settings.INTERACTION_RATE_LIMITS = {"question": (1, 3600, 3)}
    office = [Client(REMOTE_ADDR="198.51.100.7") for _ in range(4)]
    statuses = [ask(c, qa_page, another_form(question_data)).status_code for c in office]
    assert statuses == [302, 302, 302, 429]


def lookup(client, code):
    return client.post("/tra-cuu/", {"code": code}).content.decode()


def test_the_lookup_code_shows_status_question_and_answer_but_not_the_sender(
    reader, qa_page, question_data
):
    ask(reader, qa_page, question_data)
    message = ReaderMessage.objects.get()
    html = lookup(reader, message.code.lower().replace("-", " "))  # typed loosely
    assert "Mới" in html
    assert "cần những giấy tờ gì?" in html, "the question asked is shown with its status"
    for private in ("Nguyễn Văn An", "an@example.vn", "Chi bộ Phòng Tổ chức"):
        assert private not in html
    message.answer = "Cần giấy giới thiệu sinh hoạt đảng tạm thời của chi bộ."
    message.status = ReaderMessage.Status.ANSWERED
    message.answered_at = message.received_at
    message.notes = "Ghi chú nội bộ: hỏi Ban Tổ chức"
    message.save()
    html = lookup(reader, message.code)
    assert "Đã trả lời" in html and "giấy giới thiệu sinh hoạt đảng tạm thời" in html
    assert "Ghi chú nội bộ" not in html
    assert "Không có thư nào có mã này" in lookup(reader, "HD-2222-3333")
    assert "mã tra cứu gồm" in lookup(reader, "không phải mã").lower()


def test_the_receipt_links_to_the_lookup_with_the_code_filled_in(reader, qa_page, question_data):
    receipt = ask(reader, qa_page, question_data, follow=True).content.decode()
    code = ReaderMessage.objects.get().code
    assert f'href="/tra-cuu/?code={code}"' in receipt
    assert "Cảm ơn bạn:" not in receipt
    assert "Ban Biên tập đã nhận được thư của bạn" in receipt
    form = reader.get(f"/tra-cuu/?code={code}").content.decode()
    assert f'value="{code}"' in form, "the lookup box is filled, not yet looked up"
    assert "Trạng thái" not in form
    assert reader.get("/tra-cuu/?code=" + "x" * 500).status_code == 200


def test_a_question_may_be_asked_without_a_name_or_contact_details(reader, qa_page, question_data):
    anonymous = {**question_data, "name": "", "organisation": "", "email": "", "phone": ""}
    anonymous.pop("consent")
    response = ask(reader, qa_page, anonymous, follow=True)
    message = ReaderMessage.objects.get()
    assert not message.has_contact and message.consent_at is None
    assert message.code in response.content.decode()


def error_summary(response):
    html = BeautifulSoup(response.content.decode(), "html.parser")
    return [li.get_text(" ", strip=True) for li in html.select("#form-errors li")]


def test_contact_details_without_consent_ask_for_it_in_one_short_line(
    reader, qa_page, question_data
):
    response = ask(reader, qa_page, {**question_data, "consent": ""})
    assert not ReaderMessage.objects.exists()
    [line] = error_summary(response)
    label, message = line.split(": ", 1)
    assert label == "Đồng ý xử lý dữ liệu cá nhân", "a short name, not the consent sentence"
    assert message.startswith("Hãy đánh dấu đồng ý") and "không bắt buộc" in message


def test_a_form_that_needs_contact_details_does_not_offer_to_leave_them_out(
    reader, consultation, question_data
):
    data = {**question_data, "subject": "Điều 3", "consent": ""}
    response = reader.post(consultation.url, data)
    [line] = error_summary(response)
    assert "Hãy đánh dấu đồng ý" in line
    assert "để trống" not in line and "không bắt buộc" not in line


def test_lookups_are_rate_limited(reader, settings):
    settings.INTERACTION_RATE_LIMITS = {"lookup": (2, 600, 2)}
    statuses = [reader.post("/tra-cuu/", {"code": "HD-2222-3333"}).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


def test_published_answers_are_listed_by_topic_without_contact_details(
    client, qa_page, topic, question_data, reader
):
    ask(reader, qa_page, question_data)
    message = ReaderMessage.objects.get()
    page_html = client.get(qa_page.url).content.decode()
    assert "giấy tờ gì" not in page_html  # not answered, not published
    message.answer = "Giấy giới thiệu của chi bộ nơi đang sinh hoạt."
    message.answered_at = message.received_at
    message.status = ReaderMessage.Status.ANSWERED
    message.published = True
    message.save()
    page_html = client.get(qa_page.url).content.decode()
    assert "giấy tờ gì" in page_html and "Giấy giới thiệu của chi bộ" in page_html
    for private in ("Nguyễn Văn An", "an@example.vn", "Chi bộ Phòng Tổ chức", message.code):
        assert private not in page_html
    assert "giấy tờ gì" in client.get(qa_page.url + f"?linh-vuc={topic.slug}").content.decode()
    other = ReaderMessage.objects.create(kind="question", text="Câu hỏi lĩnh vực khác nhé")
    assert other.text not in client.get(qa_page.url).content.decode()


def test_site_search_finds_published_answers(client, qa_page, topic):
    ReaderMessage.objects.create(
        kind="question",
        topic=topic,
        text="Thủ tục chuyển sinh hoạt đảng chính thức?",
        answer="Thực hiện theo Hướng dẫn số 06-HD/TW.",
        status="answered",
        published=True,
    )
    html = client.get("/tim-kiem/", {"q": "huong dan 06"}).content.decode()
    assert qa_page.url in html
    ReaderMessage.objects.update(published=False)
    ReaderMessage.objects.get().save()  # unpublishing goes through the form, which saves
    assert qa_page.url not in client.get("/tim-kiem/", {"q": "huong dan 06"}).content.decode()
