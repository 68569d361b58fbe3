# Nastavnik — the two commands: `make run` and `make test`.
SHELL := /bin/bash
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)
PORT ?= 8080
PGPORT ?= 55432
# A project-local PostgreSQL: under /tmp when running as root (the postgres user must
# read every parent directory), in .local/ otherwise.
PGDIR ?= $(shell if [ "$$(id -u)" = 0 ]; then echo /tmp/nastavnik-pg-$$(printf '%s' "$(CURDIR)" | md5sum | cut -c1-8); else echo "$(CURDIR)/.local/pg"; fi)

.PHONY: all deps build run test test-asan fuzz fuzz-build bench chaos admin db-start db-stop clean

all: build

deps:
	@scripts/deps.sh

build: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) >/dev/null
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# Starts the project-local PostgreSQL (unless DATABASE_URL is set), migrates, loads the
# demo district and serves on 127.0.0.1:$(PORT). Ctrl-C stops the server.
run: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) >/dev/null
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target nastavnik
	@PORT=$(PORT) PGPORT=$(PGPORT) PGDIR=$(PGDIR) BUILD_DIR=$(BUILD_DIR) scripts/run.sh

# The same set-up with a throwaway PostgreSQL, then every test (with a short smoke of
# each fuzz target: ctest's fuzz_smoke).
test: build fuzz-build
	@BUILD_DIR=$(BUILD_DIR) scripts/test.sh

# Every test again, built with AddressSanitizer and UndefinedBehaviorSanitizer (-O1) in
# build-asan; the run-time options and suppressions are in scripts/sanitizers/.
ASAN_BUILD_DIR ?= build-asan
test-asan: deps
	@cmake -S . -B $(ASAN_BUILD_DIR) -DNASTAVNIK_SANITIZE=ON -DCMAKE_BUILD_TYPE=Asan -DCMAKE_CXX_FLAGS_ASAN="-O1 -g1" >/dev/null
	@cmake --build $(ASAN_BUILD_DIR) -j $(JOBS)
	@SANITIZE=1 BUILD_DIR=$(ASAN_BUILD_DIR) scripts/test.sh

# The libFuzzer targets (tests/fuzz/, clang, build-fuzz): each for FUZZ_SECONDS, or until
# FUZZ_RUNS executions; FUZZ_MODE=fast builds them at -O2 with UBSan only (build-fuzz-fast)
# for long runs; FUZZ_TARGETS="a b" runs only those (scripts/fuzz.sh).
FUZZ_SECONDS ?= 60
FUZZ_MODE ?= asan
fuzz-build: deps
	@JOBS=$(JOBS) scripts/fuzz.sh build
fuzz: deps
	@JOBS=$(JOBS) FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_RUNS=$(FUZZ_RUNS) FUZZ_MODE=$(FUZZ_MODE) \
	  FUZZ_TARGETS="$(FUZZ_TARGETS)" scripts/fuzz.sh run

# The first administrator, in the database `make run` uses: make admin LOGIN=… PASSWORD=…
admin: deps
	@test -n "$(LOGIN)" -a -n "$(PASSWORD)" || { echo "usage: make admin LOGIN=name PASSWORD=secret" >&2; exit 2; }
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) >/dev/null
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target nastavnik
	@if [ -z "$$DATABASE_URL" ]; then eval "$$(scripts/pg.sh start $(PGDIR) $(PGPORT) | grep '^DATABASE_URL=' | sed 's/^/export /')"; fi; \
	  ADMIN_PASSWORD='$(PASSWORD)' $(BUILD_DIR)/nastavnik create-admin --login '$(LOGIN)'

db-start: deps
	@scripts/pg.sh start $(PGDIR) $(PGPORT)
db-stop:
	@scripts/pg.sh stop $(PGDIR)

clean:
	rm -rf $(BUILD_DIR)

# The release server against the national-scale data set (bench/), wrk on loopback and
# pgbench on the same SQL; writes bench/RESULTS.md. BENCH_SCALE=0.1 for a tenth of the country.
bench: build
	@BUILD_DIR=$(BUILD_DIR) scripts/bench.sh

# Faults from outside, on loopback (scripts/chaos.py): kill -9 during writes, PostgreSQL
# restarted and stopped, SIGTERM, slowloris, two tenants; ~5 minutes; writes the Reliability
# section of bench/RESULTS.md and fails when a goal is missed. Never part of `make test`.
chaos: build
	@BUILD_DIR=$(BUILD_DIR) python3 scripts/chaos.py
