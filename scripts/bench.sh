#!/usr/bin/env bash
# make bench: the release server against the national-scale data set, measured with wrk on
# loopback, and the database alone on the same SQL with pgbench, in the same run.
# Writes bench/RESULTS.md.  Not part of `make test`; nothing here asserts a time.
#
#   BENCH_SCALE=1          the data set (1 = national; 0.1 = a tenth of the country)
#   BENCH_SMALL_SCALE=0.1  the second data set for "how each grows" (empty: skip)
#   BENCH_DURATION=10      seconds per wrk/pgbench run
#   BENCH_PGDIR, BENCH_PGPORT  the benchmark's own PostgreSQL (not the one `make run` uses)
#   BENCH_THREADS, BENCH_POOL  the server's HTTP threads and database connections
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN=${BUILD_DIR:-build}/nastavnik
SCALE=${BENCH_SCALE:-1}
SMALL=${BENCH_SMALL_SCALE-0.1}
DUR=${BENCH_DURATION:-10}
PGDIR=${BENCH_PGDIR:-/tmp/nastavnik-bench-pg}
PGPORT=${BENCH_PGPORT:-55499}
THREADS=${BENCH_THREADS:-8}
POOL=${BENCH_POOL:-10}
WORK=$(mktemp -d /tmp/nastavnik-bench.XXXXXX)
chmod 755 "$WORK"
OUT=$WORK/results.tsv   # section \t name \t key \t value
: > "$OUT"
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
  # the data stays in $PGDIR for the next run; the server stops (restart takes ~2 s)
  [ -n "${KEEP_PG:-}" ] || scripts/pg.sh stop "$PGDIR" >/dev/null 2>&1 || true
}
trap cleanup EXIT
say() { echo "==> $*" >&2; }
rec() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${4-}" >> "$OUT"; }

[ -x "$BIN" ] || { echo "error: $BIN not built (make build)" >&2; exit 1; }
if ! command -v wrk >/dev/null; then
  say "installing wrk"; apt-get install -y wrk >/dev/null || { echo "error: install wrk (apt-get install wrk)" >&2; exit 1; }
fi

# ---- the benchmark's PostgreSQL ----------------------------------------------------------
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
env_lines=$(scripts/pg.sh start "$PGDIR" "$PGPORT")
if [ ! -f "$PGDIR/data/bench.conf.applied" ]; then
  say "tuning the benchmark PostgreSQL (shared_buffers 2GB, wal_level minimal for the bulk load)"
  as_pg tee -a "$PGDIR/data/postgresql.conf" >/dev/null <<'EOF'
# nastavnik bench
shared_buffers = 2GB
effective_cache_size = 12GB
work_mem = 16MB
maintenance_work_mem = 1GB
max_wal_size = 16GB
checkpoint_timeout = 30min
wal_level = minimal
max_wal_senders = 0
jit = off
EOF
  as_pg touch "$PGDIR/data/bench.conf.applied"
  as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w restart -l "$PGDIR/server.log" >/dev/null
fi
OWNER_URL=$(sed -n 's/^DATABASE_URL=//p' <<<"$env_lines")
ADMIN_URL=$(sed -n 's/^PG_ADMIN_URL=//p' <<<"$env_lines")
SUPW=$(sed -E 's#^postgresql://postgres:([^@]*)@.*#\1#' <<<"$ADMIN_URL")
OWPW=$(sed -E 's#^postgresql://nastavnik_owner:([^@]*)@.*#\1#' <<<"$OWNER_URL")
sup() { PGPASSWORD=$SUPW psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres "$@"; }

dbname_for() { if [ "$1" = 1 ]; then echo nastavnik; else echo "nastavnik_s$(tr -d . <<<"$1")"; fi; }
url_for() { echo "postgresql://nastavnik_owner:$OWPW@127.0.0.1:$PGPORT/$1"; }

