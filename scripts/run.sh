#!/usr/bin/env bash
# make run: a database (project-local unless DATABASE_URL is given), migrations, the demo
# district, then the server in the foreground.
set -euo pipefail
BIN="${BUILD_DIR:-build}/nastavnik"
if [ -z "${DATABASE_URL:-}" ]; then
  eval "$(scripts/pg.sh start "$PGDIR" "$PGPORT" | grep '^DATABASE_URL=' | sed 's/^/export /')"
  echo "==> project-local PostgreSQL in $PGDIR on 127.0.0.1:$PGPORT (stop it with: make db-stop)"
fi
echo "==> database: $(printf '%s' "$DATABASE_URL" | sed -E 's#(://[^:/@]+):[^@]*@#\1:***@#')"
echo "==> serving on http://127.0.0.1:${PORT}: the web app at /, the API docs at /docs (Ctrl-C stops)"
export DATABASE_URL PORT
exec "$BIN" serve --demo
