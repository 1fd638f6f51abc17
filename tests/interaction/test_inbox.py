"""The board's one inbox: who sees it, the dashboard counts, handling a message, export,
and a mail server that fails without losing anything."""

import datetime
import io
import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from openpyxl import load_workbook

from interaction.models import InteractionSettings, ReaderMessage
from tests.accounts.factories import UserFactory
from tests.interaction.factories import filled

pytestmark = pytest.mark.django_db
INBOX = "/admin/interaction/readermessage/"


@pytest.fixture
def question(topic):
    return ReaderMessage.objects.create(
        kind="question",
        name="Phạm Thu Hà",
        organisation="Chi bộ Văn phòng",
        email="ha@example.vn",
        phone="0912000111",
        topic=topic,
        text="Chi bộ có dưới 9 đảng viên có bầu phó bí thư không?",
    )


def edit_data(message, **changes):
    data = {
        "status": message.status,
        "assignee": message.assignee_id or "",
        "new_note": "",
        "answer": message.answer,
        "published_question": message.published_question,
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not False}


def test_only_the_board_opens_the_inbox(board, question):
    contributor = Client()
    contributor.force_login(board["contributor"])
    assert contributor.get(INBOX).status_code in (302, 403)
    assert contributor.get(f"{INBOX}edit/{question.pk}/").status_code in (302, 403)
    assert "ha@example.vn" not in contributor.get("/admin/").content.decode()
    for name in ("editor", "chief", "admin"):
        member = Client()
        member.force_login(board[name])
        html = member.get(INBOX).content.decode()
        assert question.code in html, name
        assert f"{INBOX}create/" not in html  # readers create messages, the board does not


def test_the_dashboard_counts_new_and_open_messages(board, question, editor_client):
    ReaderMessage.objects.create(kind="correction", text="Sai tên người trong ảnh thứ hai")
    ReaderMessage.objects.create(
        kind="correction",
        text="Sai ngày ở đoạn đầu bài viết",
        status="in_progress",
        assignee=board["editor"],
    )
    html = editor_client.get("/admin/").content.decode()
    assert "Hộp thư bạn đọc" in html
    panel = html[html.index('id="reader-inbox-section"') :]
    row = panel[panel.index("Báo lỗi nội dung") :]
    assert ">1</a>" in row[: row.index("</tr>")]  # one new, one in progress
    assert "1 thư chưa xong đang giao cho bạn" in panel
    contributor = Client()
    contributor.force_login(board["contributor"])
    assert 'id="reader-inbox-section"' not in contributor.get("/admin/").content.decode()


def test_filters_narrow_the_list(board, question, editor_client):
    report = ReaderMessage.objects.create(kind="correction", text="Sai chính tả ở tiêu đề")
    html = editor_client.get(INBOX, {"kind__exact": "correction"}).content.decode()
    assert report.code in html and question.code not in html
    html = editor_client.get(INBOX, {"status__exact": "new", "q": "phó bí thư"}).content.decode()
    assert question.code in html and report.code not in html
    question.assignee = board["editor"]
    question.save()
    html = editor_client.get(INBOX, {"giao": "me"}).content.decode()
    assert question.code in html and report.code not in html


