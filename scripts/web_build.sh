#!/usr/bin/env bash
# Builds the web app into web/dist (CMake runs this when a file of the app changes):
# `npm ci` only when web/package-lock.json changed since the last install for this build
# directory (its checksum is kept in STAMP_DIR) or node_modules is missing, then `npm run build`.
#   scripts/web_build.sh WEB_DIR STAMP_DIR
set -euo pipefail
WEB=${1:?usage: web_build.sh WEB_DIR STAMP_DIR}
STAMP_DIR=${2:?STAMP_DIR}
command -v npm >/dev/null || { echo "error: npm not found: run scripts/deps.sh (make build does)" >&2; exit 1; }
mkdir -p "$STAMP_DIR"
sum=$(sha256sum "$WEB/package-lock.json" | cut -d' ' -f1)
if [ ! -d "$WEB/node_modules" ] || [ "$(cat "$STAMP_DIR/npm-ci.sha256" 2>/dev/null || true)" != "$sum" ]; then
  echo "==> npm ci (web/package-lock.json changed)"
  (cd "$WEB" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$sum" > "$STAMP_DIR/npm-ci.sha256"
fi
(cd "$WEB" && npm run --silent build)
test -s "$WEB/dist/index.html" || { echo "error: npm run build wrote no web/dist/index.html" >&2; exit 1; }
touch "$STAMP_DIR/build.stamp"
