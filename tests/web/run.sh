#!/usr/bin/env bash
# The browser tests (web/tests: Playwright driving Debian's chromium) against the real
# server: a fresh database in the throwaway cluster `make test` started, `nastavnik serve
# --demo` on a free port of 127.0.0.1, then `npm --prefix web test` with NASTAVNIK_URL.
# Fails (never skips) when chromium is missing, the server does not come up, or a test fails.
#   tests/web/run.sh BUILD/nastavnik
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${1:?usage: tests/web/run.sh path/to/nastavnik}
fail() { echo "web: FAILED: $*"; exit 1; }
[ -n "${NASTAVNIK_TEST_OWNER_URL:-}" ] && [ -n "${NASTAVNIK_TEST_ADMIN_URL:-}" ] \
  || fail "NASTAVNIK_TEST_OWNER_URL / NASTAVNIK_TEST_ADMIN_URL are not set: run through make test"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] || fail "chromium not found at $CHROMIUM (scripts/deps.sh installs Debian's chromium)"
command -v npm >/dev/null || fail "npm not found (scripts/deps.sh installs it)"
[ -d "$ROOT/web/node_modules" ] || fail "web/node_modules is missing: build first (make build runs npm ci)"

DB="web_$$_${RANDOM}"
psql -X -q -v ON_ERROR_STOP=1 "$NASTAVNIK_TEST_ADMIN_URL" -c "create database $DB owner nastavnik_owner" \
  || fail "cannot create the database $DB"
URL="${NASTAVNIK_TEST_OWNER_URL%/*}/$DB"
PORT=$("$ROOT/scripts/free_port.sh") || fail "no free port"
LOG=$(mktemp /tmp/nastavnik-web-XXXXXX.log)
PID=
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
  psql -X -q "$NASTAVNIK_TEST_ADMIN_URL" -c "drop database if exists $DB with (force)" >/dev/null 2>&1
  rm -f "$LOG"
}
trap cleanup EXIT

# Tests click far faster than people: the per-person rate limit is raised, not turned off.
RATE_LIMIT_PER_MINUTE=6000 LOG_LEVEL=warn DATABASE_URL="$URL" "$BIN" serve --demo --host 127.0.0.1 --port "$PORT" >"$LOG" 2>&1 &
PID=$!
for _ in $(seq 1 240); do
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
  kill -0 "$PID" 2>/dev/null || { cat "$LOG"; PID=; fail "the server exited before listening"; }
  sleep 0.5
done
(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || { cat "$LOG"; fail "the server did not listen on $PORT within 120 s"; }
echo "web: nastavnik serve --demo on http://127.0.0.1:$PORT (database $DB); running npm --prefix web test"

NASTAVNIK_URL="http://127.0.0.1:$PORT" CHROMIUM="$CHROMIUM" npm --prefix "$ROOT/web" test
rc=$?
if [ $rc -ne 0 ]; then
  echo "web: server log (last 30 lines):"; tail -n 30 "$LOG"
  fail "npm --prefix web test exited with $rc (screenshots in web/test-results/)"
fi
echo "web: browser tests passed (screenshots in web/test-results/)"
