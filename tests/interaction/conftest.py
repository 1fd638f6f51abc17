"""The pages reader forms live on, a fresh browser per reader, the board that answers."""

import pytest
from django.test import Client

from editorial.setup import setup_editorial
from interaction.models import QuestionIndexPage
from portal import roles
from tests.accounts.factories import UserFactory
from tests.interaction.factories import QUESTION, filled
from tests.interaction.fixtures import consultation, topic  # noqa: F401


@pytest.fixture
def qa_page(home):
    page = QuestionIndexPage(title="Hỏi – Đáp", slug="hoi-dap", intro="Hỏi và đáp.")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def question_data(topic):  # noqa: F811
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
