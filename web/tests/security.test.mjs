// Security in the browser: tenants apart, sign-out at once, CSP, cross-origin writes refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, signIn, shot, Api, unique, BASE } from './helpers.mjs';

let browser; let coord; let admin;
before(async () => { browser = await launch(); coord = await Api.as('coordinator'); admin = await Api.as('admin'); });
after(async () => { await browser.close(); });

test('security: another district\'s URL shows «не найдено»', async () => {
  const other = await admin.ok('POST', '/districts', { region_id: (await coord.get(`/districts/${coord.me.district_id}`)).region_id, name: `Другой район ${unique()}`, code: `other-${unique()}` });
  const od = other.data.id;
  const org = await admin.ok('POST', `/districts/${od}/organizations`, { name: `Школа другого района ${unique()}`, type: 'school' });
  const page = await newPage(browser);
  await signIn(page, 'coordinator');
  const base = page.url().split('#')[0];
  for (const h of [`#/d/${od}`, `#/d/${od}/roadmaps`, `#/d/${od}/orgs/${org.data.id}/compliance`, `#/d/${coord.me.district_id}/orgs/${org.data.id}/compliance`]) {
    await page.goto(base + h);
    await page.getByRole('alert').filter({ hasText: /не найдено/i }).waitFor();
    const text = await page.locator('main').innerText();
    assert.ok(!text.includes(other.data.name) && !text.includes(org.data.name), `${h}: nothing of the other district shown`);
  }
  await shot(page, 'security-not-found');
  await page.context().close();
});

test('security: sign-out ends the session at once; back gives the sign-in page', async () => {
  const page = await newPage(browser);
  await signIn(page, 'coordinator');
  await page.getByRole('heading', { name: /Обзор: / }).waitFor();
  assert.equal((await page.context().request.get(BASE + '/api/v1/me')).status(), 200, 'the cookie session works');
  // The session is an HttpOnly cookie: no script on the page can read it, and no token is
  // kept. The one thing stored is the home path (app.jsx: the overview asked for at once on
  // the next start at /), no credential and no person's data.
  const [docCookie, session, local] = await page.evaluate(() => [document.cookie, sessionStorage.length,
    Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)]))]);
  assert.deepEqual([docCookie, session], ['', 0]);
  assert.deepEqual(Object.keys(local), ['nastavnik.home']);
  assert.match(local['nastavnik.home'], /^\/d\/[0-9a-f-]{36}$/);
  const cookie = (await page.context().cookies()).find((c) => c.httpOnly);
  assert.ok(cookie && cookie.sameSite === 'Strict', 'an HttpOnly SameSite=Strict cookie');
  assert.ok(!Object.values(local).some((v) => v.includes(cookie.value)), 'the session is in no storage a script reads');
  await page.getByRole('link', { name: 'Дорожные карты', exact: true }).click();
  await page.getByRole('heading', { name: 'Дорожные карты', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Выйти' }).click();
  await page.getByRole('button', { name: 'Войти' }).waitFor();
  assert.equal((await page.context().request.get(BASE + '/api/v1/me')).status(), 401, 'the session is over');
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'sign-out forgets the home path too');
  await page.goBack();
  await page.getByRole('button', { name: 'Войти' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: /Обзор: / }).count(), 0);
  assert.equal(await page.locator('header.top').count(), 0, 'nothing of the signed-in app is shown');
  await page.reload();
  await page.getByRole('button', { name: 'Войти' }).waitFor();
  await shot(page, 'signin');
  await page.context().close();
});

test('security: the Content-Security-Policy header allows only the app\'s own scripts and styles', async () => {
  const page = await newPage(browser);
  const res = await page.goto(BASE + '/');
  const csp = res.headers()['content-security-policy'] || '';
  assert.match(csp, /script-src 'self'/, csp);
  assert.match(csp, /default-src 'self'/, csp);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/, csp);
  // The app runs under it: nothing was refused.
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await signIn(page, 'coordinator');
  await page.getByRole('heading', { name: /Обзор: / }).waitFor();
  await page.locator('table.heat tbody tr').first().waitFor();
  assert.deepEqual(violations, []);
  await page.context().close();
});

test('security: a write from another origin is refused, nothing is created', async () => {
  const page = await newPage(browser);
  await signIn(page, 'coordinator');
  const d = coord.me.district_id;
  const name = `Школа с чужого сайта ${unique()}`;
  const res = await page.context().request.post(`${BASE}/api/v1/districts/${d}/organizations`, {
    headers: { Origin: 'https://evil.example', 'Content-Type': 'application/json', 'Accept-Language': 'ru' },
    data: { name, type: 'school' },
  });
  assert.equal(res.status(), 403, await res.text());
  // A page on another origin cannot write with the session either.
  const evil = await page.context().newPage();
  await evil.goto('about:blank');
  const status = await evil.evaluate(async ([url, n]) => {
    try {
      const r = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ name: n, type: 'school' }) });
      return r.status;
    } catch { return 'blocked'; }
  }, [`${BASE}/api/v1/districts/${d}/organizations`, name]);
  assert.notEqual(status, 201);
  const orgs = await coord.get(`/districts/${d}/organizations?q=${encodeURIComponent(name)}`);
  assert.equal(orgs.items.length, 0, 'nothing was created');
  await page.context().close();
});

// A closed network: the app and the API docs ask nothing of any other host (no CDN, no font,
// no registry), whatever they render.
test('closed network: the overview and /docs load every byte from the server itself', async () => {
  const page = await newPage(browser);
  const elsewhere = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(BASE) && !u.startsWith('data:') && !u.startsWith('blob:')) elsewhere.push(u);
  });
  await signIn(page, 'coordinator');
  await page.getByRole('heading', { name: /Обзор: / }).waitFor();
  await page.goto(BASE + '/docs');
  await page.getByRole('heading', { name: /Nastavnik API/ }).first().waitFor({ timeout: 60000 });
  assert.deepEqual(elsewhere, [], `requests to other hosts: ${elsewhere.join(', ')}`);
  await page.context().close();
});
