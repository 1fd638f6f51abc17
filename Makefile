# The two commands: `make run` serves the demo site, `make test` checks everything.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# The address links in mails, feeds and canonical tags name: the served one (the loopback
# when listening on every interface; SITE_HOST=192.168.1.10 for others on the network).
SITE_HOST ?= $(if $(filter 0.0.0.0 :: [::],$(HOST)),127.0.0.1,$(HOST))
WAGTAILADMIN_BASE_URL ?= http://$(SITE_HOST):$(PORT)
RUN_ENV := WAGTAILADMIN_BASE_URL=$(WAGTAILADMIN_BASE_URL)
CATALOGUE := locale/vi/LC_MESSAGES/django
TEST_ENV := DJANGO_SETTINGS_MODULE=portal.settings.test
# Test processes in parallel: one per core (TEST_WORKERS=0 runs the suite in this process).
TEST_WORKERS ?= auto

.PHONY: run test install install-demo install-dev messages compilemessages browser clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

# The demo site's own needs (YAML content, generated PDFs), for `make run`.
$(VENV)/.demo: requirements.txt requirements-demo.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-demo.txt
	touch $@ $(VENV)/.runtime

$(VENV)/.dev: requirements.txt requirements-demo.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.demo $(VENV)/.runtime

install: $(VENV)/.runtime
install-demo: $(VENV)/.demo
install-dev: $(VENV)/.dev

# Our catalogue and the admin packages' (locale/wagtail); Django's own ships compiled.
ADMIN_CATALOGUES := locale/wagtail/vi/LC_MESSAGES/django locale/wagtail/vi/LC_MESSAGES/djangojs
CATALOGUES := $(CATALOGUE) $(ADMIN_CATALOGUES)

%.mo: %.po | $(VENV)/.runtime
	$(PY) manage.py compilemessages -l vi --ignore=$(VENV) --ignore=var --ignore=node_modules

compilemessages: $(addsuffix .mo,$(CATALOGUES))

run: install-demo compilemessages
	$(PY) manage.py migrate --noinput
	$(PY) manage.py setup_editorial
	$(PY) manage.py load_demo --once
	$(PY) manage.py demo_accounts
	$(PY) manage.py demo_address --host $(SITE_HOST) --port $(PORT)
	@# Scheduled publishing and the reading of uploaded files run beside the server and
	@# stop with it.
	$(RUN_ENV) $(PY) manage.py run_scheduler & scheduler=$$!; \
		$(RUN_ENV) $(PY) manage.py db_worker --backend background --no-reload & worker=$$!; \
		trap 'kill $$scheduler $$worker 2>/dev/null' EXIT INT TERM; \
		$(RUN_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

# Browser tests drive Debian's chromium; install it when missing and we may.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			apt-get install -y -q chromium >/dev/null || { apt-get update -q && apt-get install -y -q chromium; }; \
		else echo "chromium is missing: apt-get install chromium (browser tests will fail)"; fi; }

# axe-core and html-validate for the quality checks (tests/package-lock.json); without npm
# those checks are skipped (CI installs them and fails instead).
tests/node_modules/.package-lock.json: tests/package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --prefix tests --no-audit --no-fund; \
	else echo "npm is missing: html-validate and axe-core checks will be skipped"; fi

test: install-dev compilemessages browser tests/node_modules/.package-lock.json
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(TEST_ENV) $(VENV)/bin/mypy
	$(TEST_ENV) $(PY) manage.py makemigrations --check --dry-run
	$(TEST_ENV) $(PY) manage.py check --fail-level WARNING
	$(VENV)/bin/lint-imports
	$(VENV)/bin/pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

# Refresh the catalogues: ours from our sources, the admin's from the installed Wagtail and
# add-ons (after an upgrade it lists what is new); translations are then filled in by hand.
messages: install
	$(PY) manage.py makemessages -l vi --no-obsolete --ignore=$(VENV)/* --ignore=var/* --ignore=media/* --ignore=static_collected/* --ignore=node_modules/*
	$(PY) manage.py merge_admin_messages --list

clean:
	rm -rf $(VENV) static_collected
