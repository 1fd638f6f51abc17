"""The modeladmin areas (reader inbox, question topics, document lists): a list takes only the
filters it declares and answers 400 to anything else, never a server error; every view of
them checks the model's permissions, history included."""

import datetime
import html
import re

import pytest
from django.contrib.auth.models import Permission
from django.core import checks
from django.test import Client
from django.utils import timezone
from wagtail_modeladmin.options import ModelAdmin
from wagtail_modeladmin.views import IndexView

from documents.models import DocumentField, DocumentType, Issuer
from interaction.models import ReaderMessage, Topic
from portal.modeladmin import StrictModelAdmin, check_modeladmins_are_strict, modeladmin_problems
from tests.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db
INBOX = "/admin/interaction/readermessage/"
TOPICS = "/admin/interaction/topic/"
PERMISSION_DENIED = "Rất tiếc, bạn không có quyền truy cập khu vực này."
REJECTED = "Không hiển thị được danh sách theo yêu cầu này"


def logged_in(user):
    client = Client(raise_request_exception=False)  # a server error is an answer to check
    client.force_login(user)
    return client


def without_csrf_tokens(response):
    """The page without its per-response tokens, to compare two answers."""
    return re.sub(rb'(csrfmiddlewaretoken" value="|"CSRF_TOKEN": ")[^"]+', b"", response.content)


def links_in(response, start):
    """The addresses of the page's links that start with ``start``."""
    hrefs = re.findall(r'href="([^"]*)"', response.content.decode())
    return [html.unescape(href) for href in hrefs if href.startswith(start)]


@pytest.fixture
def message(topic, superuser):
    """A question handled by the technician, whose password hash the probe went after."""
    return ReaderMessage.objects.create(
        kind="question",
        name="Phạm Thu Hà",
        email="ha@example.vn",
        topic=topic,
        assignee=superuser,
        text="Chi bộ có dưới 9 đảng viên có bầu phó bí thư không?",
    )


@pytest.fixture
def editor(board):
    return logged_in(board["editor_a"])


def test_the_password_hash_prefix_oracle_is_closed(editor, message, superuser):
    """The probe's requests: the answer must not depend on the prefix."""
    first = superuser.password[0]
    # Before the fix, the first prefix listed the message and the second did not.
    answers = [
        editor.get(INBOX, {"assignee__password__gte": prefix})
        for prefix in (first, chr(ord(first) + 1))
    ]
    assert [answer.status_code for answer in answers] == [400, 400]
    assert without_csrf_tokens(answers[0]) == without_csrf_tokens(answers[1])
    assert message.code not in answers[0].content.decode()
    assert REJECTED in answers[0].content.decode()


def test_the_topic_list_does_not_filter_through_messages(board, message, superuser):
    chief = logged_in(board["chief"])
    first = superuser.password[0]
    answers = [
        chief.get(TOPICS, {"messages__assignee__password__gte": prefix})
        for prefix in (first, chr(ord(first) + 1))
    ]
    assert [answer.status_code for answer in answers] == [400, 400]
    assert message.topic.name not in answers[0].content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"text__regex": ""},
        {"text__regex": "^Chi"},
        {"_connector": "OR"},
        {"assignee__password__startswith": "p"},
        {"page__owner__password__gte": "a"},
        {"kind": "question"},  # a field name, not the parameter the kind filter declares
        {"ot": "asc"},
        {"e": "1"},
    ],
)
def test_a_lookup_no_filter_declares_is_refused(editor, message, query):
    response = editor.get(INBOX, query)
    assert response.status_code == 400, f"{query} should be refused"
    assert message.code not in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"received_at__gte": "xyz"},
        {"received_at__lt": "2026-02-30"},
        {"topic__id__exact": "abc"},
        {"topic__isnull": "maybe", "topic__id__exact": "1.5"},
        {"giao": "everyone"},
        {"gop-y": "abc"},
        {"o": "password"},
        {"o": "99"},
        {"p": "x"},
        {"p": "0"},
        {"export": "pdf"},
        {"q": "phó\x00bí thư"},
    ],
)
def test_a_declared_parameter_with_a_value_that_does_not_parse_is_refused(editor, message, query):
    response = editor.get(INBOX, query)
    assert response.status_code == 400, f"{query} should be refused, not answered {response}"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("received_at__gte", "0001-01-01 00:00:00+07:00"),  # before year 1 in UTC
        ("received_at__lt", "99999999999999999999"),
    ],
)
def test_a_value_at_the_edge_of_its_type_is_no_server_error(editor, message, name, value):
    """SQLite cannot convert year 1 at +07:00 to UTC, PostgreSQL can: 400 or 200, never 500."""
    assert editor.get(INBOX, {name: value}).status_code in (200, 400)