def test_an_editor_answers_notes_and_assigns_the_chief_publishes(
    board, question, editor_client, client
):
    url = f"{INBOX}edit/{question.pk}/"
    page = editor_client.get(url).content.decode()
    assert "ha@example.vn" in page and "0912000111" in page  # the board sees contact details
    assignees = editor_client.get(url).context["form"].fields["assignee"].queryset
    assert set(assignees) == {board["editor"], board["chief"], board["admin"]}
    response = editor_client.post(
        url,
        edit_data(
            question,
            status="in_progress",
            assignee=board["chief"].pk,
            new_note="Chuyển Ban Tổ chức cho ý kiến",
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    question.refresh_from_db()
    assert question.status == "in_progress" and question.assignee == board["chief"]
    author = board["editor"].get_full_name()
    assert re.fullmatch(
        rf"\[\d\d/\d\d/\d{{4}} \d\d:\d\d\] {author}: Chuyển Ban Tổ chức cho ý kiến", question.notes
    )
    # The editor answers; ticking "publish" is not theirs to do.
    response = editor_client.post(
        url,
        edit_data(
            question,
            status="answered",
            answer="Chi bộ dưới 9 đảng viên chỉ bầu bí thư; khi cần có thể bầu phó bí thư.",
            published="on",
            notify_reader="on",
            new_note="Đã trả lời",
        ),
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.answered_at is not None and question.status == "answered"
    assert not question.published, "an editor must not put an answer on the Q&A page"
    assert question.notes.count("\n") == 1  # two notes, the older kept
    assert mail.outbox[-1].to == ["ha@example.vn"] and question.code in mail.outbox[-1].subject

    # The chief editor publishes it, once it is answered.
    chief = Client()
    chief.force_login(board["chief"])
    response = chief.post(url, edit_data(question, status="in_progress", published="on"))
    assert response.status_code == 200  # published while still in progress: refused
    assert "Câu hỏi được đăng phải ở trạng thái" in response.content.decode()
    response = chief.post(url, edit_data(question, published="on"))
    assert response.status_code == 302, response.context["form"].errors
    question.refresh_from_db()
    assert question.published
    public = client.get("/tra-cuu/")  # the reader's side is covered in test_questions
    assert public.status_code == 200


@pytest.fixture
def chief_client(board):
    client = Client()
    client.force_login(board["chief"])
    return client


def test_publishing_needs_an_answer_and_a_question(board, question, chief_client):
    editor_client = chief_client  # only those who may publish reach these checks
    url = f"{INBOX}edit/{question.pk}/"
    response = editor_client.post(url, edit_data(question, status="answered", published="on"))
    assert "Hãy viết câu trả lời trước khi đăng câu hỏi" in response.content.decode()
    report = ReaderMessage.objects.create(kind="correction", text="Sai số liệu ở bảng hai")
    response = editor_client.post(
        f"{INBOX}edit/{report.pk}/",
        edit_data(report, status="closed", answer="Đã sửa.", published="on"),
    )
    assert "Chỉ câu hỏi mới được đăng" in response.content.decode()
    response = editor_client.post(
        f"{INBOX}edit/{report.pk}/",
        edit_data(report, status="closed", answer="Đã sửa.", notify_reader="on"),
    )
    assert "Người gửi không để lại email" in response.content.decode()


def test_the_inbox_exports_xlsx_with_contact_details_for_the_board(board, question, editor_client):
    question.text = '=HYPERLINK("http://evil.example")'
    question.save()
    response = editor_client.get(INBOX, {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header, row = list(sheet.iter_rows(values_only=True))[:2]
    values = dict(zip(header, row, strict=True))
    assert values["Mã tra cứu"] == question.code and values["Thư điện tử"] == "ha@example.vn"
    assert values["Lĩnh vực"] == "Công tác đảng viên" and values["Trạng thái"] == "Mới"
    assert values["Nội dung"].startswith("=HYPERLINK")
    cell = next(c for c in list(sheet.iter_rows())[1] if str(c.value).startswith("=HYPER"))
    assert cell.data_type == "s"  # text, not a formula
    csv = b"".join(editor_client.get(INBOX, {"export": "csv"}).streaming_content).decode()
    assert csv.startswith("\ufeff") and "'=HYPERLINK" in csv


def answered(question):
    question.status = "answered"
    question.answer = "Chi bộ dưới 9 đảng viên chỉ bầu bí thư."
    question.save()
    return question


@pytest.mark.parametrize("role", ["editor", "admin"])
def test_qa_publishing_without_publish_rights_is_refused(board, question, client, role):
    answered(question)
    client.force_login(board[role])
    url = f"{INBOX}edit/{question.pk}/"
    form = client.get(url).context["form"]
    assert form.fields["published"].disabled, "the box should be shown disabled"
    client.post(url, edit_data(question, published="on"))
    question.refresh_from_db()
    assert not question.published, f"the {role} must not publish an answer"
    assert not ReaderMessage.objects.published_answers().exists()


def test_what_is_public_is_changed_only_by_those_who_publish(board, question, client):
    answered(question)
    question.published = True
    question.save()
    client.force_login(board["editor"])
    url = f"{INBOX}edit/{question.pk}/"
    data = edit_data(question, answer="Đã sửa câu trả lời.", published_question="Sửa câu hỏi")
    client.post(url, data)  # unticked "published" and reworded
    question.refresh_from_db()
    assert question.published and question.answer == "Chi bộ dưới 9 đảng viên chỉ bầu bí thư."
    assert question.published_question == ""


def test_qa_publishing_is_allowed_for_the_chief_editor(board, question, chief_client):
    answered(question)
    url = f"{INBOX}edit/{question.pk}/"
    assert not chief_client.get(url).context["form"].fields["published"].disabled
    response = chief_client.post(url, edit_data(question, published="on"))
    assert response.status_code == 302, response.context["form"].errors
    assert list(ReaderMessage.objects.published_answers()) == [question]


def test_export_times_are_the_times_the_admin_shows(board, question, editor_client):
    # Received at 06:30 Vietnam time on 7 December: 23:30 UTC on the 6th.
    received = datetime.datetime(2026, 12, 6, 23, 30, tzinfo=datetime.UTC)
    ReaderMessage.objects.filter(pk=question.pk).update(received_at=received)
    listing = editor_client.get(INBOX).content.decode()
    assert "07/12/2026 06:30" in listing or "7 tháng 12, 2026, 06:30" in listing, listing

    response = editor_client.get(INBOX, {"export": "xlsx"})
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.active
    assert sheet.title == "Hộp thư bạn đọc"
    header, row = list(sheet.iter_rows(values_only=True))[:2]
    assert dict(zip(header, row, strict=True))["Ngày nhận"] == datetime.datetime(2026, 12, 7, 6, 30)
    cell = sheet.cell(row=2, column=header.index("Ngày nhận") + 1)
    assert cell.number_format == "dd/mm/yyyy hh:mm"
    widths = {sheet.column_dimensions[c.column_letter].width for c in sheet[1]}
    assert min(widths) >= 8 and max(widths) <= 60 and len(widths) > 1

    csv = b"".join(editor_client.get(INBOX, {"export": "csv"}).streaming_content).decode()
    assert "07/12/2026 06:30" in csv and "2026-12-06" not in csv


def test_consultation_comments_export_is_its_own_sheet(board, consultation, editor_client):
    response = editor_client.get(INBOX, {"gop-y": str(consultation.pk), "export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert sheet.title == "Góp ý đã nhận"


class BrokenMailServer:
    def __init__(self, *args, **kwargs):
        pass

    def open(self):
        return True

    def close(self):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")


def test_a_failing_mail_server_never_loses_a_message(
    reader, qa_page, question_data, settings, django_capture_on_commit_callbacks, caplog
):
    settings.EMAIL_BACKEND = "tests.interaction.test_inbox.BrokenMailServer"
    InteractionSettings.objects.create(notify_emails="banbientap@example.vn")
    with django_capture_on_commit_callbacks(execute=True):
        response = reader.post(qa_page.ask_url(), question_data)
    assert response.status_code == 302
    message = ReaderMessage.objects.get()
    assert message.code in reader.get(response["Location"]).content.decode()
    assert "Could not mail the board" in caplog.text


def test_a_failing_mail_server_keeps_the_answer(board, question, editor_client, settings):
    settings.EMAIL_BACKEND = "tests.interaction.test_inbox.BrokenMailServer"
    response = editor_client.post(
        f"{INBOX}edit/{question.pk}/",
        edit_data(question, status="answered", answer="Trả lời: có thể bầu.", notify_reader="on"),
        follow=True,
    )
    question.refresh_from_db()
    assert question.answer == "Trả lời: có thể bầu."
    assert "không gửi được email" in response.content.decode()


def test_reader_fields_cannot_be_changed_from_the_inbox(board, question, editor_client):
    editor_client.post(
        f"{INBOX}edit/{question.pk}/",
        edit_data(question, text="Đổi nội dung", email="khac@example.vn", name="Người khác"),
    )
    question.refresh_from_db()
    assert question.text.startswith("Chi bộ có dưới 9") and question.email == "ha@example.vn"


def test_the_receipt_after_a_post_is_the_readers_only(reader, qa_page, question_data):
    response = reader.post(qa_page.ask_url(), filled(question_data))
    assert (
        ReaderMessage.objects.get().code not in Client().get(response["Location"]).content.decode()
    )


def test_the_handler_picker_shows_names_and_leaves_out_the_technician(
    board, question, editor_client
):
    technician = UserFactory(username="kythuat", is_superuser=True)
    technician.groups.add(*Group.objects.all())
    url = f"{INBOX}edit/{question.pk}/"
    field = editor_client.get(url).context["form"].fields["assignee"]
    assert technician not in set(field.queryset), "the technician is not given messages"
    label = field.label_from_instance(board["chief"])
    assert board["chief"].get_full_name() in label and board["chief"].username not in label
