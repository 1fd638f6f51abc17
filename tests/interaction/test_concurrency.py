"""Many readers at once: every message arrives, each with its own lookup code; one form
sent several times at once arrives once."""

import threading

import pytest
from django.core import mail
from django.db import connection, connections
from django.test import Client

from interaction.models import InteractionSettings, ReaderMessage, Topic
from tests.interaction.factories import QUESTION, filled

# Real commits from many connections; what migrations created is restored afterwards.
concurrent = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def ask_url(settings):
    """The question form's address, with limits far away and the board's address set."""
    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers: the PostgreSQL pass (SQLite serialises writers)")
    from interaction.models import QuestionIndexPage
    from tests.home.factories import home_page

    settings.INTERACTION_RATE_LIMITS = {"question": (1000, 3600, 1000)}
    InteractionSettings.objects.create(notify_emails="banbientap@example.vn")
    qa_page = QuestionIndexPage(title="Hỏi – Đáp", slug="hoi-dap")
    home_page().add_child(instance=qa_page)
    return qa_page.ask_url()


@concurrent
def test_100_questions_from_20_threads_all_arrive(ask_url):
    topic = Topic.objects.create(name="Công tác đảng viên")
    url = ask_url
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


@concurrent
def test_one_form_sent_four_times_at_once_is_stored_and_mailed_once(ask_url):
    """A double (or quadruple) click: the posts race; one message, one mail, one receipt."""
    data = filled({**QUESTION, "topic": Topic.objects.create(name="Đảng viên").pk})
    clicks = 4
    at_once = threading.Barrier(clicks)
    receipts, failures = [], []

    def click():
        try:
            reader = Client(REMOTE_ADDR="203.0.113.10")
            at_once.wait()
            response = reader.post(ask_url, data)
            if response.status_code != 302:
                failures.append(response.status_code)
            receipts.append(reader.get(response["Location"]).content.decode())
        except Exception as error:  # reported by the assertion below
            failures.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=click) for _ in range(clicks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    message = ReaderMessage.objects.get()
    assert len(receipts) == clicks and all(message.code in receipt for receipt in receipts)
    assert len(mail.outbox) == 1
