"""The editorial board with its administrator, and clients logged in as them."""

import pytest
from django.test import Client

from tests.editorial.fixtures import board, workflows  # noqa: F401  (fixtures)


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def administrator(board):  # noqa: F811
    return board["admin"]


@pytest.fixture
def administrator_client(administrator):
    return logged_in(administrator)


@pytest.fixture
def technician_client(superuser):
    return logged_in(superuser)
