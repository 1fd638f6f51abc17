"""Large generated sites for benchmarks: tens of thousands of live articles and documents.

Pages are written in bulk (a chunk of rows per statement), the way a migration from an old
site would, instead of one ``add_child`` and revision each: that is hours for 100,000 pages.
Generated pages are live and public, have no revisions (the first edit in the admin makes
one) and are put in the site-search index; Wagtail's own admin search index is not filled
(``update_index`` does that when wanted).

Generated document records share one real placeholder PDF; the text read from each record's
file is generated with the record, as extraction would have stored it, so the search index
has the size and words of a real library without writing 20,000 files.
"""

import datetime
import hashlib
import time
import uuid
from dataclasses import dataclass
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Collection, Page, Site

from articles.models import ArticleIndexPage, ArticleKind, ArticlePage
from demo.pdfs import make_pdf
from documents.models import (
    DocumentAttachment,
    DocumentLibraryPage,
    DocumentPage,
    DocumentType,
    Issuer,
)
from documents.vocabulary import read_number
from portal.cache import bump_content_version
from portal.models import PortalDocument
from portal.text import slugify
from search.indexing import index_page_ids
from units.models import Unit

from .textgen import TextGenerator

CHUNK = 1000
PLACEHOLDER_TITLE = "Tệp mẫu của trang dựng sẵn (generate_site)"


def insert_pages(parent, pages):
    """Insert unsaved pages of one model as the last children of ``parent``; no signals.

    Sets each page's tree fields and ids. ``parent`` is read afresh (its children count).
    """
    if not pages:
        return []
    model = type(pages[0])
    parent = Page.objects.get(pk=parent.pk)
    last = parent.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) if last else 0
    content_type = ContentType.objects.get_for_model(model)
    for page in pages:
        step += 1
        page.path = Page._get_path(parent.path, parent.depth + 1, step)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.translation_key = uuid.uuid4()
        page.draft_title = page.title
    base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    rows = [Page(**{f.attname: getattr(page, f.attname) for f in base_fields}) for page in pages]
    Page._base_manager.bulk_create(rows, batch_size=500)
    for page, row in zip(pages, rows, strict=True):
        page.id = page.page_ptr_id = row.pk
    fields = model._meta.local_concrete_fields
    batch = max(1, connection.ops.bulk_batch_size(fields, pages))
    for start in range(0, len(pages), batch):
        model._base_manager._insert(pages[start : start + batch], fields=fields, raw=True)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages


@dataclass
class Timings:
    pages: int = 0
    page_seconds: float = 0.0
    indexed: int = 0
    index_seconds: float = 0.0


