"""html-validate on pages the site renders: one run of the pinned CLI for many pages."""

import json
import subprocess
import tempfile
from pathlib import Path

from tests.node_tools import TESTS_DIR, require

CONFIG = TESTS_DIR / ".htmlvalidate.json"
# The rules of html-validate:recommended that tests/.htmlvalidate.json relaxes, and why. JSON
# has no comments: the reasons live here, and a test keeps this list and the file equal.
RELAXED = {
    "no-trailing-whitespace": (
        "template tags on lines of their own leave spaces at line ends; no reader or browser "
        "sees them, and removing them would make the templates hard to read"
    ),
    "long-title": (
        "a news page's <title> is its headline and the site's name; Vietnamese headlines often "
        "run past the rule's 70 characters, and cutting them would hide what the page is about"
    ),
}
ERROR = 2  # html-validate's severity for errors (1 is a warning)


def html_errors(pages):
    """{name: [message, ...]} of the errors html-validate finds in {name: html}."""
    cli = require(".bin/html-validate")
    with tempfile.TemporaryDirectory(prefix="portal-html-") as folder:
        files = {}
        for index, (name, html) in enumerate(pages.items()):
            path = Path(folder) / f"page-{index}.html"
            path.write_text(html, encoding="utf-8")
            files[str(path)] = name
        # The report goes to a file: node cuts piped output short when it exits.
        report = Path(folder) / "report.json"
        run = subprocess.run(
            [str(cli), "--config", str(CONFIG), "--formatter", f"json={report}", *files],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if run.returncode not in (0, 1) or not report.exists():
            raise AssertionError(f"html-validate did not run ({run.returncode}): {run.stderr}")
        results = json.loads(report.read_text(encoding="utf-8"))
    found = {}
    for result in results:
        errors = [
            f"line {m['line']}:{m['column']} [{m['ruleId']}] {m['message']}"
            + (f" ({m['selector']})" if m.get("selector") else "")
            for m in result["messages"]
            if m["severity"] >= ERROR
        ]
        if errors:
            found[files[result["filePath"]]] = errors
    return found


def assert_valid_html(pages):
    errors = html_errors(pages)
    assert not errors, "html-validate found errors:\n" + "\n".join(
        f"- {name}:\n    " + "\n    ".join(messages) for name, messages in errors.items()
    )
