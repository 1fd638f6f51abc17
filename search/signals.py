"""Signal handlers that keep the search index in step with the page tree."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from documents.models import DocumentPage
from portal.cache import bump_content_version
from portal.signals import file_text_read, search_text_changed

from .indexing import indexed_models, remove_entry, update_entry


def after_publish(sender, instance, **kwargs):
    if isinstance(instance, indexed_models()):
        update_entry(instance)


def after_create(sender, instance, created, raw=False, **kwargs):
    """A page created already live (by code or an import, not the editor) is indexed too."""
    if created and not raw and instance.live:
        update_entry(instance)


def after_unpublish(sender, instance, **kwargs):
    remove_entry(instance.pk)


def reindex_subtree(page):
    """Paths, sections and privacy of a whole branch may have changed."""
    bump_content_version()  # the cached list of private branches must be read afresh
    branch = Page.objects.descendant_of(page, inclusive=True)
    for descendant in branch.type(*indexed_models()).specific().iterator(chunk_size=200):
        update_entry(descendant)


def after_move(sender, instance, **kwargs):
    reindex_subtree(instance)


def after_restriction_change(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:  # None: the restriction goes with its page, deleted
        reindex_subtree(page)


def after_file_text_read(sender, file, **kwargs):
    """A file's text changed: the live records it is attached to are indexed again."""
    for page in DocumentPage.objects.live().filter(attachments__file=file).distinct():
        update_entry(page)


def after_search_text_change(sender, pages, **kwargs):
    for page in pages:
        update_entry(page)


def connect():
    page_published.connect(after_publish, dispatch_uid="search-published")
    page_unpublished.connect(after_unpublish, dispatch_uid="search-unpublished")
    post_page_move.connect(after_move, dispatch_uid="search-moved")
    for signal in (post_save, post_delete):
        signal.connect(
            after_restriction_change,
            sender=PageViewRestriction,
            dispatch_uid=f"search-restriction-{signal!r}",
        )
    file_text_read.connect(after_file_text_read, dispatch_uid="search-file-text")
    search_text_changed.connect(after_search_text_change, dispatch_uid="search-text-changed")
    for model in indexed_models():
        post_save.connect(after_create, sender=model, dispatch_uid=f"search-created-{model}")
