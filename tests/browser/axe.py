"""axe-core (pinned in tests/package-lock.json) run inside a Playwright page."""

from tests.node_tools import require

# WCAG 2.1 levels A and AA: what Vietnamese and international accessibility rules ask of a
# public body's site.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING_IMPACTS = ("serious", "critical")

RUN_AXE = """
async (tags) => {
  const results = await window.axe.run(document, {
    runOnly: { type: "tag", values: tags },
    resultTypes: ["violations"],
  });
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    targets: v.nodes.map((node) => node.target.join(" ")),
  }));
}
"""


def axe_violations(page, impacts=BLOCKING_IMPACTS):
    """The page's WCAG 2.1 A/AA violations of the given impacts, as plain dicts."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(require("axe-core/axe.min.js")))
    violations = page.evaluate(RUN_AXE, WCAG_TAGS)
    return [v for v in violations if v["impact"] in impacts]


def describe(violations):
    return "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']} <{v['helpUrl']}>\n    "
        + "\n    ".join(v["targets"][:10])
        + (f"\n    … and {len(v['targets']) - 10} more" if len(v["targets"]) > 10 else "")
        for v in violations
    )


def assert_accessible(page, where=None):
    """No serious or critical WCAG 2.1 A/AA violation on the page as it is now."""
    violations = axe_violations(page)
    assert not violations, (
        f"axe-core found serious or critical problems on {where or page.url}:\n"
        + describe(violations)
    )
