"""The editorial board, for the tests that follow an upload through the workflow."""

from tests.editorial.conftest import board, section, workflows  # noqa: F401
