"""Node tools of the quality checks (axe-core, html-validate), pinned in tests/package-lock.json.

`make test` installs them when npm is present and `.ci/run` always does. Where they are
missing a check is skipped with the command that installs them, except in CI (``CI`` set),
where a missing tool is a failure: a check that silently stops running protects nothing.
"""

import os
import shutil
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
NODE_MODULES = TESTS_DIR / "node_modules"
INSTALL_HINT = "npm ci --prefix tests"


def in_ci():
    return os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}


def require(relative_path):
    """The path of an installed tool file under tests/node_modules, or skip/fail the test."""
    path = NODE_MODULES / relative_path
    problem = None
    if not path.exists():
        problem = f"{path.relative_to(TESTS_DIR.parent)} is missing: run `{INSTALL_HINT}`"
    elif path.parent.name == ".bin" and not shutil.which("node"):
        problem = "node is missing: install Node.js 20 or later"
    if problem:
        if in_ci():
            pytest.fail(problem)
        pytest.skip(problem)
    return path