class SiteGenerator:
    def __init__(self, seed=2026, progress=None):
        self.text = TextGenerator(seed)
        self.rng = self.text.rng
        self.progress = progress or (lambda label, done, total: None)
        self.timings = Timings()
        self.sequence = Page.objects.count()

    # ---- where pages go

    def home(self):
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        return site.root_page if site else Page.objects.get(depth=1).get_children().first()

    def sections(self):
        """Article sections by slug; one is created when the site has none."""

        sections = {page.slug: page for page in ArticleIndexPage.objects.all()}
        if not sections:
            section = self.home().add_child(
                instance=ArticleIndexPage(title="Tin tức – Sự kiện", slug="tin-tuc-su-kien")
            )
            section.save_revision().publish()
            sections = {section.slug: section}
        return sections

    def library(self):

        library = DocumentLibraryPage.objects.first()
        if library is None:
            library = self.home().add_child(
                instance=DocumentLibraryPage(title="Văn bản", slug="van-ban")
            )
            library.save_revision().publish()
        return library

    # ---- articles

    def _slug(self, title):
        self.sequence += 1
        return f"{slugify(title, max_length=60)}-{self.sequence}"

    def _aware(self, day):
        moment = datetime.datetime.combine(
            day, datetime.time(self.rng.choice((7, 8, 9, 14, 15, 16)), self.rng.choice((0, 30)))
        )
        return timezone.make_aware(moment)

    def article(self, kinds, units):

        spec = self.text.article()
        published = self._aware(spec["date"])
        body = []
        headings = list(spec["headings"])
        for index, paragraph in enumerate(spec["paragraphs"]):
            if headings and index % 2 == 0:
                body.append(_block("heading", {"text": headings.pop(0), "level": "h2"}))
            body.append(_block("paragraph", f"<p>{paragraph}</p>"))
        return spec["section"], ArticlePage(
            title=spec["title"],
            slug=self._slug(spec["title"]),
            live=True,
            first_published_at=published,
            last_published_at=published,
            date=published,
            sapo=spec["sapo"],
            body=body,
            kind=kinds.get(spec["kind"]) or next(iter(kinds.values()), None),
            unit=self.rng.choice(units) if units else None,
            byline=self.rng.choice(("Phóng viên", "Cộng tác viên", "Văn phòng Đảng ủy Khối")),
        )

    def add_articles(self, count):

        sections = self.sections()
        fallback = list(sections.values())
        kinds = {kind.slug: kind for kind in ArticleKind.objects.all()}
        units = list(Unit.objects.all())
        done = 0
        while done < count:
            size = min(CHUNK, count - done)
            by_section: dict[int, tuple[Any, list[Any]]] = {}
            for _ in range(size):
                slug, page = self.article(kinds, units)
                section = sections.get(slug) or self.rng.choice(fallback)
                by_section.setdefault(section.pk, (section, []))[1].append(page)
            groups = list(by_section.values())
            self._write(groups)
            self._index([page for _section, pages in groups for page in pages])
            done += size
            self.progress("articles", done, count)

    # ---- documents

    def placeholder_file(self):

        existing = PortalDocument.objects.filter(title=PLACEHOLDER_TITLE).first()
        if existing:
            return existing
        data = make_pdf(
            ["TRANG DỰNG SẴN ĐỂ ĐO HIỆU NĂNG"],
            "TỆP MẪU",
            [
                "Hồ sơ văn bản này do lệnh generate_site tạo ra để đo hiệu năng; nội dung là "
                "văn bản sinh tự động, không có giá trị pháp lý."
            ],
        )
        placeholder = PortalDocument(
            title=PLACEHOLDER_TITLE,
            collection=Collection.get_first_root_node(),
            file=ContentFile(data, name="tep-mau-generate-site.pdf"),
        )
        placeholder.save()
        return placeholder

    def add_documents(self, count):

        library = self.library()
        doc_types = list(DocumentType.objects.all())
        issuers = list(Issuer.objects.filter(active=True))
        placeholder = self.placeholder_file()
        done = 0
        while done < count:
            size = min(CHUNK, count - done)
            pages, files = [], []
            for _ in range(size):
                spec = self.text.document(doc_types, issuers)
                parsed = read_number(spec["number"])
                published = self._aware(spec["date"])
                title = f"{spec['doc_type'].name} {parsed.printed}"
                pages.append(
                    DocumentPage(
                        title=title,
                        slug=self._slug(title),
                        live=True,
                        first_published_at=published,
                        last_published_at=published,
                        number=parsed.printed,
                        number_key=parsed.key,
                        number_flags=",".join(parsed.problems),
                        doc_type=spec["doc_type"],
                        issuer=spec["issuer"],
                        system=spec["doc_type"].system,
                        date_issued=spec["date"],
                        effective_date=spec["date"],
                        summary=spec["summary"],
                        publishable=True,
                    )
                )
                text = "\n".join(spec["paragraphs"])
                files.append(
                    PortalDocument(
                        title=title,
                        collection_id=placeholder.collection_id,
                        file=placeholder.file.name,
                        file_size=placeholder.file_size,
                        file_hash=hashlib.sha1(text.encode()).hexdigest(),
                        text=text,
                        text_status=PortalDocument.TextStatus.OK,
                        page_count=max(1, len(text) // 3000),
                    )
                )
            self._write([(library, pages)])
            with transaction.atomic():
                PortalDocument.objects.bulk_create(files, batch_size=500)
                DocumentAttachment.objects.bulk_create(
                    [
                        DocumentAttachment(page_id=page.pk, file_id=file.pk, sort_order=0)
                        for page, file in zip(pages, files, strict=True)
                    ],
                    batch_size=500,
                )
            self._index(pages)
            done += size
            self.progress("documents", done, count)

    # ---- writing and indexing

    def _write(self, groups):
        started = time.perf_counter()
        with transaction.atomic():
            for parent, pages in groups:
                insert_pages(parent, pages)
        self.timings.page_seconds += time.perf_counter() - started
        self.timings.pages += sum(len(pages) for _parent, pages in groups)

    def _index(self, pages):
        """Put the pages just written in the site-search index (documents with their files)."""

        started = time.perf_counter()
        with transaction.atomic():
            self.timings.indexed += index_page_ids(type(pages[0]), [page.pk for page in pages])
        self.timings.index_seconds += time.perf_counter() - started

    def finish(self):

        bump_content_version()
        return self.timings


def _block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}
