"""A reader asks a question, reports an error and checks the answer with the lookup code, in
chromium; axe-core checks every form page, the receipt, the lookup and the Q&A page."""

import datetime

import pytest
from django.utils import timezone

from home.models import ContactPage
from interaction.models import (
    ConsultationIndexPage,
    ConsultationPage,
    QuestionIndexPage,
    ReaderMessage,
    Topic,
)
from portal.form_protection import GuardedForm
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.browser.axe import assert_accessible
from tests.home.factories import home_page
from tests.portal.factories import site_identity

pytestmark = pytest.mark.browser


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def site(live_site, monkeypatch):
    # People take more than the minimum fill time; the browser need not wait it out.
    monkeypatch.setattr(GuardedForm, "MIN_FILL_SECONDS", 0)
    home = home_page()
    site_identity(organisation_name="Đảng ủy Khối Cơ quan tỉnh Mẫu", email="vp@example.vn")
    Topic.objects.create(name="Công tác đảng viên")
    qa = publish_child(home, QuestionIndexPage(title="Hỏi – Đáp", slug="hoi-dap"))
    ReaderMessage.objects.create(
        kind="question",
        text="Chi bộ có dưới 9 đảng viên có bầu phó bí thư không?",
        answer="Chỉ bầu bí thư; khi cần có thể bầu phó bí thư.",
        status="answered",
        answered_at=timezone.now(),
        published=True,
        topic=Topic.objects.get(),
    )
    index = publish_child(home, ConsultationIndexPage(title="Góp ý dự thảo", slug="gop-y"))
    now = timezone.now()
    consultation = publish_child(
        index,
        ConsultationPage(
            title="Dự thảo Quy chế làm việc",
            slug="du-thao",
            opens_at=now - datetime.timedelta(days=1),
            closes_at=now + datetime.timedelta(days=20),
            postal_address="Số 2 Trần Phú",
        ),
    )
    contact = publish_child(home, ContactPage(title="Liên hệ", slug="lien-he"))
    article = ArticlePageFactory(parent=ArticleIndexPageFactory(parent=home))
    article.save_revision().publish()
    article.refresh_from_db()
    return {
        "url": live_site.url,
        "qa": qa,
        "consultation": consultation,
        "contact": contact,
        "article": article,
    }


def test_a_reader_asks_reports_and_checks_the_answer(site, page):
    base = site["url"]
    page.goto(base + site["qa"].url)
    assert_accessible(page, "Q&A page")
    page.click("text=Đặt câu hỏi")
    assert_accessible(page, "ask form")
    page.click("main form button[type=submit]")  # everything empty
    assert page.is_visible("#form-errors")
    assert_accessible(page, "ask form with errors")
    page.fill("#id_name", "Nguyễn Văn An")
    page.fill("#id_email", "an@example.vn")
    page.select_option("#id_topic", label="Công tác đảng viên")
    page.fill("#id_text", "Đảng viên chuyển sinh hoạt tạm thời cần giấy tờ gì?")
    page.check("#id_consent")
    page.click("main form button[type=submit]")
    page.wait_for_url("**/da-gui/")
    code = page.inner_text(".lookup-code").strip()
    assert ReaderMessage.objects.filter(code=code, kind="question").exists()
    assert_accessible(page, "receipt")

    page.goto(base + site["article"].url)
    page.click("text=Báo lỗi nội dung")
    assert_accessible(page, "error report form")
    page.fill("#id_text", "Ảnh thứ hai ghi sai tên đồng chí Phó Bí thư.")
    page.click("main form button[type=submit]")
    page.wait_for_url("**/da-gui/")
    report = ReaderMessage.objects.get(kind="correction")
    assert report.page_id == site["article"].pk

    question = ReaderMessage.objects.get(code=code)
    question.answer = "Cần giấy giới thiệu sinh hoạt đảng tạm thời."
    question.answered_at = timezone.now()
    question.status = "answered"
    question.save()
    page.goto(base + "/tra-cuu/")
    assert_accessible(page, "lookup form")
    page.fill("#id_code", code.lower())
    page.click("main form button[type=submit]")
    result = page.inner_text(".lookup-result")
    assert "Cần giấy giới thiệu sinh hoạt đảng tạm thời." in result
    assert "cần giấy tờ gì?" in result, "the question asked is shown with its answer"
    assert "Nguyễn Văn An" not in page.content()
    assert_accessible(page, "lookup result")


@pytest.mark.parametrize("which", ["consultation", "contact"])
def test_the_other_form_pages_are_accessible(site, page, which):
    page.goto(site["url"] + site[which].url)
    assert_accessible(page, which)
    page.click("form.reader-form button[type=submit]")
    page.wait_for_selector("#form-errors")
    assert_accessible(page, f"{which} with errors")


def test_the_chief_editor_answers_publishes_and_closes_in_the_inbox(site, page):
    from editorial.setup import setup_editorial
    from portal import roles
    from tests.accounts.factories import UserFactory
    from tests.browser.utils import admin_login

    setup_editorial()
    # The chief editor: publishing an answer needs the authority that publishes articles.
    UserFactory(username="truongban", password="mat-khau-thu", roles=[roles.CHIEF_EDITOR])
    question = ReaderMessage.objects.create(
        kind="question",
        name="Nguyễn Văn An",
        email="an@example.vn",
        topic=Topic.objects.get(),
        text="Đảng viên chuyển sinh hoạt tạm thời cần giấy tờ gì?",
    )
    report = ReaderMessage.objects.create(
        kind="correction",
        text="Ảnh thứ hai ghi sai tên.",
        page=site["article"],
        page_title=site["article"].title,
        revision=site["article"].live_revision,
    )
    base = site["url"]
    admin_login(page, base, "truongban", "mat-khau-thu")
    assert page.is_visible("#reader-inbox-section")
    page.click("#reader-inbox-section >> text=Câu hỏi")
    page.click(f"text={question.code}")
    page.select_option("#id_status", "answered")
    page.fill("#id_answer", "Cần giấy giới thiệu sinh hoạt đảng tạm thời của chi bộ.")
    page.check("#id_published")
    page.check("#id_notify_reader")
    page.get_by_role("button", name="Lưu").click()
    page.wait_for_url("**/admin/interaction/readermessage/")
    question.refresh_from_db()
    assert question.published and question.answered_at is not None

    page.goto(f"{base}/admin/interaction/readermessage/edit/{report.pk}/")
    assert page.is_visible("text=So sánh phiên bản bạn đọc đã xem với bản đang đăng")
    page.select_option("#id_status", "closed")
    page.fill("#id_new_note", "Đã sửa chú thích ảnh.")
    page.get_by_role("button", name="Lưu").click()
    page.wait_for_url("**/admin/interaction/readermessage/")
    report.refresh_from_db()
    assert report.status == "closed" and "Đã sửa chú thích ảnh." in report.notes

    page.goto(base + site["qa"].url)
    assert "Cần giấy giới thiệu sinh hoạt đảng tạm thời của chi bộ." in page.inner_text("main")
    assert "Nguyễn Văn An" not in page.content()
