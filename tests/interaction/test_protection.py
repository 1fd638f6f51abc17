"""Protection every reader form shares: the client's address, rate limits, robots."""

import datetime
import threading
import time

import pytest
from django.contrib.sessions.middleware import SessionMiddleware
from django.db import connection, connections

from interaction.models import RateCounter
from portal.form_protection import GuardedForm, RateLimit, client_address

pytestmark = pytest.mark.django_db
NOW = datetime.datetime(2026, 11, 29, 9, 0, 30, tzinfo=datetime.UTC)


def with_session(request):
    SessionMiddleware(lambda r: None).process_request(request)
    return request


def test_client_address_ignores_headers_unless_a_proxy_is_trusted(rf, settings):
    request = rf.get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="1.2.3.4")
    settings.PORTAL_CLIENT_IP_HEADER = ""
    assert client_address(request) == "10.0.0.5"  # a reader cannot pick their address
    settings.PORTAL_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.PORTAL_TRUSTED_PROXIES = 1
    assert client_address(request) == "1.2.3.4"
    # A forged first hop: the trusted proxy appended the real address at the end.
    forged = rf.get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")
    assert client_address(forged) == "203.0.113.9"
    settings.PORTAL_TRUSTED_PROXIES = 2  # a CDN in front of the proxy
    assert client_address(forged) == "6.6.6.6"


def test_rate_limit_trips_after_the_limit_and_resets_with_the_window():
    limit = RateLimit("hoi-dap", limit=3, seconds=60)
    assert [limit.hit("ip:1.2.3.4", NOW) for _ in range(4)] == [True, True, True, False]
    assert limit.hit("ip:5.6.7.8", NOW)  # another reader is not counted with them
    assert limit.hit("ip:1.2.3.4", NOW + datetime.timedelta(seconds=60))  # a new minute


def test_finished_windows_are_deleted():
    limit = RateLimit("gop-y", limit=5, seconds=60)
    limit.hit("ip:1.2.3.4", NOW)
    limit.hit("ip:1.2.3.4", NOW + datetime.timedelta(days=2))
    assert RateCounter.objects.count() == 1


def test_request_is_limited_by_address_and_by_session(rf):
    limit = RateLimit("lien-he", limit=2, seconds=3600)
    one_browser = with_session(rf.post("/", REMOTE_ADDR="1.2.3.4"))
    assert limit.allows(one_browser, NOW) and limit.allows(one_browser, NOW)
    assert not limit.allows(one_browser, NOW)
    # A new browser session behind the same address is still held by the address count.
    assert not limit.allows(with_session(rf.post("/", REMOTE_ADDR="1.2.3.4")), NOW)


# Real commits from many connections; what migrations created is restored afterwards.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_counts_from_many_threads_all_arrive():
    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers: the PostgreSQL pass (SQLite serialises writers)")
    limit = RateLimit("song-song", limit=1000, seconds=3600)

    def hit_five():
        for _ in range(5):
            limit.hit("ip:198.51.100.1", NOW)
        connections.close_all()

    threads = [threading.Thread(target=hit_five) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert RateCounter.objects.get().count == 100


def later(monkeypatch, seconds):
    """The clock moved on by ``seconds`` since now."""
    start = time.time()
    monkeypatch.setattr(time, "time", lambda: start + seconds)


def test_a_person_who_takes_their_time_passes(monkeypatch):
    form = GuardedForm()
    later(monkeypatch, 10)
    assert not GuardedForm(data={"started": form.initial["started"], "website": ""}).is_robot


def test_robots_are_recognised(monkeypatch):
    form = GuardedForm()
    assert GuardedForm(data={"started": form.initial["started"], "website": ""}).is_robot  # at once
    later(monkeypatch, 10)
    assert GuardedForm(data={"started": form.initial["started"], "website": "x"}).is_robot
    assert GuardedForm(data={"started": "forged", "website": ""}).is_robot
    assert GuardedForm(data={"website": ""}).is_robot  # no start time at all


def test_a_limited_reader_gets_a_polite_vietnamese_429(rf, home):
    from portal.form_protection import too_many_requests

    response = too_many_requests(with_session(rf.post("/")), RateLimit("hoi-dap", 3, 600))
    response.render()
    html = response.content.decode()
    assert response.status_code == 429 and response["Retry-After"] == "600"
    assert "Xin vui lòng chờ một lát" in html and "khoảng 10 phút" in html
