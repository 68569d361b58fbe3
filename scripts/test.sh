#!/usr/bin/env bash
# make test: a throwaway PostgreSQL on a free port, every test, then the cluster is gone.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-build}
PGDIR=$(mktemp -d /tmp/nastavnik-test-XXXXXX)
chmod 755 "$PGDIR"
PGPORT=$(scripts/free_port.sh)
cleanup() { "$ROOT"/scripts/pg.sh stop "$PGDIR"; rm -rf "$PGDIR"; }
trap cleanup EXIT
echo "==> throwaway PostgreSQL on 127.0.0.1:$PGPORT"
out=$(scripts/pg.sh start "$PGDIR" "$PGPORT" --throwaway)
export NASTAVNIK_TEST_OWNER_URL=$(printf '%s\n' "$out" | sed -n 's/^DATABASE_URL=//p')
export NASTAVNIK_TEST_ADMIN_URL=$(printf '%s\n' "$out" | sed -n 's/^PG_ADMIN_URL=//p')

# make test-asan: the run-time options of AddressSanitizer, LeakSanitizer and UBSan for the
# test binaries and every server they start (scripts/sanitizers/ says why each suppression is there).
if [ "${SANITIZE:-0}" = 1 ]; then
  export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:strict_init_order=1:check_initialization_order=1"
  export LSAN_OPTIONS="suppressions=$ROOT/scripts/sanitizers/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$ROOT/scripts/sanitizers/ubsan.supp"
fi

cd "$BUILD_DIR"
ctest --output-on-failure --timeout 1200 "$@"
