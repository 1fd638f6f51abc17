"""The editorial board as the workflow tests need it: setup run, one account per person.

Fixtures of their own module, so the tests of other apps can use them too."""

import pytest

from editorial.setup import setup_editorial
from portal import roles
from tests.accounts.factories import UserFactory
from tests.articles.factories import ArticleIndexPageFactory


@pytest.fixture
def workflows(home):
    return setup_editorial()


@pytest.fixture
def section(home, workflows):
    section = ArticleIndexPageFactory(parent=home, title="Tin tức – Sự kiện")
    setup_editorial()  # contributors get "add" on the new top-level section
    return section


@pytest.fixture
def board(workflows):
    """Two contributors, three editors, the deputy, the chief editor, an administrator."""
    people = {
        "contributor": [roles.CONTRIBUTOR],
        "contributor2": [roles.CONTRIBUTOR],
        "editor_a": [roles.EDITOR],
        "editor_b": [roles.EDITOR],
        "editor_c": [roles.EDITOR],
        "deputy": [roles.DEPUTY_CHIEF_EDITOR],
        "chief": [roles.CHIEF_EDITOR],
        "admin": [roles.ADMINISTRATOR],
    }
    return {name: UserFactory(username=name, roles=groups) for name, groups in people.items()}
