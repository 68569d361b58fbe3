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

cd "$BUILD_DIR"
ctest --output-on-failure --timeout 1200 "$@"
