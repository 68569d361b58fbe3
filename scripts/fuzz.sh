#!/usr/bin/env bash
# The libFuzzer targets of tests/fuzz/ (clang; the main build stays g++).
#   scripts/fuzz.sh build          build them into $FUZZ_BUILD_DIR (default build-fuzz)
#   scripts/fuzz.sh smoke          each target over its committed corpus, then $SMOKE_SECONDS
#                                  (default 8) of new inputs; fails if any target crashes
#                                  (ctest's fuzz_smoke, so `make test` runs it)
#   scripts/fuzz.sh run [SECONDS]  each target for SECONDS (default 60), its corpus kept in
#                                  $FUZZ_BUILD_DIR/corpus/<target>; a table of executions at the end
# Settings (make fuzz passes them on):
#   FUZZ_MODE=asan|fast  asan (default): ASan + UBSan at -O1, in build-fuzz; fast: UBSan only
#                        at -O2, in build-fuzz-fast — several times the executions a second,
#                        for long runs (a crash it finds is replayed in build-fuzz too)
#   FUZZ_RUNS=N          run: each target until N executions instead of for SECONDS
#   FUZZ_TARGETS="a b"   run: only these targets (default: every tests/fuzz/*_fuzzer.cpp)
# A crash leaves its input in $FUZZ_BUILD_DIR/crashes/; reproduce with
#   $FUZZ_BUILD_DIR/<target> <file>
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
FUZZ_MODE=${FUZZ_MODE:-asan}
case "$FUZZ_MODE" in
  asan) FUZZ_BUILD_DIR=${FUZZ_BUILD_DIR:-$ROOT/build-fuzz} ;;
  fast) FUZZ_BUILD_DIR=${FUZZ_BUILD_DIR:-$ROOT/build-fuzz-fast} ;;
  *) echo "FUZZ_MODE must be asan or fast" >&2; exit 2 ;;
esac
JOBS=${JOBS:-2}
mode=${1:-run}

build() {
  if [ ! -f "$FUZZ_BUILD_DIR/CMakeCache.txt" ]; then
    CXX=${FUZZ_CXX:-clang++} cmake -S tests/fuzz -B "$FUZZ_BUILD_DIR" -DNASTAVNIK_FUZZ_MODE="$FUZZ_MODE" >/dev/null
  fi
  cmake --build "$FUZZ_BUILD_DIR" -j "$JOBS"
}

targets() {
  if [ -n "${FUZZ_TARGETS:-}" ]; then echo "$FUZZ_TARGETS"; return; fi
  for f in tests/fuzz/*_fuzzer.cpp; do basename "$f" .cpp; done
}

# What a target needs beyond the common flags.
target_flags() {
  case "$1" in
    # Its seed documents are real roadmaps of up to 21 KB, and libFuzzer would mutate inputs
    # that long; 4 KB holds a title, a table's head and several rows of items.
    import_fuzzer) echo "-max_len=4096" ;;
  esac
}

# run_target NAME LIMIT OUT_CORPUS, LIMIT being -max_total_time=S or -runs=N; libFuzzer's
# output goes to $FUZZ_BUILD_DIR/logs/NAME.log
run_target() {
  local name=$1 limit=$2 out=$3 started=$SECONDS
  mkdir -p "$out" "$FUZZ_BUILD_DIR/crashes" "$FUZZ_BUILD_DIR/logs"
  # -rss_limit_mb/-timeout: a parser that eats memory or time is a finding too.
  # -print_final_stats prints the number of executions.
  # shellcheck disable=SC2046
  if ! "$FUZZ_BUILD_DIR/$name" "$limit" $(target_flags "$name") -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix="$FUZZ_BUILD_DIR/crashes/$name-" "$out" "tests/fuzz/corpus/$name" \
       >"$FUZZ_BUILD_DIR/logs/$name.log" 2>&1; then
    echo "FAIL $name (log: $FUZZ_BUILD_DIR/logs/$name.log)"
    grep -E "ERROR|invariant|SUMMARY|Test unit written" "$FUZZ_BUILD_DIR/logs/$name.log" | head -20 || true
    return 1
  fi
  local runs speed
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$FUZZ_BUILD_DIR/logs/$name.log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$FUZZ_BUILD_DIR/logs/$name.log" | tail -1)
  printf '%-22s %10s executions %8s exec/s  %6s s\n' "$name" "${runs:-?}" "${speed:-?}" "$((SECONDS - started))"
}

case "$mode" in
  build) build ;;
  smoke)
    build >/dev/null
    failed=0
    scratch=$(mktemp -d /tmp/nastavnik-fuzz-XXXXXX)
    trap 'rm -rf "$scratch"' EXIT
    for t in $(FUZZ_TARGETS='' targets); do run_target "$t" -max_total_time="${SMOKE_SECONDS:-8}" "$scratch/$t" || failed=1; done
    exit $failed ;;
  run)
    build
    if [ -n "${FUZZ_RUNS:-}" ]; then
      limit=-runs=$FUZZ_RUNS what="until $FUZZ_RUNS executions"
    else
      seconds=${2:-${FUZZ_SECONDS:-60}}
      limit=-max_total_time=$seconds what="for $seconds s"
    fi
    failed=0
    echo "==> each target $what, $FUZZ_MODE build ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores)"
    for t in $(targets); do run_target "$t" "$limit" "$FUZZ_BUILD_DIR/corpus/$t" || failed=1; done
    exit $failed ;;
  *) echo "usage: scripts/fuzz.sh build|smoke|run [SECONDS]" >&2; exit 2 ;;
esac
