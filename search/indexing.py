"""Keeping the search index in step with what readers may see.

A page is in the index while it is live, public and (for documents) publishable; publishing,
unpublishing, moving, deleting and privacy changes update it (see search/signals.py), and
``rebuild`` (the ``update_index`` command) writes it afresh in chunks.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ObjectDoesNotExist
from django.db import connection
from django.utils import timezone
from wagtail.models import Page, get_page_models

from documents.models import DocumentAttachment
from portal.queries import restricted_paths
from portal.search_records import SearchablePage

from .models import SearchEntry
from .words import index_text

MAX_TEXT = 300_000
CHUNK = 500
_FIELDS = [
    "kind",
    "path",
    "title",
    "summary",
    "text",
    "folded_title",
    "folded_summary",
    "folded",
    "date",
    "section",
    "number_key",
]


class PageLookups:
    """What one page's record needs, read for that page alone."""

    def section_title(self, page):
        parent = page.get_parent()
        return parent.title if parent else ""

    def file_text(self, page):
        return page.attachment_text()


@dataclass
class Lookups:
    """What a chunk of pages needs from other tables, read once per chunk, not per page."""

    parent_titles: dict = field(default_factory=dict)  # parent path -> title
    file_texts: dict = field(default_factory=dict)  # document page id -> [file text]

    @classmethod
    def for_pages(cls, pages):
        parents = {page.path[: -Page.steplen] for page in pages}
        lookups = cls(dict(Page.objects.filter(path__in=parents).values_list("path", "title")))
        attachments = DocumentAttachment.objects.filter(
            page_id__in=[page.pk for page in pages]
        ).order_by("page_id", "sort_order")
        for page_id, text in attachments.values_list("page_id", "file__text"):
            lookups.file_texts.setdefault(page_id, []).append(text or "")
        return lookups

    def section_title(self, page):
        return self.parent_titles.get(page.path[: -page.steplen], "")

    def file_text(self, page):
        return " ".join(self.file_texts.get(page.pk, []))


def is_visible(page, private_paths=None):
    private_paths = restricted_paths() if private_paths is None else private_paths
    return page.live and not any(page.path.startswith(p) for p in private_paths)


def entry_for(page, lookups=None, private_paths=None):
    """The unsaved index row of ``page`` (specific, live version), or None to leave it out."""
    if not isinstance(page, SearchablePage) or not is_visible(page, private_paths):
        return None
    record = page.search_record(lookups or PageLookups())
    if record is None:
        return None
    summary, date = record.summary, record.date
    passage = passage_text(" ".join(record.text.split())[:MAX_TEXT], page.title)
    title = " ".join([page.title, record.title_words]).strip()
    return SearchEntry(
        page_id=page.pk,
        kind=record.kind,
        path=page.path,
        title=page.title,
        summary=summary or "",
        text=passage,
        folded_title=index_text(title),
        folded_summary=index_text(summary or ""),
        folded=index_text(" ".join([title, record.labels, passage])),
        # Never empty: results are ordered newest first, and NULLs would sort first on PostgreSQL.
        date=date or page.last_published_at or page.first_published_at or timezone.now(),
        section=record.section[:255],
        number_key=record.number_key,
    )


def passage_text(text, title):
    """``text`` without the title it begins with: a result shows its title apart."""
    title = " ".join(title.split())
    if title and text.startswith(title):
        return text[len(title) :].lstrip()
    return text


def update_entry(page):
    """Put ``page`` in the index, or take it out."""
    try:
        page = page.specific
    except ObjectDoesNotExist:  # being deleted: its own row is already gone
        remove_entry(page.pk)
        return None
    entry = entry_for(page)
    if entry is None:
        remove_entry(page.pk)
        return None
    values = {name: getattr(entry, name) for name in _FIELDS}
    return SearchEntry.objects.update_or_create(page_id=page.pk, defaults=values)[0]


def remove_entry(page_id):
    SearchEntry.objects.filter(page_id=page_id).delete()


def indexed_models():
    """The page types site search finds: those that give a record (portal.search_records)."""
    return tuple(model for model in get_page_models() if issubclass(model, SearchablePage))


def _live_pages(model):
    queryset = model.objects.live().order_by("pk")
    prepare = getattr(model, "prepare_for_search_index", None)
    return prepare(queryset) if prepare else queryset


def index_pages(pages, private_paths):
    """Write the rows of ``pages`` (one chunk) in one statement; returns their page ids."""
    lookups = Lookups.for_pages(pages)
    entries = [entry_for(page, lookups, private_paths) for page in pages]
    entries = [entry for entry in entries if entry is not None]
    SearchEntry.objects.bulk_create(
        entries, update_conflicts=True, unique_fields=["page"], update_fields=_FIELDS
    )
    return [entry.page_id for entry in entries]


def index_page_ids(model, page_ids):
    """Index the live pages of ``model`` with these ids (pages written in bulk); how many."""
    pages = list(_live_pages(model).filter(pk__in=page_ids))
    return len(index_pages(pages, restricted_paths())) if pages else 0


def rebuild(progress=None, chunk_size=CHUNK):
    """Index every page readers may find, then drop rows of pages no longer there.

    ``progress(done, total)`` is called after each chunk. Returns the number of rows.
    """
    private_paths = restricted_paths()
    total = sum(_live_pages(model).count() for model in indexed_models())
    done = 0
    kept = set()
    for model in indexed_models():
        queryset = _live_pages(model)
        last_pk = 0
        while True:
            pages = list(queryset.filter(pk__gt=last_pk)[:chunk_size])
            if not pages:
                break
            last_pk = pages[-1].pk
            kept.update(index_pages(pages, private_paths))
            done += len(pages)
            if progress:
                progress(done, total)
    stale = [pk for pk in SearchEntry.objects.values_list("page_id", flat=True) if pk not in kept]
    for start in range(0, len(stale), chunk_size):
        SearchEntry.objects.filter(pk__in=stale[start : start + chunk_size]).delete()
    tidy_after_bulk_writes()
    return len(kept)


def tidy_after_bulk_writes():
    """After many rows are written at once: on PostgreSQL, drop the old row versions and
    refresh the planner's statistics (until autovacuum gets there, a rebuilt index is read
    at twice its size and planned from stale counts: p95 +25 % at 120,000 pages); on SQLite,
    merge the full-text index's segments. Inside a transaction, where VACUUM is refused,
    the statistics only."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            vacuum = "" if connection.in_atomic_block else "VACUUM "
            cursor.execute(f"{vacuum}ANALYZE search_searchentry")
        elif connection.vendor == "sqlite":
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
            cursor.execute("ANALYZE search_searchentry")
