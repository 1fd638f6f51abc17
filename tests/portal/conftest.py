"""Fixtures of other capabilities that the tests here use: the editorial board (uploads
followed through the workflow, the admin lists), a question topic, an open consultation."""

from tests.editorial.fixtures import board, section, workflows  # noqa: F401
from tests.interaction.fixtures import consultation, topic  # noqa: F401
