"""Settings: production passes `check --deploy`, requires its secrets; dev keeps its key."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _manage(*args, **env):
    # A production-like environment: nothing the test session itself set.
    unset = {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE", "DEBUG"}
    environment = {k: v for k, v in os.environ.items() if k not in unset}
    environment.update(env)
    environment["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_has_no_warnings(tmp_path):
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="k" * 10 + "Zq8#v2Lm!pR7sT1wX4yB6nC9dF3gH5jK0aE-uI_oP",
        ALLOWED_HOSTS="dangbo.example.vn",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key():
    result = _manage("check", ALLOWED_HOSTS="dangbo.example.vn")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_dev_secret_key_is_generated_once_under_var(tmp_path):
    script = "from django.conf import settings; print(settings.SECRET_KEY)"
    environment = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    environment.update(DJANGO_SETTINGS_MODULE="portal.settings.dev", VAR_DIR=str(tmp_path))

    def key():
        return subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()

    first = key()
    assert len(first) >= 50
    assert (tmp_path / "secret_key").read_text().strip() == first
    assert oct((tmp_path / "secret_key").stat().st_mode)[-3:] == "600"
    assert key() == first


def test_make_run_shows_the_sites_own_error_pages(tmp_path):
    """The dev settings (`make run`) leave DEBUG off unless asked, so readers get the
    Vietnamese 404 and 500 pages, and print errors in the console."""
    script = (
        "from django.conf import settings; "
        "print(settings.DEBUG, settings.LOGGING['root']['handlers'])"
    )
    environment = {k: v for k, v in os.environ.items() if k != "DEBUG"}
    environment.update(DJANGO_SETTINGS_MODULE="portal.settings.dev", VAR_DIR=str(tmp_path))

    def shown(**env):
        return subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env={**environment, **env},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()

    assert shown() == "False ['console']"
    assert shown(DEBUG="1").startswith("True")


def test_production_workers_keep_their_database_connection_with_sqlite_too(tmp_path):
    script = (
        "from django.conf import settings; print(settings.DATABASES['default']['CONN_MAX_AGE'])"
    )
    result = _manage(
        "shell",
        "-c",
        script,
        SECRET_KEY="k" * 50,
        ALLOWED_HOSTS="dangbo.example.vn",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    assert result.stdout.strip().splitlines()[-1] == "60", result.stdout + result.stderr
