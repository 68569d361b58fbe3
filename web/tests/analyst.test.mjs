// The region analyst: region → district drill-down, read-only, never a person's record.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, signIn, shot, Api, getAllItems } from './helpers.mjs';

let browser; let coord; let analyst;
before(async () => { browser = await launch(); coord = await Api.as('coordinator'); analyst = await Api.as('analyst'); });
after(async () => { await browser.close(); });

// Every person the demo district knows: its users, mentors and mentees.
async function peopleNames() {
  const d = coord.me.district_id;
  const names = new Set();
  for (const u of await getAllItems(coord, `/districts/${d}/users`)) if (u.full_name) names.add(u.full_name);
  for (const o of await getAllItems(coord, `/districts/${d}/organizations`)) {
    for (const kind of ['mentors', 'mentees']) {
      for (const p of await getAllItems(coord, `/districts/${d}/organizations/${o.id}/${kind}`)) if (p.full_name) names.add(p.full_name);
    }
  }
  return [...names];
}

const READ_ONLY_BUTTONS = /^(Выйти|Меню|Сегодня|Организация|Район|Тип|Выполнено|В срок|Просрочено|Организаций|Выполнили всё|Без утв\. ДК)( [▲▼])?$/;

test('analyst: region → district drill-down, no person\'s data, no write buttons', async () => {
  const names = await peopleNames();
  assert.ok(names.length > 3, 'the demo district has people to look for');
  const r = analyst.me.region_id;
  const rc = await analyst.get(`/regions/${r}/compliance`);
  const district = rc.districts[0];
  const page = await newPage(browser);
  const bodies = [];
  page.on('response', async (res) => {
    if (res.url().includes('/api/v1/') && (res.headers()['content-type'] || '').includes('json')) bodies.push(await res.text().catch(() => ''));
  });
  await signIn(page, 'analyst');
  assert.match(page.url(), new RegExp(`#/r/${r}$`));
  await page.getByRole('link', { name: district.name, exact: true }).waitFor();
  await shot(page, 'analyst-region');
  const check = async (where) => {
    const text = await page.locator('body').innerText();
    for (const n of names) {
      assert.ok(!text.includes(n), `${where}: «${n}» on screen`);
      for (const b of bodies) assert.ok(!b.includes(n), `${where}: «${n}» in an API answer`);
    }
    const buttons = await page.locator('button:visible').allInnerTexts();
    for (const b of buttons) assert.match(b.trim(), READ_ONLY_BUTTONS, `${where}: a write button «${b}»`);
    assert.equal(await page.locator('form:has(button[type="submit"])').count(), 0, `${where}: no forms`);
  };
  await check('region');
  await page.getByRole('link', { name: district.name, exact: true }).click();
  await page.getByRole('heading', { name: district.name, exact: true }).waitFor();
  await page.getByRole('heading', { name: 'Организации', exact: true }).waitFor();
  const shown = await page.locator('.kpi', { hasText: 'организаций' }).locator('.kpi-value').innerText();
  assert.equal(shown.trim(), String(district.organizations));
  await shot(page, 'analyst-district');
  await check('district');
  // The regional export, read-only too.
  await page.getByRole('link', { name: 'Отчёт', exact: true }).click();
  await page.getByRole('link', { name: 'Скачать XLSX' }).waitFor();
  await page.locator('table.report tbody tr').first().waitFor();
  await shot(page, 'analyst-export');
  await check('export');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