# Generates the data set of scale $1 unless its database already holds it.
ensure_data() {
  local scale=$1 db; db=$(dbname_for "$scale")
  sup -d postgres -tAc "select 1 from pg_database where datname='$db'" | grep -q 1 \
    || sup -d postgres -c "create database $db owner nastavnik_owner"
  DATABASE_URL=$(url_for "$db") "$BIN" migrate >/dev/null
  local have
  have=$(sup -d "$db" -tAc "select scale||' '||seconds from bench_meta.generated" 2>/dev/null || true)
  if [ -n "$have" ] && [ "${have%% *}" = "$scale" ]; then
    # a data set generated before the generator wrote the compliance history gets it now
    if [ -z "$(sup -d "$db" -tAc 'select 1 from compliance_day_deltas limit 1')" ]; then
      say "writing the compliance history of $db (the past dates read it) …"
      sup -d "$db" -q -c "select count(*) from (select compliance_history_rebuild(id) from districts) h" \
        -c "vacuum (analyze) compliance_day_deltas"
    fi
    say "data set scale $scale already in $db (generated in ${have#* } s)"
    rec gen "$scale" seconds "${have#* }"; rec gen "$scale" reused yes
    return
  fi
  say "generating the data set at scale $scale into $db …"
  local t0 t1
  t0=$(date +%s.%N)
  sup -d "$db" -1 -v scale="$scale" -f bench/generate.sql
  sup -d "$db" -c "vacuum (analyze)"
  t1=$(date +%s.%N)
  local secs; secs=$(python3 -c "print(round($t1 - $t0, 1))")
  sup -d "$db" -c "create schema if not exists bench_meta; drop table if exists bench_meta.generated;
                    create table bench_meta.generated as select text '$scale' scale, numeric '$secs' seconds, now() at_"
  say "generated scale $scale in $secs s"
  rec gen "$scale" seconds "$secs"; rec gen "$scale" reused no
}

ensure_data "$SCALE"
[ -n "$SMALL" ] && [ "$SMALL" != "$SCALE" ] && ensure_data "$SMALL"

# ---- counts of what was generated ---------------------------------------------------------
DB=$(dbname_for "$SCALE")
for t in regions districts organizations roadmap_items item_occurrences item_progress monitoring_reports \
         mentoring_persons mentoring_pairs compliance_summary; do
  rec count "$t" n "$(sup -d "$DB" -tAc "select count(*) from $t")"
done
rec count db size "$(sup -d "$DB" -tAc "select pg_size_pretty(pg_database_size('$DB'))")"

# ---- the server, users, keys --------------------------------------------------------------
start_server() {  # start_server DB [ANSWER_CACHE_MB]  (0: every answer computed)
  local db=$1
  PORT=$(scripts/free_port.sh)
  # The benchmark measures throughput: no rate limit per credential (RATE_LIMIT_PER_MINUTE=0).
  ANSWER_CACHE_MB=${2:-32} DATABASE_URL=$(url_for "$db") PORT=$PORT THREADS=$THREADS DB_POOL_SIZE=$POOL LOG_LEVEL=warn \
    RATE_LIMIT_PER_MINUTE=0 "$BIN" serve >"$WORK/server-$db.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/livez" >/dev/null 2>&1 && break; sleep 0.1; done
  curl -fs "http://127.0.0.1:$PORT/livez" >/dev/null || { cat "$WORK/server-$db.log" >&2; exit 1; }
  BASE=http://127.0.0.1:$PORT/api/v1
}
stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; }

api() {  # api METHOD PATH TOKEN [BODY]
  curl -fsS -X "$1" "$BASE$2" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: setup-$RANDOM$RANDOM" ${4:+--data "$4"}
}
login() { curl -fsS -X POST "$BASE/auth/login" -H 'Content-Type: application/json' \
            --data "{\"login\":\"$1\",\"password\":\"$2\"}" | jq -r .token; }

# Picks the measured tenants: a district of median size, its region, one organisation.
pick_tenants() {
  local db=$1
  DIST=$(sup -d "$db" -tAc "select district_id from organizations group by 1 order by count(*), 1 limit 1 offset (select count(*)/2 from districts)")
  REGION=$(sup -d "$db" -tAc "select region_id from districts where id='$DIST'")
  ORG=$(sup -d "$db" -tAc "select id from organizations where district_id='$DIST' and status='active' order by name limit 1 offset 3")
  CAMP=$(sup -d "$db" -tAc "select id from monitoring_campaigns where district_id='$DIST' order by reporting_date desc limit 1")
  NORG_D=$(sup -d "$db" -tAc "select count(*) from organizations where district_id='$DIST'")
  NDIST_R=$(sup -d "$db" -tAc "select count(*) from districts where region_id='$REGION'")
  PAST=$(date -u -d '-60 days' +%F)
}

