#!/usr/bin/env bash
# redocly lint of openapi.yaml (the rules in tests/contract/redocly.yaml): fails on any
# error, prints warnings. No telemetry, no update check: nothing leaves the machine.
set -euo pipefail
DIR=$(cd "$(dirname "$0")" && pwd)
"$DIR"/install.sh
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
exec node "$DIR"/node_modules/@redocly/cli/bin/cli.js lint --config "$DIR"/redocly.yaml --format stylish \
  "$DIR"/../../openapi.yaml
