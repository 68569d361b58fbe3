#!/usr/bin/env bash
# The pinned contract tools (redocly, Prism) in tests/contract/node_modules: `npm ci` from
# package-lock.json, only when node_modules does not already match the lockfile (a stamp
# holds the lockfile's hash), so a second `make test` installs nothing. Concurrent callers
# wait for one another (flock on the lockfile).
set -euo pipefail
DIR=$(cd "$(dirname "$0")" && pwd)
cd "$DIR"
for tool in node npm; do
  command -v "$tool" >/dev/null || {
    echo "tests/contract: '$tool' is not on PATH; scripts/deps.sh (make deps) installs Debian's nodejs and npm" >&2
    exit 1
  }
done
want=$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)
stamp=node_modules/.nastavnik-lock-sha256
exec 9<package-lock.json
flock 9
[ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && exit 0
echo "==> npm ci in tests/contract (redocly and Prism, versions pinned in package-lock.json)"
# No install scripts: neither tool needs one (core-js's only prints a message).
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
echo "$want" >"$stamp"
