#!/usr/bin/env python3
"""More than one server, and the plumbing (issue 15): two `nastavnik` instances behind
Debian's nginx against one PostgreSQL, on loopback only.

  python3 scripts/bench_multi.py [--bin build/nastavnik] [--database-url URL] [--district ID]
                                 [--out results.tsv] [--duration 10] [--loops 20] [--kill-seconds 15]
                                 [--threads 8] [--pool 10]   (each instance's; BENCH_THREADS, BENCH_POOL)

Without --database-url it starts its own throwaway PostgreSQL (scripts/pg.sh); without
--district it loads the demo district (`nastavnik demo`) and uses it. The URL is the schema
owner's (as DATABASE_URL of `nastavnik serve`): the script creates its own system
administrator there (`nastavnik create-admin`, a random login) and, through the API, a
coordinator and three viewers in the district. Everything it starts — two servers, one
nginx (its own prefix and config, not a daemon), wrk — listens on or talks to 127.0.0.1.

Measures (wrk -t2 -c64, --duration seconds each, in this order, in one run):
  plumbing   /livez of one instance, and nginx answering the same bytes (body and
             Content-Type) itself: both req/s and their ratio (goal >= 0.8)
  multi      a district's compliance (kept answers on) straight from instance A, through
             nginx to A alone, and through nginx to A and B (round robin): req/s and the
             scaling factor 2-behind-nginx / 1-behind-nginx (goal >= 1.6 with enough cores), and
             where the CPU went meanwhile (the machine, each instance, nginx)
Checks (each a pass/fail line; the script exits 1 when one fails):
  cache      a kept answer never outlives a write through the other instance: N times, read
             the district's compliance from B (kept there), record progress through A, read
             from B again: it shows the write (overdue_total moved by one, as A's answer says)
  sessions   a token signed in through A works on B; signed out on A, B refuses it (401)
  sign-in    wrong passwords alternated between A and B are refused (429) after the same
             count as on one instance, the limit of domain/identity.hpp (SignInLimits)
  kill9      kill -9 of instance A, again and again, during report PUTs through nginx
             (Idempotency-Key, clients retry): every report holds the last acknowledged
             values and the audit log has exactly one entry per acknowledged write

Appends `section<TAB>name<TAB>key<TAB>value` lines to --out (the format of bench.sh's rec())
and prints a summary. Standard library only; it reuses scripts/chaos.py's HTTP client and
process helpers.
"""
import argparse
import collections
import datetime
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid

sys.dont_write_bytecode = True  # no __pycache__ in scripts/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import chaos  # noqa: E402  (scripts/chaos.py: Client, Postgres, Server, free_port, …)
from chaos import HOST, Client, must, now, percentile, say  # noqa: E402

ROOT = chaos.ROOT


# ---------------------------------------------------------------------------------------
# Results: the TSV lines and the summary


class Results:
    def __init__(self, out):
        self.out = out
        self.lines = []
        self.checks = []  # (name, passed, detail)
        self.notes = []

    def rec(self, section, name, key, value):
        value = str(value).replace("\t", " ").replace("\n", " ")
        self.lines.append((section, name, key, value))
        if self.out:
            with open(self.out, "a", encoding="utf-8") as f:
                f.write(f"{section}\t{name}\t{key}\t{value}\n")

    def check(self, name, passed, detail):
        self.checks.append((name, passed, detail))
        self.rec("multi_check", name, "result", "pass" if passed else "fail")
        self.rec("multi_check", name, "detail", detail)
        say(f"check {name}: {'pass' if passed else 'FAIL'} — {detail}")


# ---------------------------------------------------------------------------------------
# nginx: Debian's, run as a child (not a daemon) with its own prefix and configuration


def ensure_nginx():
    for p in (shutil.which("nginx"), "/usr/sbin/nginx"):
        if p and os.access(p, os.X_OK):
            return p
    say("installing nginx (Debian package)")
    sudo = [] if os.getuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    # The package's service would listen on port 80 of every address once installed; where
    # no policy-rc.d stops services from starting (a Docker image has one), one is put in
    # place for the installation only, so nothing but this script's nginx ever runs.
    policy = "/usr/sbin/policy-rc.d"
    placed = False
    if not os.path.exists(policy):
        subprocess.run(sudo + ["sh", "-c", f"printf '#!/bin/sh\\nexit 101\\n' > {policy} && chmod 755 {policy}"],
                       check=False)
        placed = True
    try:
        cmd = sudo + ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "nginx"]
        if subprocess.run(cmd, env=env, capture_output=True).returncode != 0:
            subprocess.run(sudo + ["apt-get", "update", "-qq"], env=env, capture_output=True)
            subprocess.run(cmd, env=env, capture_output=True)
    finally:
        if placed:
            subprocess.run(sudo + ["rm", "-f", policy], check=False)
    return "/usr/sbin/nginx" if os.access("/usr/sbin/nginx", os.X_OK) else None


def nginx_string(s):
    """A string literal of nginx's configuration, quotes escaped (`$` would name a variable)."""
    if "$" in s:
        raise ValueError(f"cannot give nginx a text with '$': {s!r}")
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


