"""Where a counted view goes: straight to the database, or through Redis when it is set up.

Without ``REDIS_URL`` every counted view is one short transaction (``visits.counting``).

With ``REDIS_URL`` (and ``VISITS_USE_REDIS`` not turned off) a view is two ``HINCRBY`` on one
Redis hash, the *pending* counts, and the database is written in batches by ``flush()``:
``manage.py flush_visits`` from a timer (every minute), and the footer's figures when their
short cache runs out (every few seconds, ``visits.queries.FIGURES_TIMEOUT``). A flush never loses or
doubles a count:

1. A Lua script renames the pending hash to a batch of its own and records the batch's name
   in a set, in one atomic step: views counted meanwhile start a new pending hash, and two
   flushes never take the same counts.
2. Each recorded batch (this one, and any left by a flush that failed) is written in one
   database transaction together with a ``FlushedBatch`` row, unique per batch. A batch
   whose row exists was written already and is not written again.
3. Only then is the batch deleted from Redis. A flush that fails before the commit leaves the
   batch in Redis for the next flush; one that fails after it leaves a batch the next flush
   recognises and only deletes.

Redis keeps the pending counts across restarts of the site; for Redis's own restarts give it
persistence (``appendonly yes``). When Redis cannot be reached, views are written to the
database directly.
"""

import datetime
import logging
import uuid
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import counting
from .models import FlushedBatch

logger = logging.getLogger(__name__)

KEEP_FLUSHED = datetime.timedelta(days=30)

# KEYS: pending hash, batch hash, set of batches; ARGV: batch name.
_TAKE_PENDING = """
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('RENAME', KEYS[1], KEYS[2])
  redis.call('SADD', KEYS[3], ARGV[1])
  return 1
end
return 0
"""


def uses_redis() -> bool:
    if not getattr(settings, "VISITS_USE_REDIS", True) or not settings.REDIS_URL:
        return False
    return "django_redis" in str(settings.CACHES["default"]["BACKEND"])


def _redis() -> Any:
    from django_redis import get_redis_connection

    return get_redis_connection("default")


def _key(name: str) -> str:
    prefix = settings.CACHES["default"].get("KEY_PREFIX", "")
    return f"{prefix}:visits:{name}"


def _site_field(site_id: int, day: datetime.date) -> str:
    return f"s:{site_id}:{day.isoformat()}"


def _page_field(page_id: int, day: datetime.date) -> str:
    return f"p:{page_id}:{day.isoformat()}"


def record(site_id: int, page_id: int | None, day: datetime.date) -> None:
    """Count one view: in Redis when set up (and answering), else in the database."""
    if uses_redis():
        try:
            pipe = _redis().pipeline(transaction=True)
            pipe.hincrby(_key("pending"), _site_field(site_id, day), 1)
            if page_id is not None:
                pipe.hincrby(_key("pending"), _page_field(page_id, day), 1)
            pipe.execute()
            return
        except Exception:  # Redis down: the database still counts
            logger.warning("Redis did not take a visit; counted in the database", exc_info=True)
    counting.count_view(site_id, page_id, day)


def _parse(fields: dict[bytes, bytes]) -> tuple[dict, dict]:
    site_days: dict[tuple[int, datetime.date], int] = {}
    page_days: dict[tuple[int, datetime.date], int] = {}
    for raw_field, raw_amount in fields.items():
        kind, ident, day = raw_field.decode().split(":")
        target = site_days if kind == "s" else page_days
        key = (int(ident), datetime.date.fromisoformat(day))
        target[key] = target.get(key, 0) + int(raw_amount)
    return site_days, page_days


def _write_batch(client: Any, name: str) -> int:
    """Write one batch to the database once; returns the views written (0 if done before)."""
    batch_key = _key(f"batch:{name}")
    site_days, page_days = _parse(client.hgetall(batch_key))
    written = 0
    try:
        with transaction.atomic():
            FlushedBatch.objects.create(batch=name)
            counting.add_counts(site_days, page_days)
            written = sum(site_days.values())
    except IntegrityError:
        if not FlushedBatch.objects.filter(batch=name).exists():
            raise  # not a batch written before: a real failure, keep it in Redis
    client.delete(batch_key)
    client.srem(_key("batches"), name)
    return written


def flush() -> int:
    """Move Redis's pending counts into the database; returns the visits written."""
    if not uses_redis():
        return 0
    client = _redis()
    name = uuid.uuid4().hex
    client.eval(_TAKE_PENDING, 3, _key("pending"), _key(f"batch:{name}"), _key("batches"), name)
    written = 0
    for raw in client.smembers(_key("batches")):
        written += _write_batch(client, raw.decode())
    FlushedBatch.objects.filter(flushed_at__lt=timezone.now() - KEEP_FLUSHED).delete()
    return written


def flush_quietly() -> None:
    """Flush for readers' figures (when their short cache runs out, every few seconds); a
    failure is logged and the counts wait in Redis for the next flush."""
    if not uses_redis():
        return
    try:
        flush()
    except Exception:
        logger.exception("Flushing visit counts failed; they stay in Redis")
