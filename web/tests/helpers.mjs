// Shared set-up for the browser tests: Debian's chromium driven by playwright-core (vendored in
// web/vendor/playwright-core, with its browser downloads taken out: web/vendor/README.md),
// against the server at $NASTAVNIK_URL (a `nastavnik serve --demo` with the demo district).
import { chromium } from '../vendor/playwright-core/index.mjs';
import { mkdir, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

export const BASE = (process.env.NASTAVNIK_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.join(here, '..', '..');
export const RESULTS = path.join(here, '..', 'test-results');
const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const USERS = {
  admin: ['admin', 'nastavnik-admin'],
  analyst: ['analyst.vladimir', 'nastavnik-analyst'],
  coordinator: ['coordinator.kameshkovo', 'nastavnik-coordinator'],
  viewer: ['viewer.kameshkovo', 'nastavnik-viewer'],
  curator: ['curator.sosh1', 'nastavnik-curator'],
};

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--lang=ru-RU'],
  });
}

// A fresh browser context (own cookies) at a width: 1280 desktop, 360 phone.
export async function newPage(browser, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'ru-RU', acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.jsErrors = errors;
  return page;
}

export async function signIn(page, who) {
  const [login, password] = USERS[who];
  await page.goto(BASE + '/');
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('button', { name: 'Выйти' }).waitFor();
}

export async function shot(page, name) {
  await mkdir(RESULTS, { recursive: true });
  const w = page.viewportSize().width;
  await page.screenshot({ path: path.join(RESULTS, `${name}-${w}.png`), fullPage: true });
}

// axe-core in the page; returns the serious and critical violations.
export async function axe(page) {
  // Evaluated through the DevTools protocol: the page's CSP (no inline scripts) does not apply.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const res = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return res.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

// The API as a machine client (bearer token), for setting up and checking.
export class Api {
  static async as(who) {
    const [login, password] = USERS[who];
    const r = await fetch(BASE + '/api/v1/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ login, password }) });
    if (!r.ok) throw new Error(`login ${who}: ${r.status} ${await r.text()}`);
    const a = new Api((await r.json()).token);
    a.me = await a.get('/me');
    return a;
  }
  constructor(token) { this.token = token; }
  async call(method, p, body, headers = {}) {
    const h = { Authorization: `Bearer ${this.token}`, 'Accept-Language': 'ru', ...headers };
    if (body !== undefined && !h['Content-Type']) h['Content-Type'] = 'application/json';
    const r = await fetch(BASE + '/api/v1' + p, { method, headers: h, body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)) });
    const text = await r.text();
    let data = null; try { data = text ? JSON.parse(text) : null; } catch { data = text; }
    return { status: r.status, data, etag: r.headers.get('etag') };
  }
  async get(p) { const r = await this.call('GET', p); if (r.status !== 200) throw new Error(`GET ${p}: ${r.status} ${JSON.stringify(r.data)}`); return r.data; }
  async ok(method, p, body, headers) {
    const r = await this.call(method, p, body, headers);
    if (r.status >= 300) throw new Error(`${method} ${p}: ${r.status} ${JSON.stringify(r.data)}`);
    return r;
  }
}

export const iso = (d) => d.toISOString().slice(0, 10);
export const daysFromNow = (n) => { const d = new Date(); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

// An approved roadmap for an organisation with items due in the past (set up through the API).
export async function approvedRoadmap(coord, orgId, title) {
  const d = coord.me.district_id;
  const y = new Date().getUTCFullYear() - 1;
  const r = await coord.ok('POST', `/districts/${d}/roadmaps`, {
    owner: { kind: 'organization', organization_id: orgId },
    title,
    period: { start: `${y}-09-01`, end: `${y + 1}-08-31` },
    sections: [{ number: '1.', title: 'Подготовка условий для запуска программы наставничества', items: [
      { number: '1.1', title: 'Издание приказа о внедрении целевой модели наставничества', deadline_text: `Сентябрь ${y}`, responsible: 'Директор', expected_result: 'Приказ' },
      { number: '1.2', title: 'Назначение куратора внедрения целевой модели наставничества', deadline_text: `Октябрь ${y}`, responsible: 'Директор', expected_result: 'Приказ' },
    ] }],
  });
  const s = await coord.ok('POST', `/districts/${d}/roadmaps/${r.data.id}/submit`, undefined, { 'If-Match': r.etag });
  await coord.ok('POST', `/districts/${d}/roadmaps/${r.data.id}/approve`, undefined, { 'If-Match': s.etag });
  return r.data.id;
}

// Reads a zip (a workbook): name → Buffer, inflating deflated entries.
export async function readZip(file) {
  const zlib = await import('node:zlib');
  const buf = await readFile(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip');
  const n = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = {};
  for (let i = 0; i < n; i++) {
    const method = buf.readUInt16LE(p + 10); const csize = buf.readUInt32LE(p + 20);
    const nlen = buf.readUInt16LE(p + 28); const xlen = buf.readUInt16LE(p + 30); const clen = buf.readUInt16LE(p + 32);
    const off = buf.readUInt32LE(p + 42); const name = buf.toString('utf8', p + 46, p + 46 + nlen);
    const lnlen = buf.readUInt16LE(off + 26); const lxlen = buf.readUInt16LE(off + 28);
    const data = buf.subarray(off + 30 + lnlen + lxlen, off + 30 + lnlen + lxlen + csize);
    out[name] = method === 8 ? zlib.inflateRawSync(data) : data;
    p += 46 + nlen + xlen + clen;
  }
  return out;
}

export async function getAllItems(api, p) {
  const out = []; let cursor = null;
  do {
    const sep = p.includes('?') ? '&' : '?';
    const page = await api.get(`${p}${sep}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    out.push(...page.items); cursor = page.next_cursor;
  } while (cursor);
  return out;
}