def test_the_board_still_filters_sorts_searches_and_exports_the_inbox(
    board, message, topic, consultation
):
    comment = ReaderMessage.objects.create(
        kind="comment", page=consultation, text="Đề nghị bổ sung khoản 3 Điều 5 của dự thảo."
    )
    mine = ReaderMessage.objects.create(
        kind="correction",
        status="in_progress",
        assignee=board["deputy"],
        text="Sai tên người trong ảnh thứ hai",
        received_at=timezone.now() - datetime.timedelta(days=40),
    )
    for name in ("editor_a", "deputy", "chief", "admin"):
        member = logged_in(board[name])
        # Every link the list offers (its filters: kind, status, assignee, topic,
        # consultation, date; its sortable columns) and the dashboard's links to it open.
        links = {INBOX + link for link in links_in(member.get(INBOX), "?")}
        links |= set(links_in(member.get("/admin/"), INBOX))
        assert len(links) > 20, links
        for link in links:
            assert member.get(link).status_code == 200, (name, link)

    deputy = logged_in(board["deputy"])

    def codes(query):
        response = deputy.get(INBOX, query)
        assert response.status_code == 200, query
        return {item.code for item in response.context["object_list"]}

    assert codes({"kind__exact": "comment"}) == {comment.code}
    assert codes({"status__exact": "in_progress"}) == {mine.code}
    assert codes({"giao": "me"}) == {mine.code}
    assert codes({"giao": "none"}) == {comment.code}
    assert codes({"topic__id__exact": topic.pk}) == {message.code}
    assert codes({"gop-y": consultation.pk}) == {comment.code}
    week_ago = timezone.localtime() - datetime.timedelta(days=7)
    assert codes({"received_at__gte": str(week_ago)}) == {message.code, comment.code}
    assert codes({"q": "phó bí thư", "o": "-6", "p": "1"}) == {message.code}
    # The consultation page's button: its comments as a spreadsheet.
    export = deputy.get(INBOX, {"gop-y": consultation.pk, "export": "xlsx"})
    assert export.status_code == 200
    assert export["Content-Type"].startswith("application/vnd.openxmlformats")


# Every modeladmin area and an object of its model.
AREAS = {
    "reader message": (INBOX, lambda: ReaderMessage.objects.get()),
    "question topic": (TOPICS, lambda: Topic.objects.get()),
    "document type": (
        "/admin/documents/documenttype/",
        lambda: DocumentType.objects.create(name="Quyết định thử", system="party", slug="qd-thu"),
    ),
    "issuing body": (
        "/admin/documents/issuer/",
        lambda: Issuer.objects.create(code="BTV-THU", name="Ban Thường vụ thử", system="party"),
    ),
    "field": (
        "/admin/documents/documentfield/",
        lambda: DocumentField.objects.create(name="Lĩnh vực thử", slug="linh-vuc-thu"),
    ),
}
VIEWS = ("", "create/", "edit/{pk}/", "delete/{pk}/", "history/{pk}/", "inspect/{pk}/")


@pytest.mark.parametrize("area", AREAS)
def test_a_contributor_reaches_no_view_of_a_modeladmin(board, message, area):
    base, make = AREAS[area]
    obj = make()
    contributor = logged_in(board["contributor"])
    for view in VIEWS:
        for pk in (obj.pk, 987654):  # an object that exists and one that does not: same answer
            url = base + view.format(pk=pk)
            response = contributor.get(url, follow=True)
            body = response.content.decode()
            if view == "inspect/{pk}/":  # no area turns inspecting on
                assert response.status_code == 404, url
            else:
                assert response.redirect_chain == [("/admin/", 302)], url
                assert PERMISSION_DENIED in body, url
            assert str(obj) not in body and message.code not in body, url


def test_a_permission_that_does_not_include_viewing_opens_nothing(home):
    """Only adding document types: wagtail-modeladmin listed them for any permission and
    showed their history to anyone."""
    user = UserFactory(username="chi-them")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_documenttype"),
    )
    doc_type = DocumentType.objects.create(name="Chỉ thị thử", system="party", slug="ct-thu")
    client = logged_in(user)
    for url in (
        "/admin/documents/documenttype/",
        f"/admin/documents/documenttype/history/{doc_type.pk}/",
    ):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/"), url
    assert client.get("/admin/documents/documenttype/create/").status_code == 200


def test_the_board_reads_the_history_of_what_it_handles(board, message):
    assert logged_in(board["editor_a"]).get(f"{INBOX}history/{message.pk}/").status_code == 200
    chief = logged_in(board["chief"])
    assert chief.get(f"{TOPICS}history/{message.topic.pk}/").status_code == 200


def test_every_registered_modeladmin_is_strict():
    assert check_modeladmins_are_strict() == []


def test_the_check_reports_a_modeladmin_that_is_not_strict(db):
    class LooseTopicAdmin(ModelAdmin):
        model = Topic

    class TopicAdminWithPlainList(StrictModelAdmin):
        model = Topic
        index_view_class = IndexView

    loose = modeladmin_problems(LooseTopicAdmin().get_admin_urls_for_registration())
    assert loose and {error.id for error in loose} == {"portal.E001"}
    assert all(error.level == checks.ERROR for error in loose)
    plain = modeladmin_problems(TopicAdminWithPlainList().get_admin_urls_for_registration())
    assert [error.msg for error in plain] == [
        "The modeladmin for interaction.Topic: its index_view_class does not subclass "
        "StrictIndexView."
    ]
