"""The Q&A page is found by site search through its published answers: keep it indexed."""

from django.db.models.signals import post_delete, post_save

from portal.signals import search_text_changed

from .models import QuestionIndexPage, ReaderMessage


def reindex_answers(sender, instance, **kwargs):
    if instance.kind != ReaderMessage.Kind.QUESTION:
        return
    search_text_changed.send(QuestionIndexPage, pages=QuestionIndexPage.objects.live())


def connect():
    post_save.connect(reindex_answers, sender=ReaderMessage, dispatch_uid="interaction-qa-save")
    post_delete.connect(reindex_answers, sender=ReaderMessage, dispatch_uid="interaction-qa-del")
