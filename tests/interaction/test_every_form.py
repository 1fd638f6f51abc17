"""What the issue asks of each reader form, checked on all four the same way: a valid post is
saved and the board told; bad fields come back with messages and what was typed; a robot's
post and a too-fast post save nothing; the rate limit trips at its configured count."""

import pytest
from django.core import mail

from home.models import ContactPage
from interaction.models import InteractionSettings, ReaderMessage
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.interaction.factories import filled

pytestmark = pytest.mark.django_db

PERSON = {
    "name": "Hoàng Minh Tuấn",
    "organisation": "Chi bộ Phòng Hành chính",
    "email": "tuan@example.vn",
    "phone": "0905 123 456",
    "consent": "on",
}
FORMS = {
    "question": ("question", {**PERSON, "text": "Thủ tục kết nạp đảng viên gồm những gì?"}),
    "correction": ("correction", {"text": "Tên đồng chí Bí thư bị viết sai.", **PERSON}),
    "comment": ("comment", {**PERSON, "subject": "Điều 5", "text": "Đề nghị sửa Điều 5 cho rõ."}),
    "contact": ("contact", {**PERSON, "subject": "Xin tài liệu", "text": "Xin tài liệu hội nghị."}),
}


@pytest.fixture
def form_urls(home, qa_page, consultation, topic):
    article = ArticlePageFactory(parent=ArticleIndexPageFactory(parent=home))
    article.save_revision().publish()
    contact = ContactPage(title="Liên hệ", slug="lien-he")
    home.add_child(instance=contact)
    contact.save_revision().publish()
    return {
        "question": (qa_page.ask_url(), {"topic": topic.pk}),
        "correction": (f"/bao-loi/{article.pk}/", {}),
        "comment": (consultation.url, {}),
        "contact": (contact.url, {}),
    }


def post(client, form_urls, which, seconds_ago=30, **changes):
    url, extra = form_urls[which]
    data = {**FORMS[which][1], **extra, **changes}
    return client.post(url, filled(data, seconds_ago=seconds_ago))


@pytest.mark.parametrize("which", FORMS)
def test_a_valid_post_is_saved_and_the_board_told(
    which, reader, form_urls, django_capture_on_commit_callbacks
):
    InteractionSettings.objects.create(notify_emails="banbientap@example.vn")
    with django_capture_on_commit_callbacks(execute=True):
        response = post(reader, form_urls, which)
    assert response.status_code == 302
    message = ReaderMessage.objects.get()
    assert message.kind == FORMS[which][0] and message.name == "Hoàng Minh Tuấn"
    assert "banbientap@example.vn" in mail.outbox[0].to and message.code in mail.outbox[0].subject


@pytest.mark.parametrize("which", FORMS)
def test_bad_fields_come_back_with_messages_and_what_was_typed(which, reader, form_urls):
    response = post(reader, form_urls, which, text="", email="không phải email")
    html = response.content.decode()
    assert response.status_code == 200 and not ReaderMessage.objects.exists()
    assert "Vui lòng kiểm tra lại thông tin đã nhập" in html
    assert (
        "Trường này là bắt buộc." in html
        and "Địa chỉ email chưa đúng, ví dụ: ten@coquan.gov.vn." in html
    )
    for typed in ("Hoàng Minh Tuấn", "không phải email", "0905 123 456"):
        assert typed in html


@pytest.mark.parametrize("which", FORMS)
def test_a_robots_post_and_a_too_fast_post_save_nothing(which, reader, form_urls):
    assert post(reader, form_urls, which, website="http://spam.example").status_code == 302
    assert post(reader, form_urls, which, seconds_ago=1).status_code == 200
    url, extra = form_urls[which]
    no_start = {**FORMS[which][1], **extra, "website": ""}
    assert reader.post(url, no_start).status_code == 302
    assert not ReaderMessage.objects.exists()


@pytest.mark.parametrize("which", FORMS)
def test_the_rate_limit_trips_at_the_configured_count(which, reader, form_urls, settings):
    settings.INTERACTION_RATE_LIMITS = {which: (2, 600, 50)}
    statuses = [post(reader, form_urls, which).status_code for _ in range(3)]
    assert statuses == [302, 302, 429]
    response = post(reader, form_urls, which)
    assert response.status_code == 429 and "Xin vui lòng chờ một lát" in response.content.decode()
    assert "khoảng 10 phút" in response.content.decode()
    assert ReaderMessage.objects.count() == 2


@pytest.mark.parametrize("which", FORMS)
def test_the_same_form_sent_twice_is_stored_once_and_mailed_once(
    which, reader, form_urls, django_capture_on_commit_callbacks
):
    """A double click, or back and send again: one message, one mail, the same receipt."""
    InteractionSettings.objects.create(notify_emails="banbientap@example.vn")
    url, extra = form_urls[which]
    data = filled({**FORMS[which][1], **extra})
    receipts = []
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            response = reader.post(url, data)
        assert response.status_code == 302
        receipts.append(reader.get(response["Location"]).content.decode())
    message = ReaderMessage.objects.get()
    assert len(mail.outbox) == 1
    assert all(message.code in receipt for receipt in receipts), "the same lookup code"
