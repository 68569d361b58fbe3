// Every page for every role at desktop (1280) and phone (360) width: a screenshot kept in
// web/test-results/, axe-core with no serious or critical violation, no script error, and
// nothing wider than the phone's screen but the tables (which scroll inside their box).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, signIn, shot, axe, Api, BASE } from './helpers.mjs';

let browser; let coord;
before(async () => { browser = await launch(); coord = await Api.as('coordinator'); });
after(async () => { await browser.close(); });

async function settle(page) {
  await page.waitForFunction(() => !document.body.innerText.includes('Загрузка…'), null, { timeout: 20000 });
  await page.waitForTimeout(250);
}

async function visitAll(who, pages) {
  const problems = [];
  for (const width of [1280, 360]) {
    const page = await newPage(browser, width);
    if (who) await signIn(page, who); else await page.goto(BASE + '/');
    const base = page.url().split('#')[0];
    for (const [name, hash] of pages) {
      if (hash !== null) await page.goto(base + hash);
      await settle(page);
      await shot(page, `${who || 'anon'}-${name}`);
      for (const v of await axe(page)) problems.push(`${name} @${width}: ${v.impact} ${v.id} (${v.help}) ${v.nodes.join(' | ')}`);
      if (width === 360) {
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        if (wide > 362) problems.push(`${name} @360: the page is ${wide}px wide`);
      }
    }
    for (const e of page.jsErrors) problems.push(`script error @${width}: ${e}`);
    await page.context().close();
  }
  assert.deepEqual(problems, []);
}

test('pages: the sign-in page', async () => { await visitAll(null, [['signin', null]]); });

test('pages: the coordinator\'s pages', async () => {
  const d = coord.me.district_id;
  const c = await coord.get(`/districts/${d}/compliance`);
  const o = c.organizations.find((x) => x.documents.approved_roadmap) || c.organizations[0];
  const rms = await coord.get(`/districts/${d}/roadmaps?status=approved&owner=${o.organization_id}`);
  const camps = await coord.get(`/districts/${d}/monitoring-campaigns`);
  const camp = camps.items[0];
  await visitAll('coordinator', [
    ['overview', `#/d/${d}`],
    ['org-compliance', `#/d/${d}/orgs/${o.organization_id}/compliance`],
    ['roadmaps', `#/d/${d}/roadmaps`],
    ['roadmap', `#/d/${d}/roadmaps/${rms.items[0].id}`],
    ['import', `#/d/${d}/import`],
    ['campaigns', `#/d/${d}/campaigns`],
    ['campaign', `#/d/${d}/campaigns/${camp.id}`],
    ['report', `#/d/${d}/campaigns/${camp.id}/reports/${camp.organization_ids[0]}`],
    ['organizations', `#/d/${d}/orgs`],
    ['organization', `#/d/${d}/orgs/${o.organization_id}`],
    ['users', `#/d/${d}/users`],
    ['export', `#/d/${d}/export`],
    ['bases-mentors', `#/d/${d}/orgs/${o.organization_id}/bases`],
    ['bases-mentees', `#/d/${d}/orgs/${o.organization_id}/bases?tab=mentees`],
    ['bases-programs', `#/d/${d}/orgs/${o.organization_id}/bases?tab=programs`],
    ['bases-pairs', `#/d/${d}/orgs/${o.organization_id}/bases?tab=pairs`],
  ]);
});

test('pages: the curator\'s pages', async () => {
  const cur = await Api.as('curator');
  const d = cur.me.district_id; const o = cur.me.organization_id;
  const rms = await cur.get(`/districts/${d}/roadmaps?owner=${o}&status=approved`);
  const camps = await cur.get(`/districts/${d}/monitoring-campaigns`);
  await visitAll('curator', [
    ['roadmaps', `#/d/${d}/roadmaps`],
    ['roadmap', `#/d/${d}/roadmaps/${rms.items[0].id}`],
    ['import', `#/d/${d}/import`],
    ['compliance', `#/d/${d}/orgs/${o}/compliance`],
    ['campaigns', `#/d/${d}/campaigns`],
    ['report', `#/d/${d}/campaigns/${camps.items[0].id}/reports/${o}`],
    ['bases', `#/d/${d}/orgs/${o}/bases`],
  ]);
});

