import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, BASE } from './helpers.mjs';

test('the app loads at / in Russian with its hashed assets and the sign-in form', async () => {
  const browser = await launch();
  try {
    const page = await newPage(browser);
    const res = await page.goto(BASE + '/');
    assert.equal(res.status(), 200);
    assert.equal(await page.getAttribute('html', 'lang'), 'ru');
    const scripts = await page.$$eval('script[src]', (s) => s.map((x) => x.getAttribute('src')));
    assert.ok(scripts.some((s) => /^\/assets\/app-[A-Z0-9]+\.js$/.test(s)), `hashed script: ${scripts}`);
    await page.getByLabel('Логин').waitFor();
    await page.getByLabel('Пароль').waitFor();
    assert.deepEqual(page.jsErrors, []);
  } finally { await browser.close(); }
});
