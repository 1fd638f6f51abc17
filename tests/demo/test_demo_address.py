"""The demo's links name the address `make run` serves on: the default Site's hostname and
port, and WAGTAILADMIN_BASE_URL for the links in mails."""

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import Site

ROOT = Path(__file__).resolve().parents[2]


def _address(*args):
    out = io.StringIO()
    call_command("demo_address", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_the_default_site_follows_the_served_address(home):
    assert "http://127.0.0.1:8080" in _address("--host", "127.0.0.1", "--port", "8080")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8080)
    assert home.get_full_url() == "http://127.0.0.1:8080/", "canonical links use the address"


@pytest.mark.django_db
def test_running_again_is_harmless_and_follows_a_new_port(home, django_assert_num_queries):
    _address("--host", "localhost", "--port", "8000")
    with django_assert_num_queries(1):  # read, nothing to write
        _address("--host", "localhost", "--port", "8000")
    _address("--host", "localhost", "--port", "9000")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("localhost", 9000)
    assert Site.objects.count() == 1


@pytest.mark.django_db
def test_listening_everywhere_links_to_the_loopback(home):
    _address("--host", "0.0.0.0", "--port", "8000")
    assert Site.objects.get(is_default_site=True).hostname == "127.0.0.1"


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_passes_its_address_on():
    result = subprocess.run(
        ["make", "-n", "run", "HOST=0.0.0.0", "PORT=8081"],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k != "WAGTAILADMIN_BASE_URL"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = result.stdout.splitlines()
    assert any("demo_address --host 127.0.0.1 --port 8081" in line for line in lines), lines
    served = [line for line in lines if "runserver" in line or "run_scheduler" in line]
    assert served and all("WAGTAILADMIN_BASE_URL=http://127.0.0.1:8081" in s for s in served)


def test_dev_settings_read_the_address_from_the_environment():
    code = "from portal.settings import dev; print(dev.WAGTAILADMIN_BASE_URL, dev.ALLOWED_HOSTS)"
    environment = {**os.environ, "SECRET_KEY": "x" * 50}
    environment.update(WAGTAILADMIN_BASE_URL="http://192.168.1.10:8080")
    environment.pop("ALLOWED_HOSTS", None)
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("http://192.168.1.10:8080 ")
    assert "'192.168.1.10'" in result.stdout, "the served host is let in"
