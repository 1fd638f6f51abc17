"""The editorial board as the workflow tests need it: setup run, one account per person."""

from tests.editorial.fixtures import board, section, workflows  # noqa: F401
