import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, BASE } from './helpers.mjs';

test('the app loads at / with its title', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const res = await page.goto(BASE + '/');
    assert.equal(res.status(), 200);
    assert.equal(await page.title(), 'Наставник');
  } finally { await browser.close(); }
});