class Nginx:
    """One nginx with three listeners: `static` answers /livez itself with the given bytes,
    `one` proxies to instance A alone, `two` to A and B in turn."""

    def __init__(self, binary, workdir, a_port, b_port, livez_body, livez_type):
        self.binary = binary
        self.prefix = os.path.join(workdir, "nginx")
        os.makedirs(os.path.join(self.prefix, "logs"), exist_ok=True)
        os.chmod(self.prefix, 0o755)
        ports = set()
        while len(ports) < 3:
            p = chaos.free_port()
            if p not in (a_port, b_port):
                ports.add(p)
        self.static_port, self.one_port, self.two_port = sorted(ports)
        self.conf = os.path.join(self.prefix, "nginx.conf")
        p = self.prefix
        user = "user root root;" if os.getuid() == 0 else ""
        upstream_opts = "max_fails=1 fail_timeout=1s"
        proxy = f"""
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_connect_timeout 2s;
            proxy_read_timeout 60s;
            # Which failures nginx passes on to the other instance: a connection refused or
            # broken, or no answer's header in time. That is nginx's default, written out
            # because the choice matters with a kill -9: GET, HEAD, PUT and DELETE are then
            # sent again to the other instance, POST and PATCH are not. `non_idempotent` is
            # left out on purpose: Idempotency-Key is optional on this API's POSTs (sign-in,
            # sign-out and progress records may come without one), and a POST the dead
            # instance had committed would be written twice if nginx sent it again. A client
            # that sends a key gets 502 for such a POST and retries it itself with the same
            # key; the server replays the stored answer (api/idempotency.hpp: the key's
            # claim, the writes and the answer commit together). A PUT is safe to resend:
            # with its Idempotency-Key the second instance replays the first's answer, and
            # without one it sets the same values again (If-Match with an ETag turns a
            # resent PUT into 412 instead, never into a second change).
            proxy_next_upstream error timeout;
            proxy_next_upstream_tries 2;
            proxy_next_upstream_timeout 10s;
            proxy_buffering on;
            proxy_buffers 64 16k;"""
        text = f"""# written by scripts/bench_multi.py
{user}
worker_processes auto;
daemon off;
master_process on;
pid {p}/nginx.pid;
error_log {p}/logs/error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    client_body_temp_path {p}/client_body;
    proxy_temp_path {p}/proxy;
    fastcgi_temp_path {p}/fastcgi;
    uwsgi_temp_path {p}/uwsgi;
    scgi_temp_path {p}/scgi;
    keepalive_requests 1000000;
    keepalive_timeout 60s;
    server_tokens off;
    upstream one {{
        server {HOST}:{a_port} {upstream_opts};
        keepalive 64;
    }}
    upstream two {{
        server {HOST}:{a_port} {upstream_opts};
        server {HOST}:{b_port} {upstream_opts};
        keepalive 64;
    }}
    server {{
        listen {HOST}:{self.static_port};
        location = /livez {{
            default_type {nginx_string(livez_type)};
            return 200 {nginx_string(livez_body)};
        }}
    }}
    server {{
        listen {HOST}:{self.one_port};
        client_max_body_size 2m;
        location / {{
            proxy_pass http://one;{proxy}
        }}
    }}
    server {{
        listen {HOST}:{self.two_port};
        client_max_body_size 2m;
        location / {{
            proxy_pass http://two;{proxy}
        }}
    }}
}}
"""
        with open(self.conf, "w", encoding="utf-8") as f:
            f.write(text)
        self.proc = None

    def start(self):
        log = open(os.path.join(self.prefix, "logs", "stderr.log"), "wb")
        self.proc = subprocess.Popen([self.binary, "-p", self.prefix + "/", "-c", self.conf, "-e",
                                      os.path.join(self.prefix, "logs", "error.log")],
                                     stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        log.close()
        end = now() + 10
        while now() < end:
            if self.proc.poll() is not None:
                raise RuntimeError("nginx exited: " + open(os.path.join(self.prefix, "logs", "error.log"),
                                                           encoding="utf-8", errors="replace").read()[-2000:])
            ok = 0
            for port in (self.static_port, self.one_port, self.two_port):
                try:
                    socket.create_connection((HOST, port), timeout=0.2).close()
                    ok += 1
                except OSError:
                    pass
            if ok == 3:
                return
            time.sleep(0.05)
        raise RuntimeError("nginx did not listen in 10 s")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGQUIT)  # graceful: workers finish, then exit
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def version(self):
        r = subprocess.run([self.binary, "-v"], capture_output=True, text=True)
        return (r.stderr or r.stdout).strip().split("/")[-1]


# ---------------------------------------------------------------------------------------
# wrk


def wrk(res, name, port, path, token=None, duration=10, connections=64):
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "30s", "--latency"]
    if token:
        cmd += ["-H", f"Authorization: Bearer {token}"]
    cmd.append(f"http://{HOST}:{port}{path}")
    out = subprocess.run(cmd, capture_output=True, text=True).stdout

    def find(pattern, default="?"):
        m = re.search(pattern, out, re.M)
        return m.group(1) if m else default

    rps = float(find(r"^Requests/sec:\s+([\d.]+)", "0"))
    p50, p99 = find(r"^\s+50%\s+(\S+)"), find(r"^\s+99%\s+(\S+)")
    bad = int(find(r"Non-2xx or 3xx responses:\s+(\d+)", "0"))
    total = int(find(r"^\s+(\d+) requests in", "0"))
    sec = f"wrk{connections}"
    for k, v in (("rps", rps), ("p50", p50), ("p99", p99), ("non2xx", bad), ("total", total)):
        res.rec(sec, name, k, v)
    say(f"{name:<24} c={connections:<3} {rps:>10,.0f} req/s  p50 {p50:<9} p99 {p99:<9} non-2xx {bad}/{total}")
    if not total:
        res.notes.append(f"wrk {name} printed no counts: {out[-300:]!r}")
    return rps, bad, total


