"""Reader forms as a person fills them: a valid start time from a while ago, a fresh
browser per reader; the pages the forms live on."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from editorial.setup import setup_editorial
from interaction.models import (
    ConsultationIndexPage,
    ConsultationPage,
    QuestionIndexPage,
    Topic,
)
from portal import roles
from portal.publishing import direct_publishing
from tests.factories import UserFactory, form_started

started = form_started


def filled(data, seconds_ago=30):
    return {"website": "", "started": started(seconds_ago), **data}


@pytest.fixture
def topic(db):
    return Topic.objects.create(name="Công tác đảng viên")


@pytest.fixture
def qa_page(home):
    page = QuestionIndexPage(title="Hỏi – Đáp", slug="hoi-dap", intro="Hỏi và đáp.")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def consultation(home):
    index = ConsultationIndexPage(title="Góp ý dự thảo", slug="gop-y-du-thao")
    home.add_child(instance=index)
    now = timezone.now()
    page = ConsultationPage(
        title="Dự thảo Quy chế làm việc",
        slug="du-thao-quy-che",
        summary="Lấy ý kiến về dự thảo.",
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=10),
        receiving_email="gopy@example.vn",
    )
    index.add_child(instance=page)
    with direct_publishing("test set-up"):
        page.save_revision().publish()
    return page


QUESTION = {
    "name": "Nguyễn Văn An",
    "organisation": "Chi bộ Phòng Tổ chức",
    "email": "an@example.vn",
    "phone": "",
    "text": "Đảng viên chuyển sinh hoạt đảng tạm thời cần những giấy tờ gì?",
    "consent": "on",
}


@pytest.fixture
def question_data(topic):
    return filled({**QUESTION, "topic": topic.pk})


@pytest.fixture
def reader():
    """A browser of its own (cookies, session) on one address."""
    return Client(REMOTE_ADDR="203.0.113.10")


@pytest.fixture
def board(home):
    setup_editorial()
    people = {
        "contributor": roles.CONTRIBUTOR,
        "editor": roles.EDITOR,
        "chief": roles.CHIEF_EDITOR,
        "admin": roles.ADMINISTRATOR,
    }
    return {
        name: UserFactory(username=name, email=f"{name}@example.vn", roles=[role])
        for name, role in people.items()
    }


@pytest.fixture
def editor_client(board):
    client = Client()
    client.force_login(board["editor"])
    return client
