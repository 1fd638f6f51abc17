"""The site-search index: one row per page readers may find, in folded and original text.

Text is folded once (portal.text.fold: no marks, đ -> d, lower case) and cut into plain
tokens, so SQLite's FTS5 and PostgreSQL's full-text search see the same words and match
the same way. The engine-specific parts (an FTS5 table on SQLite, a tsvector column with a
GIN index on PostgreSQL, each kept up to date by triggers) are created by migration 0002.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class SearchEntry(models.Model):
    class Kind(models.TextChoices):
        ARTICLE = "article", _("News and articles")
        PAGE = "page", _("Pages")
        DOCUMENT = "document", pgettext_lazy("library", "Documents")
        GALLERY = "gallery", _("Photos and videos")

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices, db_index=True)
    path = models.CharField(max_length=255, db_index=True)  # for sections and privacy
    title = models.CharField(max_length=500)
    summary = models.TextField(blank=True)
    text = models.TextField(blank=True)  # original text without the title, for the passage
    folded_title = models.TextField(blank=True)  # the title and a document's type
    folded_summary = models.TextField(blank=True)
    # Title, document type, number and issuer, summary, body and files, as tokens.
    folded = models.TextField(blank=True)
    date = models.DateTimeField(null=True, db_index=True)
    section = models.CharField(max_length=255, blank=True)  # section or issuer, for display
    number_key = models.CharField(max_length=100, blank=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [
            models.Index(fields=["number_key", "-date"], name="search_entry_number"),
        ]

    def __str__(self):
        return self.title