test('pages: the analyst\'s and the administrator\'s pages', async () => {
  const an = await Api.as('analyst');
  const r = an.me.region_id;
  await visitAll('analyst', [
    ['region', `#/r/${r}`],
    ['district', `#/r/${r}/d/${coord.me.district_id}`],
    ['export', `#/r/${r}/export`],
  ]);
  await visitAll('admin', [['regions', '#/admin']]);
});

test('keyboard alone: sign in, open a section, sort a table', async () => {
  const page = await newPage(browser);
  await page.goto(BASE + '/');
  await page.getByLabel('Логин').waitFor();
  const tabTo = async (pred, max = 60) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(pred)) return;
    }
    throw new Error(`not reached by Tab: ${pred}`);
  };
  // The login field has the focus on arrival (autofocus) or is reached by Tab.
  if (!(await page.evaluate(() => document.activeElement && document.activeElement.autocomplete === 'username'))) {
    await tabTo(() => document.activeElement.autocomplete === 'username');
  }
  await page.keyboard.type('coordinator.kameshkovo');
  await page.keyboard.press('Tab');
  await page.keyboard.type('nastavnik-coordinator');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Обзор: / }).waitFor();
  await tabTo(() => document.activeElement.textContent === 'Дорожные карты');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Дорожные карты', exact: true }).waitFor();
  await tabTo(() => document.activeElement.textContent === 'Обзор');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /Обзор: / }).waitFor();
  await page.locator('table.orgs').waitFor();
  await tabTo(() => document.activeElement.classList.contains('th-sort') && document.activeElement.textContent.startsWith('Просрочено'), 150);
  await page.keyboard.press('Enter');
  await page.locator('table.orgs th[aria-sort="ascending"]', { hasText: 'Просрочено' }).waitFor();
  // The focus is visible: an outline on the focused control.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await page.context().close();
});

test('district viewer: reads the district, no write button anywhere', async () => {
  const d = coord.me.district_id;
  const submitted = await coord.get(`/districts/${d}/roadmaps?status=submitted`);
  const approved = await coord.get(`/districts/${d}/roadmaps?status=approved`);
  const camps = await coord.get(`/districts/${d}/monitoring-campaigns`);
  const camp = camps.items[0];
  const page = await newPage(browser);
  await signIn(page, 'viewer');
  const base = page.url().split('#')[0];
  const WRITE = /Утвердить|Вернуть|Отметить|Создать|Добавить|Сохранить|Отправить|Удалить|Закрыть|Отозвать|Выпустить|Изменить|Начать|Открыть|Принять|Импорт/;
  const hashes = [`#/d/${d}`, `#/d/${d}/roadmaps`, `#/d/${d}/roadmaps/${approved.items[0].id}`, `#/d/${d}/campaigns`, `#/d/${d}/campaigns/${camp.id}`,
    `#/d/${d}/campaigns/${camp.id}/reports/${camp.organization_ids[0]}`, `#/d/${d}/export`];
  if (submitted.items.length) hashes.push(`#/d/${d}/roadmaps/${submitted.items[0].id}`);
  for (const h of hashes) {
    await page.goto(base + h);
    await settle(page);
    const controls = [...await page.locator('button:visible').allInnerTexts(), ...await page.locator('a.button:visible').allInnerTexts()];
    for (const b of controls) assert.doesNotMatch(b, WRITE, `${h}: «${b}»`);
    assert.equal(await page.locator('input:not([disabled]):not([readonly])').evaluateAll((els) => els.filter((e) => !e.closest('.asof') && !e.closest('.toolbar')).length), 0, `${h}: no editable field`);
  }
  await shot(page, 'viewer-report');
  await page.context().close();
});