setup_users() {
  local db=$1 pw
  pw=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')Aa1
  ADMIN_LOGIN=bench-admin-$RANDOM$RANDOM
  ADMIN_PASSWORD=$pw DATABASE_URL=$(url_for "$db") "$BIN" create-admin --login "$ADMIN_LOGIN" 2>/dev/null
  ADMIN_TOKEN=$(login "$ADMIN_LOGIN" "$pw")
  local sfx=$RANDOM$RANDOM
  api POST "/districts/$DIST/users" "$ADMIN_TOKEN" \
    "{\"login\":\"bench-coord-$sfx\",\"password\":\"$pw\",\"full_name\":\"Координатор\",\"role\":\"district_coordinator\"}" >/dev/null
  COORD_TOKEN=$(login "bench-coord-$sfx" "$pw")
  api POST "/regions/$REGION/users" "$ADMIN_TOKEN" \
    "{\"login\":\"bench-analyst-$sfx\",\"password\":\"$pw\",\"full_name\":\"Аналитик\",\"role\":\"region_analyst\"}" >/dev/null
  ANALYST_TOKEN=$(login "bench-analyst-$sfx" "$pw")
  api POST "/districts/$DIST/users" "$ADMIN_TOKEN" \
    "{\"login\":\"bench-curator-$sfx\",\"password\":\"$pw\",\"full_name\":\"Куратор\",\"role\":\"org_curator\",\"organization_id\":\"$ORG\"}" >/dev/null
  CURATOR_TOKEN=$(login "bench-curator-$sfx" "$pw")
  # School systems: one write key per organisation whose report in its district's open
  # campaign is still a draft — 64 organisations in 64 districts, so 64 connections do not
  # queue on one report's row lock.
  : > "$WORK/keys.lua.in"; : > "$WORK/targets.txt"
  local n=0
  while IFS='|' read -r d c o; do
    local secret
    secret=$(api POST "/districts/$d/organizations/$o/api-keys" "$ADMIN_TOKEN" \
               '{"name":"bench school system","scopes":["read","write"]}' | jq -r .secret)
    printf '  {"%s","%s","%s"},\n' "/api/v1/districts/$d/monitoring-campaigns/$c/reports/$o" "$secret" "$o" >> "$WORK/keys.lua.in"
    echo "$d|$c|$o" >> "$WORK/targets.txt"
    n=$((n + 1))
  done < <(sup -d "$db" -tAc "select distinct on (r.district_id) r.district_id, r.campaign_id, r.organization_id
                              from monitoring_reports r join monitoring_campaigns c on c.district_id = r.district_id
                              and c.id = r.campaign_id where r.status = 'draft' and c.lock_date > current_date
                              order by r.district_id, r.organization_id limit 64")
  say "users: coordinator, region analyst, curator, system admin; $n school-system keys"
}

# ---- wrk ---------------------------------------------------------------------------------
# wrk_run NAME CONNECTIONS TOKEN PATH [LUA]  → records rps / p50 / p99 / non2xx
wrk_run() {
  local name=$1 c=$2 tok=$3 path=$4 lua=${5:-} out t=2
  [ "$c" -lt 2 ] && t=1
  out=$(wrk -t$t -c"$c" -d"${DUR}s" --timeout 30s --latency -H "Authorization: Bearer $tok" \
          ${lua:+-s "$lua"} "http://127.0.0.1:$PORT$path" 2>&1) || true
  local rps p50 p99 bad
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  bad=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); bad=${bad:-0}
  local total; total=$(awk '/requests in/ {print $1}' <<<"$out")
  rec "wrk$c" "$name" rps "${rps:-0}"; rec "wrk$c" "$name" p50 "${p50:-?}"; rec "wrk$c" "$name" p99 "${p99:-?}"
  rec "wrk$c" "$name" non2xx "$bad"; rec "wrk$c" "$name" total "${total:-0}"
  say "$(printf '%-22s c=%-3s %10s req/s  p50 %-9s p99 %-9s non-2xx %s/%s' "$name" "$c" "${rps:-0}" "${p50:-?}" "${p99:-?}" "$bad" "${total:-0}")"
}

peak_rss() { awk '/VmHWM/ {print $2}' "/proc/$SERVER_PID/status"; }

