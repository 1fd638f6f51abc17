"""Many readers at once: every message arrives, each with its own lookup code."""

import threading

import pytest
from django.db import connection, connections
from django.test import Client

from interaction.models import ReaderMessage, Topic
from tests.interaction.conftest import QUESTION, filled


# Real commits from many connections; what migrations created is restored afterwards.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_100_questions_from_20_threads_all_arrive(settings):
    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers: the PostgreSQL pass (SQLite serialises writers)")
    from interaction.models import QuestionIndexPage
    from tests.factories import home_page

    settings.INTERACTION_RATE_LIMITS = {"question": (1000, 3600, 1000)}
    qa_page = QuestionIndexPage(title="Hỏi – Đáp", slug="hoi-dap")
    home_page().add_child(instance=qa_page)
    topic = Topic.objects.create(name="Công tác đảng viên")
    url = qa_page.ask_url()
    failures = []

    def five_readers(thread):
        try:
            for number in range(5):
                client = Client(REMOTE_ADDR=f"198.51.100.{thread}")
                data = {**QUESTION, "topic": topic.pk, "text": f"Câu hỏi {thread}-{number} nhé"}
                response = client.post(url, filled(data))
                if response.status_code != 302:
                    failures.append(response.status_code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=five_readers, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    texts = set(ReaderMessage.objects.values_list("text", flat=True))
    assert texts == {f"Câu hỏi {t}-{n} nhé" for t in range(20) for n in range(5)}
    assert ReaderMessage.objects.values("code").distinct().count() == 100
