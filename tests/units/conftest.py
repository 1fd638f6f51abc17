"""The editorial board, for the tests of units given to accounts."""

from tests.editorial.fixtures import board, section, workflows  # noqa: F401  (fixtures)