measure_api() {
  local tag=$1
  local dpath="/api/v1/districts/$DIST/compliance"
  local opath="/api/v1/districts/$DIST/organizations/$ORG/compliance"
  local rpath="/api/v1/regions/$REGION/compliance"
  # sanity: each answers 200
  for p in "$dpath" "$dpath?as_of=$PAST" "$opath"; do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT$p" -H "Authorization: Bearer $COORD_TOKEN" || say "WARN: $p failed"
  done
  for c in 64 4; do
    wrk_run "${tag}district_today" $c "$COORD_TOKEN" "$dpath"
    wrk_run "${tag}district_past" $c "$COORD_TOKEN" "$dpath?as_of=$PAST"
    wrk_run "${tag}organization" $c "$COORD_TOKEN" "$opath"
  done
  if [ "$tag" = computed_ ]; then
    wrk_run computed_region 4 "$ANALYST_TOKEN" "$rpath"
    wrk_run computed_region 1 "$ANALYST_TOKEN" "$rpath"   # one at a time, as pgbench's one client
    wrk_run computed_national 4 "$ADMIN_TOKEN" "/api/v1/compliance"
    wrk_run computed_national 1 "$ADMIN_TOKEN" "/api/v1/compliance"   # one at a time: no queueing
    wrk_run computed_region_past 4 "$ANALYST_TOKEN" "$rpath?as_of=$PAST"
    wrk_run computed_region_past 1 "$ANALYST_TOKEN" "$rpath?as_of=$PAST"
    wrk_run computed_national_past 4 "$ADMIN_TOKEN" "/api/v1/compliance?as_of=$PAST"
    wrk_run computed_national_past 1 "$ADMIN_TOKEN" "/api/v1/compliance?as_of=$PAST"
    return 0
  fi
  [ -n "$tag" ] && return 0
  wrk_run region 4 "$ANALYST_TOKEN" "$rpath"
  wrk_run national 4 "$ADMIN_TOKEN" "/api/v1/compliance"
  wrk_run region_past 4 "$ANALYST_TOKEN" "$rpath?as_of=$PAST"
  wrk_run national_past 4 "$ADMIN_TOKEN" "/api/v1/compliance?as_of=$PAST"
  # One export at a time per district (issue 11): a person downloading a file, one after another.
  wrk_run district_csv 1 "$COORD_TOKEN" "/api/v1/districts/$DIST/reports/regional?campaign=$CAMP&format=csv"
  wrk_run region_xlsx 1 "$ANALYST_TOKEN" "/api/v1/regions/$REGION/reports/regional?format=xlsx"
  # report submission: a fresh Idempotency-Key per request, If-Match "*" (any version: the
  # ETag of a draft moves with every PUT, and wrk cannot tie a response to the connection
  # that will send the next request), each request to one of 64 organisations' drafts
  {
    echo 'local keys = {'; cat "$WORK/keys.lua.in"; echo '}'
    cat <<'EOF'
local n, tid = 0, 0
local counter = 0
function setup(thread) thread:set("tid", counter); counter = counter + 1 end
function init(args) n = tid * 1000000000 end
local function body(i)
  local v = {'"students_10_18":' .. (400 + i % 100), '"mentees_students_10_18":120', '"teachers_total":45',
    '"young_teachers":6', '"mentees_young_teachers":4', '"mentors_total":12', '"mentees_total":60',
    '"pairs_total":25', '"programs_total":2', '"surveyed":70', '"satisfied":60', '"has_order":true',
    '"has_regulation":true', '"has_program":true', '"has_site_page":true'}
  for k = 1, 10 do v[#v + 1] = string.format('"own_%02d":%d', k, (i * k) % 100) end
  return '{"values":{' .. table.concat(v, ',') .. '}}'
end
function request()
  n = n + 1
  local k = keys[(n % #keys) + 1]
  return wrk.format("PUT", k[1], {["Authorization"] = "Bearer " .. k[2], ["Content-Type"] = "application/json",
                                  ["If-Match"] = "*", ["Idempotency-Key"] = "bench-" .. tid .. "-" .. n .. "-" .. math.random(1e9)},
                    body(n))
end
EOF
  } > "$WORK/put.lua"
  wrk_run report_put 64 "unused" "/" "$WORK/put.lua"
  wrk_run report_put 4 "unused" "/" "$WORK/put.lua"
}

# run_mix NAME CONNS LUA WRITES_LABEL: wrk with a mixing script whose done() prints
# "MIXED reads_per_s R writes_per_s W reads n writes n other n"; records the run and the mix.
run_mix() {
  local name=$1 c=$2 lua=$3 label=$4 out line rd wr no
  out=$(wrk -t2 -c"$c" -d"${DUR}s" --timeout 30s --latency -s "$lua" "http://127.0.0.1:$PORT/" 2>&1) || true
  line=$(grep '^MIXED' <<<"$out" || true)
  read -r _ _ rd _ wr _ _ _ _ _ no <<<"$line"
  rec "wrk$c" "$name" rps "$(awk '/^Requests\/sec/ {print $2}' <<<"$out")"
  rec "wrk$c" "$name" p50 "$(awk '$1=="50%" {print $2}' <<<"$out")"
  rec "wrk$c" "$name" p99 "$(awk '$1=="99%" {print $2}' <<<"$out")"
  rec "wrk$c" "$name" non2xx "${no:-?}"; rec "wrk$c" "$name" total "$(awk '/requests in/ {print $1}' <<<"$out")"
  rec mixed "$name" reads_per_s "${rd:-0}"; rec mixed "$name" writes_per_s "${wr:-0}"
  rec mixed "$name" other "${no:-?}"; rec mixed "$name" conns "$c"
  say "$(printf '%-34s c=%-3s reads %8s/s  %s %7s/s  other answers: %s' "$name" "$c" "${rd:-?}" "$label" "${wr:-?}" "${no:-?}")"
  [ -n "$line" ] || say "WARN: $name printed no counts: $(tail -n 3 <<<"$out")"
}

# ---- past-date reads while backdated progress is recorded (issue 12) ------------------------
# Reads of the measured district as of $PAST while its schools record progress with
# completion dates before $PAST: every such write changes the numbers at $PAST, so the kept
# answer for that date must go and the next read computes it again. One request in N is a
# write (POST …/items/{i}/progress: done on the due date, or back to in progress; If-Match
# "*", a fresh Idempotency-Key); the rest read. Reads answer 200 and writes 201, which is how
# the script tells them apart in the counts it prints.
setup_backdated() {
  local db=$1
  : > "$WORK/backdated.lua.in"
  while IFS='|' read -r rid iid starts due; do
    printf '  {"/api/v1/districts/%s/roadmaps/%s/items/%s/progress","%s","%s"},\n' \
      "$DIST" "$rid" "$iid" "$starts" "$due" >> "$WORK/backdated.lua.in"
  done < <(sup -d "$db" -tAc "select o.roadmap_id, o.item_id, o.starts_on, o.due_on from item_occurrences o
                              where o.district_id = '$DIST' and o.due_on < date '$PAST' - 7
                                and (select count(*) from item_occurrences x where x.district_id = o.district_id
                                     and x.item_id = o.item_id) = 1
                              order by o.id limit 256")
  BACKDATED_N=$(wc -l < "$WORK/backdated.lua.in")
}
measure_backdated() {  # measure_backdated ONE_IN CONNS
  local every=$1 c=$2 name="district_past_backdated_1in$1"
  {
    echo "local writes = {"; cat "$WORK/backdated.lua.in"; echo "}"
    echo "local every, token = $every, \"$COORD_TOKEN\""
    echo "local read_path = \"/api/v1/districts/$DIST/compliance?as_of=$PAST\""
    cat <<'EOF'
local counter, threads = 0, {}
function setup(thread) thread:set("tid", counter); counter = counter + 1; table.insert(threads, thread) end
function init(args) n = 0; reads = 0; writes_ok = 0; other = 0 end
function request()
  n = n + 1
  if n % every == 0 then
    local k = n / every
    local w = writes[((tid * 7919 + k) % #writes) + 1]
    local body
    if k % 2 == 0 then
      body = '{"occurrence":"' .. w[2] .. '","status":"done","completed_on":"' .. w[3] ..
             '","evidence":{"title":"Приказ","number":"' .. n .. '","date":"' .. w[3] .. '"}}'
    else
      body = '{"occurrence":"' .. w[2] .. '","status":"in_progress"}'
    end
    return wrk.format("POST", w[1], {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json",
                                      ["If-Match"] = "*", ["Idempotency-Key"] = "bd-" .. tid .. "-" .. n .. "-" .. math.random(1e9)}, body)
  end
  return wrk.format("GET", read_path, {["Authorization"] = "Bearer " .. token})
end
function response(status, headers, body)
  if status == 200 then reads = reads + 1 elseif status == 201 then writes_ok = writes_ok + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local r, w, o = 0, 0, 0
  for _, t in ipairs(threads) do r = r + t:get("reads"); w = w + t:get("writes_ok"); o = o + t:get("other") end
  local s = summary.duration / 1e6
  io.write(string.format("MIXED reads_per_s %.1f writes_per_s %.1f reads %d writes %d other %d\n", r / s, w / s, r, w, o))
end
EOF
  } > "$WORK/backdated-$every.lua"
  run_mix "$name" "$c" "$WORK/backdated-$every.lua" "backdated writes"
}

# ---- a region's mixed workload with the answers kept (issue 15) ------------------------------
# 9 reads in 10 of its districts' compliance (the region's analyst; a district at random),
# 1 in 10 a school system's report PUT into one of those districts' open campaigns; every
# write moves its district's version, so the next read of that district computes again.
setup_region_mix() {
  local db=$1 n=0
  : > "$WORK/rmix-reads.lua.in"; : > "$WORK/rmix-writes.lua.in"
  for d in $(sup -d "$db" -tAc "select id from districts where region_id = '$REGION' order by id"); do
    printf '  "/api/v1/districts/%s/compliance",\n' "$d" >> "$WORK/rmix-reads.lua.in"
  done
  while IFS='|' read -r d c o; do
    local secret
    secret=$(api POST "/districts/$d/organizations/$o/api-keys" "$ADMIN_TOKEN" \
               '{"name":"bench region mix","scopes":["read","write"]}' | jq -r .secret)
    printf '  {"%s","%s"},\n' "/api/v1/districts/$d/monitoring-campaigns/$c/reports/$o" "$secret" >> "$WORK/rmix-writes.lua.in"
    n=$((n + 1))
  done < <(sup -d "$db" -tAc "select r.district_id, r.campaign_id, r.organization_id
                              from monitoring_reports r join monitoring_campaigns c on c.district_id = r.district_id
                               and c.id = r.campaign_id join districts d on d.id = r.district_id
                              where d.region_id = '$REGION' and r.status = 'draft' and c.lock_date > current_date
                              order by r.district_id, r.organization_id limit 64")
  RMIX_WRITERS=$n
}
measure_region_mix() {  # measure_region_mix CONNS
  local c=$1 name=region_mix_90_10
  {
    echo "local reads = {"; cat "$WORK/rmix-reads.lua.in"; echo "}"
    echo "local writes = {"; cat "$WORK/rmix-writes.lua.in"; echo "}"
    echo "local token = \"$ANALYST_TOKEN\""
    cat <<'EOF'
local counter, threads = 0, {}
function setup(thread) thread:set("tid", counter); counter = counter + 1; table.insert(threads, thread) end
function init(args) n = 0; r_ok = 0; w_ok = 0; other = 0; math.randomseed(tid * 7919 + 1) end
local function body(i)
  local v = {'"students_10_18":' .. (400 + i % 100), '"mentees_students_10_18":120', '"teachers_total":45',
    '"young_teachers":6', '"mentees_young_teachers":4', '"mentors_total":12', '"mentees_total":60',
    '"pairs_total":25', '"programs_total":2', '"surveyed":70', '"satisfied":60', '"has_order":true',
    '"has_regulation":true', '"has_program":true', '"has_site_page":true'}
  return '{"values":{' .. table.concat(v, ',') .. '}}'
end
function request()
  n = n + 1
  if n % 10 == 0 then
    local w = writes[math.random(#writes)]
    return wrk.format("PUT", w[1], {["Authorization"] = "Bearer " .. w[2], ["Content-Type"] = "application/json",
                                    ["If-Match"] = "*", ["Idempotency-Key"] = "rmix-" .. tid .. "-" .. n .. "-" .. math.random(1e9)},
                      body(n))
  end
  return wrk.format("GET", reads[math.random(#reads)], {["Authorization"] = "Bearer " .. token})
end
function response(status, headers, body)
  -- a report PUT answers 200 or 201 with the report; a read 200 with the district's organisations
  if status == 200 and string.find(body, '"organizations"', 1, true) then r_ok = r_ok + 1
  elseif status == 200 or status == 201 then w_ok = w_ok + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local r, w, o = 0, 0, 0
  for _, t in ipairs(threads) do r = r + t:get("r_ok"); w = w + t:get("w_ok"); o = o + t:get("other") end
  local s = summary.duration / 1e6
  io.write(string.format("MIXED reads_per_s %.1f writes_per_s %.1f reads %d writes %d other %d\n", r / s, w / s, r, w, o))
end
EOF
  } > "$WORK/rmix.lua"
  run_mix "$name" "$c" "$WORK/rmix.lua" "report PUTs"
}

# ---- the coordinator's overview in a browser (issue 13) -------------------------------------
# A district of about 60 organisations on the national set, every answer computed (a cold
# answer cache), a fresh browser context per run (no HTTP cache, no cookies): the time until
# the overview is interactive, the sequential round trips before it, and the size of the
# app's JS and CSS (bench/web_overview.mjs, playwright-core driving Debian's chromium).
measure_web() {
  local db=$1
  if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ] || [ ! -d web/vendor/playwright-core ]; then
    say "WARN: chromium or web/node_modules missing: the browser figures are skipped"; return 0
  fi
  local d60 n60 pw sfx out
  read -r d60 n60 < <(sup -d "$db" -tAc "select district_id, count(*) from organizations group by 1
                                         order by abs(count(*) - 60), 1 limit 1" | tr '|' ' ')
  pw=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')Aa1; sfx=$RANDOM$RANDOM
  api POST "/districts/$d60/users" "$ADMIN_TOKEN" \
    "{\"login\":\"bench-web-$sfx\",\"password\":\"$pw\",\"full_name\":\"Координатор\",\"role\":\"district_coordinator\"}" >/dev/null
  out=$(node bench/web_overview.mjs --base "http://127.0.0.1:$PORT" --login "bench-web-$sfx" --password "$pw" \
          --district "$d60" --runs "${BENCH_WEB_RUNS:-5}" --chromium "${CHROMIUM:-/usr/bin/chromium}" 2>"$WORK/web.err" | tail -n 1) || true
  if ! jq -e . >/dev/null 2>&1 <<<"$out"; then say "WARN: the browser run failed: $(tail -n 5 "$WORK/web.err")"; return 0; fi
  rec web overview district "$d60 ($n60 organisations)"
  rec web overview p50_ms "$(jq -r '.interactive_ms.p50' <<<"$out")"
  rec web overview max_ms "$(jq -r '.interactive_ms.max' <<<"$out")"
  rec web overview round_trips "$(jq -r '.round_trips' <<<"$out")"
  rec web overview gzip_bytes "$(jq -r '.js_css_gzip_bytes' <<<"$out")"
  rec web overview raw_bytes "$(jq -r '.js_css_raw_bytes' <<<"$out")"
  rec web overview runs "$(jq -r '.runs' <<<"$out")"
  rec web overview requests "$(jq -r '.requests | join(" ")' <<<"$out")"
  say "web overview ($n60 organisations, cold): p50 $(jq -r '.interactive_ms.p50' <<<"$out") ms, max $(jq -r '.interactive_ms.max' <<<"$out") ms, $(jq -r '.round_trips' <<<"$out") round trips, JS+CSS $(jq -r '.js_css_gzip_bytes' <<<"$out") B gzip"
}

# ---- pgbench: the database alone on the same SQL -------------------------------------------
write_pgbench_scripts() {
  local dir=$WORK/pgb db=$1
  mkdir -p "$dir"; chmod 755 "$dir"
  "$BIN" statements > "$dir/statements.json"
  python3 "$ROOT/bench/pgbench_scripts.py" "$dir" "$dir/statements.json" < "$WORK/targets.txt"
  chmod 644 "$dir"/*.sql
}
pgb_run() {  # pgb_run NAME SCRIPT DB CLIENTS  (as the application role: row-level security on)
  local name=$1 script=$2 db=$3 c=${4:-16} out pw=$OWPW user=nastavnik_owner opts='-c role=nastavnik_app'
  out=$(PGPASSWORD=$pw PGOPTIONS=$opts pgbench -n -M prepared -c "$c" -j 2 -T "$DUR" \
          -h 127.0.0.1 -p "$PGPORT" -U "$user" \
          -D d="$DIST" -D o="$ORG" -D t="$(date -u +%F)" -D past="$PAST" -D r="$REGION" -D c="$CAMP" \
          -f "$script" "$db" 2>&1) || { say "pgbench $name failed: $(tail -n 3 <<<"$out")"; }
  local tps lat
  tps=$(awk '/^tps = / {print $3}' <<<"$out"); lat=$(awk '/^latency average/ {print $4}' <<<"$out")
  rec "pgb$c" "$name" tps "${tps:-0}"; rec "pgb$c" "$name" lat_ms "${lat:-?}"
  say "$(printf 'pgbench %-20s c=%-3s %10s tps  avg %s ms' "$name" "$c" "${tps:-0}" "${lat:-?}")"
}

measure_db() {
  local tag=$1 db=$2 dir=$WORK/pgb
  pgb_run "${tag}district_today" "$dir/district_today.sql" "$db"
  pgb_run "${tag}district_past" "$dir/district_past.sql" "$db"
  pgb_run "${tag}organization" "$dir/organization.sql" "$db"
  [ -n "$tag" ] && return 0
  pgb_run region "$dir/region_today.sql" "$db" 1
  pgb_run region_past "$dir/region_past.sql" "$db" 1
  pgb_run national "$dir/national.sql" "$db" 1
  pgb_run national_past "$dir/national_past.sql" "$db" 1
  pgb_run report_put "$dir/report_put.sql" "$db" 16
}

# ---- the plans of the hot statements (bench/PLANS.md) ---------------------------------------
# Every statement of the pgbench scripts under EXPLAIN (ANALYZE, BUFFERS), as the application
# role with the server's scope, each transaction rolled back; the first run of each script
# warms the caches, the second is written down.
write_plans() {
  local db=$1 dir=$WORK/plans pw=$OWPW
  mkdir -p "$dir"; chmod 755 "$dir"
  python3 "$ROOT/bench/pgbench_scripts.py" --explain "$dir" "$WORK/pgb/statements.json" < /dev/null
  chmod 644 "$dir"/*.sql
  local pd pc po
  IFS='|' read -r pd pc po < <(head -n 1 "$WORK/targets.txt")
  {
    echo "# Plans of the hot statements"
    echo
    echo "Written by \`make bench\` ($(date -u '+%F %H:%M UTC'), scale $SCALE): each statement the server runs for the"
    echo "endpoint, as \`nastavnik_app\` under row-level security with the server's scope, under"
    echo "\`EXPLAIN (ANALYZE, BUFFERS)\`, every transaction rolled back; the second of two runs (warm)."
    echo "District $DIST, organisation $ORG, region $REGION, past date $PAST."
    for f in district_today district_past organization region_today region_past national national_past report_put; do
      echo; echo "## $f"; echo
      for run in 1 2; do
        PGPASSWORD=$pw PGOPTIONS='-c role=nastavnik_app' psql -X -q -h 127.0.0.1 -p "$PGPORT" -U nastavnik_owner -d "$db" \
          -v d="'$DIST'" -v o="'$ORG'" -v t="'$(date -u +%F)'" -v past="'$PAST'" -v r="'$REGION'" -v c="'$CAMP'" \
          -v pd="'$pd'" -v pc="'$pc'" -v po="'$po'" -v k=1 -v client_id=0 \
          -f "$dir/$f.sql" > "$dir/$f.out" 2>&1 || true
      done
      # headed statements, their plans in code blocks; the set_config rows left out
      awk '/^#### / {if (open) print "```"; print "### " substr($0, 6); print ""; print "```"; open=1; skip=0; next}
           /^ *set_config/ {skip=1} skip {next}
           open && !/^ *QUERY PLAN *$/ && !/^-+$/ && !/^\([0-9]+ rows?\)$/ && NF {print}
           END {if (open) print "```"}' "$dir/$f.out"
    done
  } > "$dir/plans.md"
  # a table of every statement's execution time first, then the plans
  python3 - "$dir/plans.md" > bench/PLANS.md <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
head, _, body = text.partition("\n## ")
body = "## " + body
rows, endpoint, stmt = [], None, None
for line in body.split("\n"):
    if line.startswith("## "): endpoint = line[3:]
    elif line.startswith("### "): stmt = line[4:]
    elif "Execution Time:" in line: rows.append((endpoint, stmt, line.split(":")[1].strip()))
print(head.rstrip("\n"))
print("\nStatements that fill a month's totals (`*_fill_month_totals*`) are shown doing the fill, which the")
print("server does once per district, month and version; rolled back here, they fill again on every run.\n")
print("| endpoint | statement | execution |\n|---|---|---|")
for e, s_, t in rows: print(f"| {e} | `{s_}` | {t} |")
print()
print(body.rstrip("\n"))
PY
  say "wrote bench/PLANS.md"
}

# ---- the run -----------------------------------------------------------------------------
say "server: $THREADS HTTP threads, $POOL database connections; ${DUR}s per run"
pick_tenants "$DB"
rec tenant main district "$DIST ($NORG_D organisations)"; rec tenant main region "$REGION ($NDIST_R districts)"
start_server "$DB"
setup_users "$DB"
measure_api ""
setup_backdated "$DB"
if [ "${BACKDATED_N:-0}" -gt 0 ]; then
  measure_backdated 100 64   # 1 request in 100 is a backdated write
  measure_backdated 10 64    # 1 in 10
else
  say "WARN: no occurrence due before $PAST in $DIST: backdated mix skipped"
fi
setup_region_mix "$DB"
if [ "${RMIX_WRITERS:-0}" -gt 0 ]; then measure_region_mix 64; else say "WARN: no open draft in $REGION: region mix skipped"; fi
rec rss main vmhwm_kib "$(peak_rss)"
say "server peak RSS (VmHWM): $(peak_rss) KiB"
stop_server
# The same reads with no kept answers (ANSWER_CACHE_MB=0): every request computed.
start_server "$DB" 0
measure_api "computed_"
measure_web "$DB"
stop_server
write_pgbench_scripts "$DB"
sup -d "$DB" -c "select pg_stat_reset()" >/dev/null
measure_db "" "$DB"
write_plans "$DB"
# More than one server (issue 15): /livez against nginx serving the same bytes, two
# instances behind nginx on one PostgreSQL, and what they must share (scripts/bench_multi.py).
python3 scripts/bench_multi.py --bin "$BIN" --database-url "$(url_for "$DB")" --district "$DIST" \
  --out "$OUT" --duration "$DUR" --threads "$THREADS" --pool "$POOL" || say "WARN: bench_multi: a check failed (see above)"

if [ -n "$SMALL" ] && [ "$SMALL" != "$SCALE" ]; then
  SDB=$(dbname_for "$SMALL")
  pick_tenants "$SDB"
  rec tenant small district "$DIST ($NORG_D organisations)"
  start_server "$SDB" 0   # every answer computed: the growth compares the computed cost
  setup_users "$SDB"
  measure_api "small_"
  stop_server
  measure_db "small_" "$SDB"
fi

rec machine date v "$(date -u)"
rec machine nproc v "$(nproc)"
rec machine cpu v "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
rec machine mem v "$(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
rec machine pg v "$(sup -d postgres -tAc 'show server_version')"
rec machine server v "threads $THREADS, pool $POOL, wrk -t2, ${DUR}s per run, pgbench -M prepared -j2"
rec machine scale v "$SCALE${SMALL:+ and $SMALL}"
python3 bench/report.py "$OUT" bench/RESULTS.md
cp "$OUT" bench/last-results.tsv
say "wrote bench/RESULTS.md"