def cpu_sample(groups):
    """(busy, total) clock ticks of the whole machine (/proc/stat) and the CPU ticks used so
    far by each named group of processes (utime + stime of /proc/<pid>/stat)."""
    with open("/proc/stat", encoding="ascii") as f:
        t = [int(x) for x in f.readline().split()[1:9]]
    per = {}
    for name, pids in groups.items():
        per[name] = 0
        for pid in pids:
            try:
                with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
                    st = f.read().rsplit(")", 1)[1].split()
                per[name] += int(st[11]) + int(st[12])
            except (OSError, IndexError, ValueError):
                pass
    return sum(t) - t[3] - t[4], sum(t), per


def children(pid):
    out = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat", encoding="ascii", errors="replace") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        out.append(int(d))
            except (OSError, IndexError, ValueError):
                pass
    return out


def cpu_use(groups, run):
    """Runs run() and says where the CPU went meanwhile: (run()'s result, text, machine busy %)."""
    cores = os.cpu_count() or 1
    b0, t0, p0 = cpu_sample(groups)
    started = now()
    result = run()
    b1, t1, p1 = cpu_sample(groups)
    secs = max(now() - started, 1e-6)
    tick = os.sysconf("SC_CLK_TCK")
    busy = (b1 - b0) / max(t1 - t0, 1)
    used = {n: (p1[n] - p0[n]) / tick / secs for n in groups}
    rest = busy * cores - sum(used.values())
    text = (f"the {cores} cores {busy * 100:.0f}% busy: " + ", ".join(f"{n} {v:.2f}" for n, v in used.items())
            + f", the rest {max(rest, 0):.2f} cores (wrk, PostgreSQL, other work on the machine)")
    return result, text, busy


# ---------------------------------------------------------------------------------------
# Clients


class SourceClient(Client):
    """A chaos.Client whose connections leave from a given loopback address (127.x.y.z):
    the server sees it as the client's address, as the sign-in limits count it."""

    def __init__(self, port, source, timeout=10.0):
        super().__init__(port, timeout)
        self.source = source

    def request(self, *args, **kwargs):
        if self.sock is None:
            try:
                self.sock = socket.create_connection((HOST, self.port), timeout=self.timeout,
                                                     source_address=(self.source, 0))
                self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                self.sock = None
        return super().request(*args, **kwargs)


def fresh_loopback_address():
    """A loopback address no earlier run used (sign-in counts by address last 15 minutes)."""
    b = uuid.uuid4().bytes
    return f"127.{1 + b[0] % 254}.{1 + b[1] % 254}.{1 + b[2] % 254}"


def retryable(a):
    """What a client retries with the same Idempotency-Key: no answer, nginx's 502/504 (no
    instance answered), 503, or the key still held by a request in flight."""
    return chaos.retryable(a) or a.status in (502, 504)


def login(c, name, password):
    return must(c.request("POST", "/api/v1/auth/login", {"login": name, "password": password}), f"login {name}")["token"]


# ---------------------------------------------------------------------------------------
# The world: an administrator of our own, the district, a coordinator and viewers


class World:
    pass


