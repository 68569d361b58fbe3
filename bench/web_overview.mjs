// The coordinator overview's speed in a real browser (issue 13: interactive ≤ 1 s on loopback,
// cold cache; JS + CSS ≤ 150 KB compressed; ≤ 3 sequential round trips before the first
// useful paint). Measures, reports, asserts nothing.
//
//   node bench/web_overview.mjs --base http://127.0.0.1:PORT --login L --password P \
//        [--district ID] [--runs 5] [--chromium /usr/bin/chromium] [--verbose]
//
// Each run: a fresh browser context (empty HTTP cache, no cookies); sign-in through the API's
// cookie session (POST /api/v1/auth/login with "session": "cookie", sent by the context, so
// the cookie lands in it — what the app's sign-in form does); then the overview's address,
// `/#/d/<district>` (the coordinator's own district unless --district is given).
//
// Interactive: the overview's key numbers and heat map are on screen and a heat-map link
// takes a click. The app marks that moment (web/src/pages/overview.jsx sets `data-ready` on
// the overview and the performance mark `nastavnik:overview-ready` once the frame with both
// is painted); `interactive_ms` is the mark's time from navigation start. The script then
// checks that a heat-map link is visible, stable and enabled (a trial click).
//
// Round trips: every request the page made and finished before that moment, with its start
// and end (the page's resource timing; a fetch() starts when the task of the page's script
// that called it made its first fetch() call, recorded by a wrapper this script adds to the
// page before it loads: a busy browser spends milliseconds on each call, and the requests
// of one batch would otherwise look sequential when the first answer comes back fast);
// `round_trips` is the longest chain of them in which each starts after the previous one
// finished (HTML → script and style → the data).
// `round_trips_first_byte` counts a request as depending on an earlier one as soon as the
// earlier one's answer began (never fewer; the same unless a request starts while the one
// before is still arriving). The worst run is reported.
//
// Bytes: the script and style the page loaded, as served: raw, gzip -9 of them, and what
// crossed the wire (`transfer_encoding` says whether the server compressed them).
//
// One JSON line on stdout; progress on stderr (--verbose: every request's timeline too). Exit 1 when the overview never got ready.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import zlib from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
// playwright-core is vendored with the web app (web/vendor/playwright-core, web/vendor/README.md).
const requireWeb = createRequire(path.join(here, '..', 'web', 'package.json'));
const { chromium } = requireWeb('./vendor/playwright-core');

function args(argv) {
  const out = { runs: 5, chromium: process.env.CHROMIUM || '/usr/bin/chromium', timeout: 60000 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = argv[i + 1];
    const need = () => { if (v === undefined) usage(`${k} needs a value`); i++; return v; };
    if (k === '--base') out.base = need().replace(/\/$/, '');
    else if (k === '--login') out.login = need();
    else if (k === '--password') out.password = need();
    else if (k === '--district') out.district = need();
    else if (k === '--runs') out.runs = Number(need());
    else if (k === '--chromium') out.chromium = need();
    else if (k === '--timeout-ms') out.timeout = Number(need());
    else if (k === '--verbose') out.verbose = true;
    else if (k === '-h' || k === '--help') usage();
    else usage(`unknown argument ${k}`);
  }
  if (!out.base || !out.login || !out.password) usage('--base, --login and --password are required');
  if (!Number.isInteger(out.runs) || out.runs < 1) usage('--runs must be a positive integer');
  return out;
}

function usage(msg) {
  if (msg) console.error(`web_overview: ${msg}`);
  console.error('usage: node bench/web_overview.mjs --base http://127.0.0.1:PORT --login L --password P [--district ID] [--runs 5] [--chromium /usr/bin/chromium]');
  process.exit(2);
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos); const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
};
const round1 = (x) => Math.round(x * 10) / 10;

// The longest chain of requests in which each starts at or after `dep(previous)`.
function longestChain(reqs, dep) {
  const byStart = [...reqs].sort((a, b) => a.start - b.start);
  const len = byStart.map(() => 1);
  for (let i = 0; i < byStart.length; i++) {
    for (let j = 0; j < i; j++) if (dep(byStart[j]) <= byStart[i].start && len[j] + 1 > len[i]) len[i] = len[j] + 1;
  }
  return byStart.length ? Math.max(...len) : 0;
}

async function signIn(context, o) {
  const origin = new URL(o.base).origin;
  const r = await context.request.post(`${o.base}/api/v1/auth/login`, {
    data: { login: o.login, password: o.password, session: 'cookie' },
    headers: { Origin: origin, 'Accept-Language': 'ru' },
  });
  if (!r.ok()) throw new Error(`sign-in: ${r.status()} ${await r.text()}`);
  if (!(await context.cookies(o.base)).some((c) => c.httpOnly)) throw new Error('sign-in: no session cookie in the context');
}

async function district(context, o) {
  if (o.district) return o.district;
  const r = await context.request.get(`${o.base}/api/v1/me`);
  if (!r.ok()) throw new Error(`GET /me: ${r.status()}`);
  const me = await r.json();
  if (!me.district_id) throw new Error(`${o.login} has no district: pass --district`);
  return me.district_id;
}

