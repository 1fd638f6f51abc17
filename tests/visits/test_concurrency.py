"""1,000 beacons from 20 concurrent clients over real HTTP raise the counters exactly.

A gunicorn process serves the test database (``tests/visits/server.py``): a file copy on
SQLite, the database itself on PostgreSQL (the CI's second pass), through Redis when the
tests have it. The day starts with no row, as the first visits after midnight do: 20 clients
creating it at once must leave exactly one row and no error.
"""

import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from visits import buffer, days

from .factories import reader_agent
from .server import running_server, server_counts

CLIENTS = 20
READERS = 400  # each sends its beacon twice: the second is a reload inside the window
BOTS = 100
FORGED = 100


def post(base: str, page_id: object, agent: str) -> int:
    data = urllib.parse.urlencode({"p": page_id}).encode()
    request = urllib.request.Request(
        f"{base}/luot-truy-cap/", data=data, headers={"User-Agent": agent}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


# Serialized rollback: the site and home page that migrations made come back afterwards.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_1000_concurrent_beacons_count_exactly(tmp_path, home, article):
    workers = 3 if buffer.uses_redis() else 1  # without Redis the cache is per process
    beacons = []
    for number in range(READERS):
        page = article.pk if number % 2 else home.pk
        beacons += [(page, reader_agent(number)), (page, reader_agent(number))]
    beacons += [
        (article.pk, f"Googlebot/2.1 (+http://www.google.com/bot.html) {n}") for n in range(BOTS)
    ]
    beacons += [(900_000 + n, reader_agent(10_000 + n)) for n in range(FORGED)]
    assert len(beacons) == 1000

    with running_server(tmp_path, workers=workers) as (base, url):
        with ThreadPoolExecutor(CLIENTS) as pool:
            statuses = list(pool.map(lambda beacon: post(base, *beacon), beacons))
        if buffer.uses_redis():
            buffer.flush()
        counts = server_counts(url)

    assert statuses == [200] * 1000
    today = days.today()
    assert counts == {
        f"day:{today}": READERS,
        f"page:{article.pk}": READERS // 2,
        f"page:{home.pk}": READERS // 2,
    }
