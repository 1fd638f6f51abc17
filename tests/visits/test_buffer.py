"""Counting through Redis: flushes lose nothing and count nothing twice (run with REDIS_URL)."""

import datetime
import threading

import pytest
from django.db import connection
from wagtail.models import Site

from visits import buffer, counting
from visits.models import DailyVisits, FlushedBatch, PageViews

pytestmark = pytest.mark.skipif(not buffer.uses_redis(), reason="counts in Redis need REDIS_URL")

DAY = datetime.date(2026, 12, 8)


def record(site, page, times):
    for _ in range(times):
        buffer.record(site.pk, page.pk, DAY)


def failing(error):
    """A stand-in that fails as a lost database or Redis would."""

    def fail(*args, **kwargs):
        raise error

    return fail


def visits():
    return sum(DailyVisits.objects.values_list("visits", flat=True))


@pytest.fixture
def site(home):
    return Site.objects.get(is_default_site=True)


@pytest.mark.django_db
def test_counts_wait_in_redis_until_flushed(site, home):
    record(site, home, 3)
    assert visits() == 0
    assert buffer.flush() == 3
    assert visits() == 3
    assert PageViews.objects.get(page=home, day=DAY).views == 3
    assert buffer.flush() == 0
    assert visits() == 3


@pytest.mark.django_db
def test_a_failed_flush_leaves_the_counts_in_redis(site, home, monkeypatch):
    record(site, home, 5)
    monkeypatch.setattr(counting, "add_counts", failing(RuntimeError("database gone")))
    with pytest.raises(RuntimeError):
        buffer.flush()
    monkeypatch.undo()
    assert visits() == 0
    buffer.record(site.pk, home.pk, DAY)
    assert buffer.flush() == 6
    assert visits() == 6


@pytest.mark.django_db
def test_a_batch_written_but_not_deleted_is_not_counted_again(site, home, monkeypatch):
    record(site, home, 4)
    client = buffer._redis()
    lost = failing(ConnectionError("Redis went away after the commit"))
    monkeypatch.setattr(type(client), "delete", lost)
    with pytest.raises(ConnectionError):
        buffer.flush()
    monkeypatch.undo()
    assert visits() == 4 and FlushedBatch.objects.count() == 1
    assert buffer.flush() == 0  # recognised, only deleted
    assert visits() == 4
    assert not client.smembers(buffer._key("batches"))


# Serialized rollback: the site and home page that migrations made come back afterwards.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_counting_and_flushing_is_exact(site, home):
    if connection.vendor == "sqlite":
        pytest.skip("threads writing at once need a server database")
    errors = []

    def count():
        record(site, home, 250)

    def flush():
        try:
            for _ in range(10):
                buffer.flush()
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=count) for _ in range(4)]
    threads += [threading.Thread(target=flush) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    buffer.flush()
    assert errors == []
    assert visits() == 1000
    assert PageViews.objects.get(page=home, day=DAY).views == 1000