async function run(browser, o, n) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
  try {
    await signIn(context, o);
    const d = await district(context, o);
    // When the page's script asks for each fetch(), to tell requests asked for together
    // from those asked for after another one came back: every fetch() of one task of the
    // script (up to the next setTimeout 0) counts as asked when the first one was. A busy
    // browser spends milliseconds on each fetch() call, so a fast answer to the first may
    // otherwise end before the last of the same batch is asked for.
    await context.addInitScript(() => {
      const orig = window.fetch;
      let batch = null;
      window.__nastavnikAsked = [];
      window.fetch = function (input, init) {
        if (!batch) { batch = performance.now(); setTimeout(() => { batch = null; }, 0); }
        window.__nastavnikAsked.push({ url: new URL(typeof input === 'string' ? input : input.url, location.href).href, at: batch });
        return orig.call(this, input, init);
      };
    });
    const page = await context.newPage();
    const assets = [];
    page.on('requestfinished', (req) => {
      const type = req.resourceType();
      if (type !== 'script' && type !== 'stylesheet') return;
      assets.push((async () => {
        const res = await req.response();
        const [body, sizes, headers] = await Promise.all([res.body(), req.sizes(), res.allHeaders()]);
        return { path: new URL(req.url()).pathname, raw: body.length, gzip9: zlib.gzipSync(body, { level: 9 }).length, wire: sizes.responseBodySize, encoding: headers['content-encoding'] || 'identity' };
      })());
    });
    const failed = [];
    page.on('requestfailed', (req) => failed.push(`${req.method()} ${req.url()}: ${req.failure() && req.failure().errorText}`));
    const url = `${o.base}/#/d/${d}`;
    await page.goto(url, { waitUntil: 'commit' });
    const ready = page.locator('.overview[data-ready="true"] table.heat a').first();
    try {
      await ready.waitFor({ state: 'visible', timeout: o.timeout });
    } catch (e) {
      const text = (await page.locator('main').innerText().catch(() => '')).slice(0, 300);
      throw new Error(`run ${n}: the overview was not ready in ${o.timeout} ms (${text.replace(/\s+/g, ' ')}) ${failed.join('; ')}`);
    }
    await ready.click({ trial: true, timeout: 5000 });
    // The page's own clock: the mark and every request's resource timing, a fetch() starting
    // when the script asked for it.
    const { mark, entries } = await page.evaluate(() => {
      const m = performance.getEntriesByName('nastavnik:overview-ready');
      const asked = [...(window.__nastavnikAsked || [])];
      const nav = performance.getEntriesByType('navigation')[0];
      const all = [nav, ...performance.getEntriesByType('resource')].filter(Boolean).map((e) => {
        const u = new URL(e.name);
        let start = e.startTime;
        if (e.initiatorType === 'fetch') {
          const i = asked.findIndex((a) => a.url === e.name && a.at <= e.startTime + 1);
          if (i >= 0) { start = asked[i].at; asked.splice(i, 1); }
        }
        return { path: u.pathname + u.search, type: e.initiatorType || 'navigation', start, firstByte: e.responseStart, end: e.responseEnd };
      });
      return { mark: m.length ? m[m.length - 1].startTime : null, entries: all };
    });
    if (mark === null) throw new Error(`run ${n}: no performance mark nastavnik:overview-ready`);
    const before = entries.filter((r) => r.end <= mark).sort((a, b) => a.start - b.start);
    const later = entries.filter((r) => r.end > mark).sort((a, b) => a.start - b.start);
    if (o.verbose) {
      const ms = (t) => t.toFixed(0).padStart(6);
      console.error(`run ${n}: ready at ${mark.toFixed(0)} ms; start, first byte, end (ms from navigation start):`);
      for (const r of [...before, ...later]) console.error(`${ms(r.start)}${ms(r.firstByte)}${ms(r.end)}  ${r.path}`);
    }
    return {
      interactive_ms: mark,
      round_trips: longestChain(before, (r) => r.end),
      round_trips_first_byte: longestChain(before, (r) => r.firstByte),
      requests: before.map((r) => r.path),
      requests_after_ready: later.map((r) => r.path),
      assets: await Promise.all(assets),
    };
  } finally {
    await context.close();
  }
}

const o = args(process.argv.slice(2));
const browser = await chromium.launch({
  executablePath: o.chromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--disable-quic', '--lang=ru-RU'],
});
const runs = [];
try {
  for (let i = 1; i <= o.runs; i++) {
    const r = await run(browser, o, i);
    console.error(`web_overview: run ${i}: interactive ${r.interactive_ms.toFixed(0)} ms, ${r.round_trips} round trips, ${r.requests.length} requests`);
    runs.push(r);
  }
} catch (e) {
  console.error(`web_overview: ${e.message}`);
  await browser.close();
  process.exit(1);
}
await browser.close();

const ms = runs.map((r) => r.interactive_ms);
const worst = runs.reduce((a, b) => (b.round_trips > a.round_trips ? b : a));
const js = runs[0].assets.filter((a) => /\.(js|css)$/.test(a.path));
const sum = (k) => js.reduce((n, a) => n + a[k], 0);
const encodings = [...new Set(js.map((a) => a.encoding))];
console.log(JSON.stringify({
  runs: runs.length,
  interactive_ms: { p50: round1(quantile(ms, 0.5)), max: round1(Math.max(...ms)), min: round1(Math.min(...ms)) },
  round_trips: worst.round_trips,
  round_trips_first_byte: Math.max(...runs.map((r) => r.round_trips_first_byte)),
  requests: worst.requests,
  requests_after_ready: worst.requests_after_ready,
  js_css_gzip_bytes: sum('gzip9'),
  js_css_raw_bytes: sum('raw'),
  js_css_transfer_bytes: sum('wire'),
  transfer_encoding: encodings.length === 1 ? (encodings[0] === 'gzip' ? 'gzip' : encodings[0]) : encodings.join(','),
  assets: js.map((a) => a.path),
}));