def create_admin(binary, database_url):
    login_name = "bench-multi-admin-" + uuid.uuid4().hex[:10]
    password = "bm-" + uuid.uuid4().hex
    env = dict(os.environ, DATABASE_URL=database_url, ADMIN_PASSWORD=password, LOG_LEVEL="warn")
    r = subprocess.run([binary, "create-admin", "--login", login_name], env=env, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError("create-admin: " + r.stderr.strip())
    return login_name, password


def find_demo_district(c, admin):
    cursor = None
    while True:
        page = must(c.request("GET", "/api/v1/districts?limit=200" + (f"&cursor={cursor}" if cursor else ""),
                              token=admin), "list districts")
        for d in page["items"]:
            if d.get("code") == "kameshkovo":
                return d["id"]
        cursor = page.get("next_cursor")
        if not cursor:
            raise RuntimeError("the demo district (kameshkovo) is not in the database")


def build_world(port, binary, database_url, district):
    w = World()
    c = Client(port, timeout=30)
    admin_login, admin_password = create_admin(binary, database_url)
    w.admin = login(c, admin_login, admin_password)
    w.district = district or find_demo_district(c, w.admin)
    tag = uuid.uuid4().hex[:8]
    w.password = "bm-" + uuid.uuid4().hex
    users = {}
    for who, role in (("coord", "district_coordinator"), ("sess", "district_viewer"), ("lock1", "district_viewer"),
                      ("lock2", "district_viewer")):
        name = f"bench-multi-{who}-{tag}"
        must(c.request("POST", f"/api/v1/districts/{w.district}/users",
                       {"login": name, "password": w.password, "full_name": f"Проверка {who}", "role": role},
                       token=w.admin), f"user {who}")
        users[who] = name
    w.users = users
    w.coord = login(c, users["coord"], w.password)
    c.close()
    return w


# ---------------------------------------------------------------------------------------
# Checks


def compliance(c, w):
    a = c.request("GET", f"/api/v1/districts/{w.district}/compliance", token=w.coord, timeout=60)
    return must(a, "district compliance")


def fingerprint(answer):
    return answer["overdue_total"], json.dumps(answer["totals"], sort_keys=True)


def progress_write(c, w, occ, done, n):
    path = f"/api/v1/districts/{w.district}/roadmaps/{occ['roadmap_id']}/items/{occ['item_id']}/progress"
    if done:
        today = datetime.date.today().isoformat()
        body = {"occurrence": occ["start"], "status": "done", "completed_on": today,
                "evidence": {"title": "Приказ (проверка bench_multi)", "number": str(n), "date": today}}
    else:
        body = {"occurrence": occ["start"], "status": "in_progress"}
    return c.request("POST", path, body, headers={"If-Match": "*", "Idempotency-Key": str(uuid.uuid4())},
                     token=w.coord, timeout=60)


def check_cache(res, w, a_port, b_port, loops):
    """A kept answer never outlives a write through the other instance."""
    ca, cb = Client(a_port, timeout=60), Client(b_port, timeout=60)
    try:
        before = compliance(cb, w)
        # An overdue occurrence whose progress the coordinator may record and whose record
        # moves the district's overdue count by one (done late, then back in progress).
        occ = None
        tried = []
        for cand in before["overdue"] + ((before.get("district_roadmap") or {}).get("overdue") or []):
            a = progress_write(ca, w, cand, True, 0)
            if a.status != 201:
                tried.append(f"{cand['item_id']}@{cand['start']}: {a.status}")
                continue
            after = compliance(ca, w)
            if after["overdue_total"] == before["overdue_total"] - 1:
                occ = cand
                progress_write(ca, w, cand, False, 0)
                break
            progress_write(ca, w, cand, False, 0)
            tried.append(f"{cand['item_id']}@{cand['start']}: overdue {before['overdue_total']}→{after['overdue_total']}")
            before = compliance(ca, w)
        if occ is None:
            res.check("cache_across_instances", False,
                      f"no overdue occurrence in the district whose progress record moves overdue_total by one "
                      f"({len(tried)} tried: {'; '.join(tried[:3])})")
            return
        stale, wrong, failed = [], [], []
        kept_before = cache_counts(b_port)
        for i in range(loops):
            done = i % 2 == 0
            b_before = compliance(cb, w)
            compliance(cb, w)  # the second read is served from B's kept answer
            a = progress_write(ca, w, occ, done, i + 1)
            if a.status != 201:
                failed.append(f"loop {i}: write through A answered {a.describe()[:200]}")
                continue
            b_after = compliance(cb, w)
            a_after = compliance(ca, w)
            expect = b_before["overdue_total"] + (-1 if done else 1)
            if fingerprint(b_after) == fingerprint(b_before) or fingerprint(b_after) != fingerprint(a_after):
                stale.append(f"loop {i}: B said overdue {b_after['overdue_total']} (before {b_before['overdue_total']}), "
                             f"A {a_after['overdue_total']}")
            elif b_after["overdue_total"] != expect:
                wrong.append(f"loop {i}: overdue {b_after['overdue_total']}, expected {expect}")
        if loops % 2 == 1:  # leave the occurrence as it was: in progress
            progress_write(ca, w, occ, False, 0)
        kept_after = cache_counts(b_port)
        hits, misses = (kept_after[0] - kept_before[0], kept_after[1] - kept_before[1])
        # B kept answers (its second read of each round is one) and computed after each
        # write: otherwise the check would prove nothing about kept answers.
        used = hits >= loops and misses >= loops - len(failed)
        ok = not stale and not wrong and not failed and used
        res.check("cache_across_instances", ok,
                  f"{loops} rounds of read on B (kept), progress through A, read on B: {len(stale)} stale answers, "
                  f"{len(wrong)} with another count, {len(failed)} writes refused; B's kept answers meanwhile: "
                  f"{hits} served again, {misses} computed (/metrics answer_cache_*)"
                  + (f"; first: {(stale + wrong + failed)[0]}" if stale or wrong or failed else "")
                  + ("" if used else "; B did not keep answers, so nothing was checked"))
    finally:
        ca.close()
        cb.close()


def cache_counts(port):
    """(answers served again, answers computed) by the instance on `port`, from its /metrics
    (loopback clients may read it when no METRICS_TOKEN is set)."""
    a = Client(port).request("GET", "/metrics")
    text = a.body.decode("utf-8", "replace") if a.status == 200 else ""

    def metric(name):
        m = re.search(rf"^{name} (\d+)", text, re.M)
        return int(m.group(1)) if m else 0

    return metric("answer_cache_hits_total"), metric("answer_cache_misses_total")


def check_sessions(res, w, a_port, b_port):
    ca, cb = Client(a_port), Client(b_port)
    try:
        token = login(ca, w.users["sess"], w.password)
        on_b = cb.request("GET", "/api/v1/me", token=token)
        out = ca.request("POST", "/api/v1/auth/logout", token=token)
        after_b = cb.request("GET", "/api/v1/me", token=token)
        after_a = ca.request("GET", "/api/v1/me", token=token)
        ok = on_b.status == 200 and out.status == 204 and after_b.status == 401 and after_a.status == 401
        res.check("sessions_shared", ok,
                  f"signed in on A, GET /me on B {on_b.status}; signed out on A {out.status}; then B {after_b.status}, "
                  f"A {after_a.status} (expected 200, 204, 401, 401)")
    finally:
        ca.close()
        cb.close()


def login_limit_from_code():
    """SignInLimits::login_failures in domain/identity.hpp (5 when it cannot be read)."""
    try:
        text = open(os.path.join(ROOT, "domain", "identity.hpp"), encoding="utf-8").read()
        return int(re.search(r"int\s+login_failures\s*=\s*(\d+)\s*;", text).group(1))
    except (OSError, AttributeError, ValueError):
        return 5


def failures_until_refused(ports, login_name, password, cap=20):
    """Wrong passwords for a login, sent to the ports in turn from a fresh client address,
    until one is refused with 429: (how many were answered 401, the statuses, the address)."""
    source = fresh_loopback_address()
    clients = {p: SourceClient(p, source) for p in set(ports)}
    statuses = []
    try:
        for i in range(cap):
            port = ports[i % len(ports)]
            a = clients[port].request("POST", "/api/v1/auth/login", {"login": login_name, "password": "wrong-" + str(i)})
            statuses.append(a.status if a.status else a.error)
            if a.status == 429:
                break
            if a.status != 401:
                break
        right = {p: clients[p].request("POST", "/api/v1/auth/login", {"login": login_name, "password": password}).status
                 for p in sorted(set(ports))}
    finally:
        for c in clients.values():
            c.close()
    return sum(1 for s in statuses if s == 401), statuses, right


def check_sign_in(res, w, a_port, b_port):
    limit = login_limit_from_code()
    n1, s1, r1 = failures_until_refused([a_port], w.users["lock1"], w.password)
    n2, s2, r2 = failures_until_refused([a_port, b_port], w.users["lock2"], w.password)
    ok = (n1 == limit and n2 == limit and s1[-1] == 429 and s2[-1] == 429
          and all(v == 429 for v in r1.values()) and all(v == 429 for v in r2.values()))
    res.check("sign_in_limits_shared", ok,
              f"limit in domain/identity.hpp: {limit} failures; one instance: {n1} answered 401, then "
              f"{s1[-1]}; alternating A and B: {n2} × 401, then {s2[-1]} (statuses {s2}); the right password "
              f"afterwards: {sorted(r1.values()) + sorted(r2.values())} (429 expected on both)")


def pick_reports(c, w, want=4):
    """Organisations of the district's latest campaign whose report the coordinator may write
    (not submitted or accepted), drafts first (their values are put back afterwards; a report
    not started stays created): (campaign, [(organisation id, report)])."""
    camps = must(c.request("GET", f"/api/v1/districts/{w.district}/monitoring-campaigns?limit=50", token=w.coord),
                 "campaigns")["items"]
    camps.sort(key=lambda x: (x["lock_date"], x["reporting_date"]), reverse=True)
    for camp in camps:
        drafts, unstarted = [], []
        for org in camp["organization_ids"][:60]:
            r = c.request("GET", f"/api/v1/districts/{w.district}/monitoring-campaigns/{camp['id']}/reports/{org}",
                          token=w.coord)
            status = r.json().get("status") if r.status == 200 else None
            if status in ("draft", "returned"):
                drafts.append((org, r.json()))
                if len(drafts) == want:
                    break
            elif status == "not_started":
                unstarted.append((org, r.json()))
        picked = (drafts + unstarted)[:want]
        if picked:
            return camp, picked
    raise RuntimeError("no campaign in the district has a report the coordinator may write")


def entered_values(camp, report):
    """A report's values as a PUT takes them: without the derived shares."""
    derived = {i["code"] for i in camp.get("indicators", []) if i.get("derived")}
    return {k: v for k, v in (report.get("values") or {}).items() if k not in derived and v is not None}


def number_code(camp, report):
    """The indicator the writes vary: a number entered by hand (not derived)."""
    codes = [i["code"] for i in camp.get("indicators", []) if i.get("type") in ("integer", "decimal")
             and not i.get("derived")]
    if "students_10_18" in codes:
        return "students_10_18"
    if codes:
        return codes[0]
    return "students_10_18"


def audit_entries(c, w, report_id, since):
    out = []
    cursor = None
    while True:
        q = f"resource=monitoring_reports&resource_id={report_id}&from={since}&limit=200"
        a = c.request("GET", f"/api/v1/districts/{w.district}/audit-log?{q}" + (f"&cursor={cursor}" if cursor else ""),
                      token=w.coord, timeout=60)
        page = must(a, "audit log")
        out += page["items"]
        cursor = page.get("next_cursor")
        if not cursor:
            return out


def check_kill9(res, w, servers, nginx, seconds):
    """kill -9 of instance A, again and again, during report PUTs through nginx to A and B."""
    srv_a = servers[0]
    c = Client(nginx.two_port, timeout=30)
    camp, picked = pick_reports(c, w)
    code = number_code(camp, picked[0][1])
    run = "bm-" + uuid.uuid4().hex[:8]
    since = (datetime.datetime.now(datetime.timezone.utc).date() - datetime.timedelta(days=1)).isoformat()
    lock = threading.Lock()
    st = collections.Counter()
    acked = {}  # org -> [(seq, request id)]
    attempted = {}
    unanswered = []
    stop = threading.Event()

    def worker(org, report):
        cl = Client(nginx.two_port, timeout=15)
        values = entered_values(camp, report)
        exists = report.get("status") != "not_started"
        seq = 0
        path = f"/api/v1/districts/{w.district}/monitoring-campaigns/{camp['id']}/reports/{org}"
        while not stop.is_set():
            seq += 1
            values[code] = 100000 + seq
            rid = f"{run}-{org[:8]}-{seq}"
            headers = {"Idempotency-Key": str(uuid.uuid4())}
            if exists:
                headers["If-Match"] = "*"
            with lock:
                attempted.setdefault(org, []).append((seq, rid))
            started = now()
            while True:
                a = cl.request("PUT", path, {"values": values}, headers=headers, token=w.coord, request_id=rid)
                if not retryable(a) or now() - started > 60:
                    break
                with lock:
                    st["retries"] += 1
                    st["retries after " + (a.error or str(a.status))] += 1
                time.sleep(0.02)
            with lock:
                if a.ok:
                    exists = True
                    acked.setdefault(org, []).append((seq, rid))
                    st["acknowledged"] += 1
                    if a.header("idempotent-replayed") == "true":
                        st["replayed"] += 1
                else:
                    unanswered.append((org, seq, a.describe()[:200]))
                    return
        cl.close()

    error_log = os.path.join(nginx.prefix, "logs", "error.log")
    log_from = os.path.getsize(error_log) if os.path.exists(error_log) else 0
    threads = [threading.Thread(target=worker, args=(org, rep)) for org, rep in picked]
    for t in threads:
        t.start()
    kills = 0
    end = now() + seconds
    while now() < end:
        time.sleep(0.5 + (uuid.uuid4().bytes[0] / 255.0) * 1.0)
        srv_a.kill9()
        kills += 1
        time.sleep(0.2)  # a moment with A down: nginx sends everything to B
        srv_a.start(wait=False)
        srv_a.wait_live()
    time.sleep(1.0)
    stop.set()
    for t in threads:
        t.join()

    lost, dup, extra, wrong = [], [], [], []
    for org, _ in picked:
        rep = must(c.request("GET", f"/api/v1/districts/{w.district}/monitoring-campaigns/{camp['id']}/reports/{org}",
                             token=w.coord), "report")
        mine = acked.get(org, [])
        if mine:
            want = 100000 + mine[-1][0]
            got = (rep.get("values") or {}).get(code)
            if got != want:
                wrong.append(f"{org}: {code}={got}, last acknowledged {want}")
        entries = [e for e in audit_entries(c, w, rep["id"], since) if (e.get("request_id") or "").startswith(run)]
        per_rid = collections.Counter(e["request_id"] for e in entries)
        acked_rids = {rid for _, rid in mine}
        lost += [f"{org}: {rid}" for rid in acked_rids if per_rid[rid] == 0]
        dup += [f"{org}: {rid} × {n}" for rid, n in per_rid.items() if n > 1]
        extra += [f"{org}: {rid}" for rid in per_rid if rid not in acked_rids]
    # The drafts' values as they were before (the bench's data set stays as generated).
    for org, report in picked:
        if report.get("status") in ("draft", "returned"):
            values = entered_values(camp, report)
            c.request("PUT", f"/api/v1/districts/{w.district}/monitoring-campaigns/{camp['id']}/reports/{org}",
                      {"values": values}, headers={"If-Match": "*", "Idempotency-Key": str(uuid.uuid4())},
                      token=w.coord)
    c.close()
    # What nginx saw of the kills: requests cut after they were sent to A (resent to B when
    # a PUT), and connections A refused while it was down.
    with open(error_log, encoding="utf-8", errors="replace") as f:
        f.seek(log_from)
        log = f.read()
    cut = len(re.findall(r"while reading response header from upstream", log))
    refused = len(re.findall(r"Connection refused\) while connecting to upstream", log))
    n_acked = sum(len(v) for v in acked.values())
    res.rec("multi", "kill9", "kills", kills)
    res.rec("multi", "kill9", "acknowledged", n_acked)
    res.rec("multi", "kill9", "retries", st["retries"])
    res.rec("multi", "kill9", "replayed", st["replayed"])
    res.rec("multi", "kill9", "nginx_cut_in_flight", cut)
    res.rec("multi", "kill9", "nginx_refused", refused)
    retry_kinds = ", ".join(f"{k[14:]} {v}" for k, v in sorted(st.items()) if k.startswith("retries after "))
    ok = n_acked > 0 and not lost and not dup and not extra and not wrong and not unanswered
    res.check("kill9_one_instance", ok,
              f"{kills} × kill -9 of A in {seconds:.0f} s; {n_acked} report PUTs acknowledged through nginx "
              f"({len(picked)} organisations, code {code}); client retries {st['retries']} ({retry_kinds or 'none'}), "
              f"replayed {st['replayed']}; nginx saw {cut} requests cut in flight by a kill (a PUT is resent to "
              f"B) and {refused} connections refused; lost {len(lost)}, audit entries twice {len(dup)}, written but never "
              f"acknowledged {len(extra)}, values not the last acknowledged {len(wrong)}, unanswered {len(unanswered)}"
              + (f"; first: {(lost + dup + extra + wrong + [str(u) for u in unanswered])[0]}" if not ok else ""))


# ---------------------------------------------------------------------------------------
# The run


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(os.environ.get("BUILD_DIR", "build"), "nastavnik"))
    ap.add_argument("--database-url", help="the schema owner's URL (default: a throwaway PostgreSQL)")
    ap.add_argument("--district", help="the district to read and write (default: the demo district, loaded)")
    ap.add_argument("--out", help="append results here (section, name, key, value)")
    ap.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    ap.add_argument("--loops", type=int, default=20, help="rounds of the cache check")
    ap.add_argument("--kill-seconds", type=float, default=15)
    ap.add_argument("--threads", type=int, default=int(os.environ.get("BENCH_THREADS", 8)))
    ap.add_argument("--pool", type=int, default=int(os.environ.get("BENCH_POOL", 10)))
    args = ap.parse_args()

    binary = args.bin if os.path.isabs(args.bin) else os.path.join(ROOT, args.bin)
    if not os.access(binary, os.X_OK):
        print(f"error: {binary} not found; run make build", file=sys.stderr)
        return 2
    if not shutil.which("wrk"):
        print("error: wrk is missing (apt-get install wrk)", file=sys.stderr)
        return 2
    nginx_bin = ensure_nginx()
    if not nginx_bin:
        print("error: nginx is missing and could not be installed (apt-get install nginx)", file=sys.stderr)
        return 2

    res = Results(args.out)
    work = tempfile.mkdtemp(prefix="nastavnik-multi-")
    os.chmod(work, 0o755)
    pg = None
    servers = []
    nginx = None
    t0 = now()
    load_before = os.getloadavg()
    try:
        url = args.database_url
        if not url:
            pgdir = os.path.join(work, "pg")
            os.makedirs(pgdir)
            os.chmod(pgdir, 0o755)
            pg = chaos.Postgres(pgdir, chaos.free_port())
            say(f"throwaway PostgreSQL on {HOST}:{pg.port}")
            pg.start()
            url = pg.owner_url
        if not args.district:
            say("loading the demo district (nastavnik demo)")
            r = subprocess.run([binary, "demo"], env=dict(os.environ, DATABASE_URL=url, LOG_LEVEL="warn"),
                               capture_output=True, text=True)
            if r.returncode != 0:
                raise RuntimeError("nastavnik demo: " + r.stderr.strip()[-500:])
        env = {"LOG_LEVEL": "warn", "THREADS": str(args.threads), "DB_POOL_SIZE": str(args.pool),
               # throughput is measured with one token: no limit per credential (as bench.sh)
               "RATE_LIMIT_PER_MINUTE": "0", "ANSWER_CACHE_MB": "32",
               # nginx (on 127.0.0.1) appends the client to X-Forwarded-For; the sign-in
               # checks below talk to the instances from 127.x.y.z, which stay themselves
               "TRUSTED_PROXIES": "127.0.0.1"}
        ports = set()
        while len(ports) < 2:
            ports.add(chaos.free_port())
        for name, port in zip("AB", sorted(ports)):
            logdir = os.path.join(work, f"server-{name}")
            os.makedirs(logdir)
            s = chaos.Server(binary, port, url, logdir, env)
            s.start()  # one after the other: the first migrates
            servers.append(s)
        srv_a, srv_b = servers
        say(f"instances A on {HOST}:{srv_a.port}, B on {HOST}:{srv_b.port} ({args.threads} threads, "
            f"{args.pool} connections each)")
        w = build_world(srv_a.port, binary, url, args.district)
        say(f"district {w.district}; users {', '.join(w.users.values())}")

        probe = Client(srv_a.port).request("GET", "/livez")
        body, ctype = probe.body.decode("utf-8"), probe.header("content-type") or "application/json"
        nginx = Nginx(nginx_bin, work, srv_a.port, srv_b.port, body, ctype)
        nginx.start()
        check = Client(nginx.static_port).request("GET", "/livez")
        if check.body != probe.body or check.header("content-type") != probe.header("content-type"):
            raise RuntimeError(f"nginx's /livez differs: {check.header('content-type')} {check.body!r} vs "
                               f"{probe.header('content-type')} {probe.body!r}")
        say(f"nginx {nginx.version()}: /livez itself on {nginx.static_port}, → A on {nginx.one_port}, "
            f"→ A and B on {nginx.two_port}")

        # ---- 1. plumbing
        d = args.duration
        rps_srv, _, _ = wrk(res, "livez_nastavnik", srv_a.port, "/livez", duration=d)
        rps_ngx, _, _ = wrk(res, "livez_nginx", nginx.static_port, "/livez", duration=d)
        ratio = rps_srv / rps_ngx if rps_ngx else 0.0
        res.rec("plumbing", "livez", "nastavnik_rps", f"{rps_srv:.0f}")
        res.rec("plumbing", "livez", "nginx_rps", f"{rps_ngx:.0f}")
        res.rec("plumbing", "livez", "ratio", f"{ratio:.2f}")
        res.rec("plumbing", "livez", "body", f"{len(probe.body)} bytes, {ctype}")

        # ---- 2. one and two instances behind nginx
        path = f"/api/v1/districts/{w.district}/compliance"
        for s in servers:  # each keeps the answer before it is measured
            must(Client(s.port, timeout=60).request("GET", path, token=w.coord, timeout=60), "warm-up read")
        groups = {"A": [srv_a.proc.pid], "B": [srv_b.proc.pid], "nginx": children(nginx.proc.pid)}
        rps_direct, bad_d, _ = wrk(res, "multi_direct_a", srv_a.port, path, w.coord, d)
        (rps_one, bad_1, _), cpu_1, busy_1 = cpu_use(
            groups, lambda: wrk(res, "multi_nginx_1", nginx.one_port, path, w.coord, d))
        (rps_two, bad_2, _), cpu_2, busy_2 = cpu_use(
            groups, lambda: wrk(res, "multi_nginx_2", nginx.two_port, path, w.coord, d))
        res.rec("multi", "district_compliance", "cpu_nginx_1", cpu_1)
        res.rec("multi", "district_compliance", "cpu_nginx_2", cpu_2)
        say(f"CPU, nginx → A: {cpu_1}")
        say(f"CPU, nginx → A and B: {cpu_2}")
        scaling = rps_two / rps_one if rps_one else 0.0
        cores = os.cpu_count() or 0
        res.rec("multi", "district_compliance", "direct_rps", f"{rps_direct:.0f}")
        res.rec("multi", "district_compliance", "nginx_1_rps", f"{rps_one:.0f}")
        res.rec("multi", "district_compliance", "nginx_2_rps", f"{rps_two:.0f}")
        res.rec("multi", "district_compliance", "scaling", f"{scaling:.2f}")
        res.rec("multi", "district_compliance", "cores", cores)
        why = ("" if cores >= 8 else
               f"on {cores} cores wrk, nginx, both instances and PostgreSQL share the same CPUs, so a second "
               f"instance adds no CPU: with one instance the cores were already {busy_1 * 100:.0f}% busy "
               f"({busy_2 * 100:.0f}% with two); 1.6x needs cores to spare (about one per instance beside "
               f"nginx, wrk and PostgreSQL)")
        res.rec("multi", "district_compliance", "note", why or "enough cores to show scaling")
        if bad_d or bad_1 or bad_2:
            res.notes.append(f"non-2xx answers in the read runs: direct {bad_d}, nginx→1 {bad_1}, nginx→2 {bad_2}")

        # ---- 3. correctness across instances
        check_cache(res, w, srv_a.port, srv_b.port, args.loops)
        check_sessions(res, w, srv_a.port, srv_b.port)
        check_sign_in(res, w, srv_a.port, srv_b.port)
        check_kill9(res, w, servers, nginx, args.kill_seconds)
        for s in servers:
            if s.proc.poll() is not None:
                res.check("instances_alive", False, f"an instance exited with {s.proc.returncode}; see {s.log_path}")
    except Exception as e:  # noqa: BLE001 — reported as a failed check, then the exit code
        res.check("run", False, f"{type(e).__name__}: {e}")
    finally:
        if nginx:
            nginx.stop()
        for s in servers:
            s.stop()
        if pg:
            pg.stop()
        keep = any(not p for _, p, _ in res.checks)
        if keep:
            say(f"logs kept in {work} (servers, nginx)")
            if pg:
                shutil.rmtree(os.path.join(work, "pg"), ignore_errors=True)
        else:
            shutil.rmtree(work, ignore_errors=True)

    load_after = os.getloadavg()
    res.rec("multi", "machine", "cores", os.cpu_count())
    res.rec("multi", "machine", "load", f"{load_before[0]:.1f} before, {load_after[0]:.1f} after (1 min)")
    res.rec("multi", "machine", "seconds", f"{now() - t0:.0f}")

    # ---- the summary
    v = {(s, n, k): val for s, n, k, val in res.lines}
    print()
    print("More than one server (scripts/bench_multi.py)")
    if ("plumbing", "livez", "ratio") in v:
        print(f"  plumbing   /livez: nastavnik {float(v['plumbing', 'livez', 'nastavnik_rps']):,.0f} req/s, nginx the same "
              f"bytes {float(v['plumbing', 'livez', 'nginx_rps']):,.0f} req/s: ratio {v['plumbing', 'livez', 'ratio']} "
              f"(goal >= 0.8)")
    if ("multi", "district_compliance", "scaling") in v:
        g = lambda k: float(v["multi", "district_compliance", k])  # noqa: E731
        print(f"  multi      district compliance (kept): A directly {g('direct_rps'):,.0f} req/s; through nginx to A "
              f"{g('nginx_1_rps'):,.0f}, to A and B {g('nginx_2_rps'):,.0f}: scaling {g('scaling'):.2f}x (goal >= 1.6 "
              f"with enough cores)")
        note = v["multi", "district_compliance", "note"]
        print(f"             {note}")
    for name, passed, detail in res.checks:
        print(f"  {'PASS' if passed else 'FAIL'}       {name}: {detail}")
    for n in res.notes:
        print(f"  note       {n}")
    print(f"  machine    {os.cpu_count()} cores, load average {load_before[0]:.1f} before, {load_after[0]:.1f} after; "
          f"{now() - t0:.0f} s")
    failed = [n for n, p, _ in res.checks if not p]
    if failed:
        print(f"bench_multi: FAILED: {', '.join(failed)}")
        return 1
    print("bench_multi: every check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
