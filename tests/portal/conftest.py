"""Fixtures of other capabilities that the admin tests here use: the editorial board, a
question topic, an open consultation."""

from tests.editorial.conftest import board, workflows  # noqa: F401
from tests.interaction.conftest import consultation, topic  # noqa: F401
