"""Adding to the counters in the database, exactly under concurrency.

Every increment is one ``UPDATE ... SET n = n + k``; when the day's row does not exist yet,
an ``INSERT`` guarded by the unique constraint creates it, inside a savepoint, and a
concurrent insert that won the race makes us retry the update. Nothing is read and written
back, so two beacons at the same moment (or two flushes) never lose or double a count.
"""

import datetime
from collections.abc import Mapping
from typing import Any, cast

from django.db import IntegrityError, connection, transaction
from django.db.models import Field, Model

from .models import DailyVisits, PageViews

# Attempts of update-then-insert; the second update always finds the row another insert made.
_ATTEMPTS = 3


def _update(model: type[Model], field: str, amount: int, key: dict[str, object]) -> int:
    """``UPDATE table SET field = field + amount WHERE key``, written out: the beacon's hot
    path, where building the ORM's query cost more than running it."""
    meta = model._meta

    def column(name: str) -> str:
        return cast(Field, meta.get_field(name)).column

    where = " AND ".join(f"{column(name)} = %s" for name in key)
    target = column(field)
    sql = f"UPDATE {meta.db_table} SET {target} = {target} + %s WHERE {where}"  # noqa: S608
    params: list[Any] = [amount, *key.values()]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


def _increment(model: type[Model], field: str, amount: int, **key: object) -> None:
    for _attempt in range(_ATTEMPTS):
        if _update(model, field, amount, key):
            return
        try:
            with transaction.atomic():
                model._default_manager.create(**key, **{field: amount})
            return
        except IntegrityError:
            continue  # another request created the row between our update and insert
    raise RuntimeError(f"could not count {model.__name__} {key}")


def add_visits(site_id: int, day: datetime.date, amount: int = 1) -> None:
    _increment(DailyVisits, "visits", amount, site_id=site_id, day=day)


def add_page_views(page_id: int, day: datetime.date, amount: int = 1) -> None:
    _increment(PageViews, "views", amount, page_id=page_id, day=day)


def count_view(site_id: int, page_id: int | None, day: datetime.date) -> None:
    """One counted view: a visit to the site and, for a page, a view of the page."""
    with transaction.atomic():
        add_visits(site_id, day)
        if page_id is not None:
            add_page_views(page_id, day)


def add_counts(
    site_days: Mapping[tuple[int, datetime.date], int],
    page_days: Mapping[tuple[int, datetime.date], int],
) -> None:
    """Many increments at once (a Redis flush); the caller holds the transaction."""
    for (site_id, day), amount in site_days.items():
        if amount:
            add_visits(site_id, day, amount)
    for (page_id, day), amount in page_days.items():
        if amount:
            add_page_views(page_id, day, amount)
