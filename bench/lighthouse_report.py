"""Helpers of bench/lighthouse.sh: the pages to measure, run checks, the summary table.

python bench/lighthouse_report.py pages          # "name<TAB>path" per line (needs Django)
python bench/lighthouse_report.py check FILE     # exit 1 if the run failed (trace, scores)
python bench/lighthouse_report.py table DIR      # Markdown table + what keeps scores < 95
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
FORMS = ["mobile", "desktop"]
TARGET = 95
# The search page as a reader opens it, and a page of results for a query typed without
# marks. Results pages carry noindex and robots.txt keeps crawlers out of them, on purpose
# (search engines should not index a site's own search results): Lighthouse's SEO category
# counts that against them, so their SEO score is shown but not held to the target.
SEARCH_PATH = "/tim-kiem/"
RESULTS_PATH = "/tim-kiem/?q=hoi+nghi"
NOT_HELD = {("search-results", "seo"): "noindex by design"}


def pages():
    """The six pages (and a page of search results), each the newest of its kind."""
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from wagtail.models import Site

    from articles.models import ArticleIndexPage, ArticlePage
    from documents.models import DocumentLibraryPage, DocumentPage

    home = Site.objects.get(is_default_site=True).root_page.specific

    def newest(queryset, *order):
        found = queryset.live().public().descendant_of(home).order_by(*order).first()
        if found is None:
            raise SystemExit(f"The demo database has no live {queryset.model.__name__}")
        return found

    sections = ArticleIndexPage.objects.live().public().child_of(home).order_by("path")
    section = next(
        (s for s in sections if ArticlePage.objects.live().descendant_of(s).exists()), None
    )
    if section is None:
        raise SystemExit("The demo database has no section with articles")
    article = newest(ArticlePage.objects.exclude(featured_image=None), "-date", "-pk")
    library = newest(DocumentLibraryPage.objects.all(), "path")
    document = newest(
        DocumentPage.objects.filter(attachments__isnull=False).distinct(), "-date_issued", "-pk"
    )
    rows = [
        ("home", home.url),
        ("section", section.url),
        ("article", article.url),
        ("library", library.url),
        ("document", document.url),
        ("search", SEARCH_PATH),
        ("search-results", RESULTS_PATH),
    ]
    for name, path in rows:
        print(f"{name}\t{path}")


def failed(report):
    """Why a Lighthouse report cannot be trusted, or None."""
    if report.get("runtimeError"):
        error = report["runtimeError"]
        return f"runtime error {error.get('code')}: {error.get('message')}"
    missing = [c for c in CATEGORIES if report["categories"].get(c, {}).get("score") is None]
    if missing:
        warnings = "; ".join(report.get("runWarnings", [])[:2])
        return f"no score for {', '.join(missing)}" + (f" ({warnings})" if warnings else "")
    return None


def check(path):
    try:
        report = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"unreadable report {path}: {error}", file=sys.stderr)
        return 1
    problem = failed(report)
    if problem:
        print(f"{path}: {problem}", file=sys.stderr)
        return 1
    return 0


def weakest_audits(report, category, limit=5):
    """The audits that cost the category most: (id, title, displayValue), worst first."""
    audits = report["audits"]
    costs = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = audits[ref["id"]]
        score = audit.get("score")
        if (
            score is None
            or score >= 1
            or audit.get("scoreDisplayMode")
            in {
                "manual",
                "notApplicable",
                "informative",
            }
        ):
            continue
        costs.append((ref.get("weight", 0) * (1 - score), ref.get("weight", 0), audit))
    costs.sort(key=lambda cost: (-cost[0], -cost[1]))
    return [
        (audit["id"], audit["title"], audit.get("displayValue", ""))
        for _cost, _weight, audit in costs[:limit]
    ]


def table(folder):
    folder = Path(folder)
    order = [line.split("\t")[0] for line in os.environ.get("PAGES", "").splitlines() if line]
    reports = {}
    for path in sorted(folder.glob("*.json")):
        name, _dash, form = path.stem.rpartition("-")
        reports[(name, form)] = json.loads(path.read_text(encoding="utf-8"))
    names = order or sorted({name for name, _form in reports})
    lines = [
        "| Page | Form factor | Performance | Accessibility | Best Practices | SEO |",
        "|---|---|---|---|---|---|",
    ]
    below = []
    for name in names:
        for form in FORMS:
            report = reports.get((name, form))
            if report is None or failed(report):
                lines.append(f"| {name} | {form} | failed | failed | failed | failed |")
                continue
            cells = []
            for category in CATEGORIES:
                score = round(report["categories"][category]["score"] * 100)
                reason = NOT_HELD.get((name, category))
                if reason:
                    cells.append(f"{score} ({reason})")
                    continue
                cells.append(f"**{score}**" if score < TARGET else str(score))
                if score < TARGET:
                    below.append((name, form, category, score, report))
            lines.append(f"| {name} | {form} | " + " | ".join(cells) + " |")
    print("\n".join(lines))
    if below:
        print(f"\nBelow {TARGET}:")
        for name, form, category, score, report in below:
            print(f"\n- {name} ({form}), {category} {score} — {report['finalDisplayedUrl']}")
            for audit_id, title, value in weakest_audits(report, category):
                print(f"  - `{audit_id}`: {title}" + (f" — {value}" if value else ""))
    return 1 if below else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "pages":
        pages()
    elif command == "check" and len(sys.argv) == 3:
        sys.exit(check(sys.argv[2]))
    elif command == "table" and len(sys.argv) == 3:
        sys.exit(table(sys.argv[2]))
    else:
        sys.exit(__doc__)
