#!/usr/bin/env bash
# Lighthouse 12 (bench/package-lock.json) on the demo site served as in production.
#
#     bench/lighthouse.sh [--rebuild]
#
# Builds a demo database of its own (var/bench/lighthouse.sqlite3: migrate, setup_editorial,
# load_demo, the background worker's reading of the files; reused when present, --rebuild makes
# it again) with its own media folder, collects
# static files, serves the site with gunicorn and portal.settings.production, pictures served as
# a front web server would (bench/lighthouse_wsgi.py), warms every page once so renditions
# exist, then measures home, a section, an article, the document library, a document and the
# search page, mobile and desktop, with Debian's chromium. A run whose trace failed (runtime
# error, a category without score) is retried up to 3 times. Reports: var/bench/lighthouse/;
# the Markdown table is printed at the end. Exit status 1 when a score is under 95.
#
# Production settings over plain http on 127.0.0.1: SECURE_SSL_REDIRECT=0 is the documented
# override (README, Configuration); HSTS headers are sent but browsers ignore them over http.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
BENCH=var/bench
OUT=$BENCH/lighthouse
PORT=${LIGHTHOUSE_PORT:-8765}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
BASE="http://127.0.0.1:$PORT"
mkdir -p "$OUT"

[ -x "$CHROMIUM" ] || { echo "chromium is missing ($CHROMIUM): apt-get install chromium" >&2; exit 2; }
if [ ! -x bench/node_modules/.bin/lighthouse ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  npm ci --prefix bench --no-audit --no-fund
fi

export DJANGO_SETTINGS_MODULE=portal.settings.production
export SECRET_KEY="$($PY -c 'import secrets; print(secrets.token_urlsafe(50))')"
export ALLOWED_HOSTS=127.0.0.1,localhost
export SECURE_SSL_REDIRECT=0
export DATABASE_URL="sqlite:///$PWD/$BENCH/lighthouse.sqlite3"
export MEDIA_ROOT="$PWD/$BENCH/media"
export STATIC_ROOT="$PWD/$BENCH/static"
export VAR_DIR="$PWD/$BENCH"  # the file cache: var/bench/cache
export LOG_LEVEL=WARNING
unset REDIS_URL

if [ "${1:-}" = "--rebuild" ]; then
  rm -rf "$BENCH/lighthouse.sqlite3"* "$BENCH/lighthouse.built" "$MEDIA_ROOT"
fi
rm -rf "$BENCH/cache"  # nothing cached from another database
$PY manage.py compilemessages -l vi --ignore=.venv --ignore=var --ignore=node_modules >/dev/null
$PY manage.py migrate --noinput >/dev/null
if [ ! -s "$BENCH/lighthouse.built" ] || [ ! -f "$BENCH/lighthouse.sqlite3" ]; then
  echo "== Building the demo database"
  # The demo app is installed by the development settings only (never in production).
  DEMO_SETTINGS=portal.settings.dev
  DJANGO_SETTINGS_MODULE=$DEMO_SETTINGS $PY manage.py setup_editorial >/dev/null
  DJANGO_SETTINGS_MODULE=$DEMO_SETTINGS $PY manage.py load_demo --once
  # What the worker beside the server does: the files' text (shown on the document's page)
  # and their first pages.
  DJANGO_SETTINGS_MODULE=$DEMO_SETTINGS $PY manage.py db_worker --backend background --batch \
    --no-startup-delay >/dev/null
  date -u +%FT%TZ >"$BENCH/lighthouse.built"
fi
$PY manage.py collectstatic --noinput --clear >/dev/null

PAGES="$($PY bench/lighthouse_report.py pages)"
export PAGES
echo "== Pages"
echo "$PAGES"

server=""
start_server() {
  if $PY -c "import socket, sys; s = socket.socket(); sys.exit(s.connect_ex(('127.0.0.1', $PORT)) != 0)"; then
    echo "port $PORT is taken: LIGHTHOUSE_PORT=... bench/lighthouse.sh" >&2
    exit 2
  fi
  .venv/bin/gunicorn lighthouse_wsgi:application --pythonpath bench --bind "127.0.0.1:$PORT" \
    --workers 3 --log-level warning --error-logfile "$OUT/gunicorn.log" &
  server=$!
  for _ in $(seq 60); do
    curl -fsS -o /dev/null "$BASE/healthz" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "gunicorn did not answer; see $OUT/gunicorn.log" >&2
  exit 2
}
stop_server() {
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    server=""
  fi
}
trap stop_server EXIT

# Warm-up: every page once, so its renditions exist; then a fresh server that serves them.
start_server
while IFS=$'\t' read -r name path; do
  status=$(curl -sS -o /dev/null -w '%{http_code}' "$BASE$path")
  [ "$status" = 200 ] || { echo "$name ($path) answered $status" >&2; exit 1; }
done <<<"$PAGES"
stop_server
start_server

rm -f "$OUT"/*.json
while IFS=$'\t' read -r name path; do
  for form in mobile desktop; do
    report="$OUT/$name-$form.json"
    preset=()
    [ "$form" = desktop ] && preset=(--preset=desktop)
    for attempt in 1 2 3; do
      echo "== $name ($form), run $attempt: $BASE$path"
      bench/node_modules/.bin/lighthouse "$BASE$path" "${preset[@]}" --quiet \
        --chrome-path="$CHROMIUM" --chrome-flags="--headless=new --no-sandbox" \
        --only-categories=performance,accessibility,best-practices,seo \
        --output=json --output-path="$report" || true
      $PY bench/lighthouse_report.py check "$report" && break
    done
  done
done <<<"$PAGES"
stop_server

echo
$PY bench/lighthouse_report.py table "$OUT" | tee "$OUT/summary.md"
exit "${PIPESTATUS[0]}"
