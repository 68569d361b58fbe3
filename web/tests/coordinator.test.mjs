// The district coordinator's main paths in a real browser against the demo district.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launch, newPage, signIn, shot, Api, approvedRoadmap, readZip, daysFromNow, unique, BASE, RESULTS } from './helpers.mjs';

let browser; let coord; let d;
before(async () => { browser = await launch(); coord = await Api.as('coordinator'); d = coord.me.district_id; });
after(async () => { await browser.close(); });

test('coordinator: sign in, the overview, from a percentage to its overdue items', async () => {
  const page = await newPage(browser);
  await signIn(page, 'coordinator');
  assert.match(page.url(), new RegExp(`#/d/${d}$`));
  await page.getByRole('heading', { name: /Обзор: / }).waitFor();
  const c = await coord.get(`/districts/${d}/compliance`);
  // The district's share on screen, in the Russian format.
  const share = new Intl.NumberFormat('ru-RU', { style: 'percent', maximumFractionDigits: 1 }).format(c.totals.compliance_pct / 100);
  await page.locator('.kpi', { hasText: 'выполнено' }).first().getByText(share).waitFor();
  await page.getByRole('heading', { name: 'Организации по этапам' }).waitFor();
  await page.locator('table.heat tbody tr').first().waitFor();
  await shot(page, 'coordinator-overview');
  // The overdue count opens the overdue list, on this page, oldest first.
  const url = page.url();
  await page.locator('a.kpi', { hasText: 'просрочено' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'overdue-h');
  assert.equal(page.url(), url);
  const listed = page.locator('section', { has: page.locator('#overdue-h') }).locator('table').first().locator('tbody tr');
  assert.equal(await listed.count(), Math.min(c.overdue.length, c.overdue_total));
  // An organisation with overdue items: click its percentage.
  const org = c.organizations.find((o) => o.items_overdue > 0);
  assert.ok(org, 'the demo district has an organisation with overdue items');
  const name = org.short_name || org.name;
  await page.getByRole('link', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: выполнено`) }).click();
  await page.getByRole('heading', { name: new RegExp(`^Просрочено: ${org.items_overdue}$`) }).waitFor();
  const detail = await coord.get(`/districts/${d}/organizations/${org.organization_id}/compliance`);
  const rows = page.locator('section', { has: page.getByRole('heading', { name: /^Просрочено:/ }) }).locator('tbody tr');
  assert.equal(await rows.count(), detail.occurrences.overdue.length);
  await rows.first().getByText(detail.occurrences.overdue[0].title.trim().slice(0, 30)).first().waitFor();
  await shot(page, 'coordinator-org-overdue');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('coordinator: approve a submitted roadmap', async () => {
  const orgs = await coord.get(`/districts/${d}/organizations?type=school`);
  const org = orgs.items[0];
  const y = new Date().getUTCFullYear();
  const title = `Дорожная карта для согласования ${unique()}`;
  const r = await coord.ok('POST', `/districts/${d}/roadmaps`, {
    owner: { kind: 'organization', organization_id: org.id }, title, period: { start: `${y}-09-01`, end: `${y + 1}-08-31` },
    sections: [{ number: '1.', title: 'Подготовка условий', items: [{ number: '1.1', title: 'Издание приказа', deadline_text: `Сентябрь ${y}` }] }],
  });
  await coord.ok('POST', `/districts/${d}/roadmaps/${r.data.id}/submit`, undefined, { 'If-Match': r.etag });
  const page = await newPage(browser);
  await signIn(page, 'coordinator');
  await page.getByRole('link', { name: /На согласовании/ }).click();
  await page.getByRole('link', { name: title }).click();
  await page.getByText('На согласовании', { exact: true }).waitFor();
  await shot(page, 'coordinator-roadmap-submitted');
  await page.getByRole('button', { name: 'Утвердить' }).click();
  await page.getByText('Дорожная карта утверждена.').waitFor();
  const after = await coord.get(`/districts/${d}/roadmaps/${r.data.id}`);
  assert.equal(after.status, 'approved');
  await page.context().close();
});

test('coordinator: return a monitoring report with a comment', async () => {
  const orgs = await coord.get(`/districts/${d}/organizations?type=kindergarten`);
  const org = orgs.items[0];
  const camp = await coord.ok('POST', `/districts/${d}/monitoring-campaigns`, {
    title: `Мониторинг для возврата ${unique()}`, reporting_date: daysFromNow(-1), due_date: daysFromNow(10), lock_date: daysFromNow(20), organization_ids: [org.id],
  });
  const c = camp.data.id;
  const rep = await coord.get(`/districts/${d}/monitoring-campaigns/${c}/reports/${org.id}`);
  const values = { students_10_18: 'not_applicable', mentees_students_10_18: 'not_applicable', teachers_total: 20, young_teachers: 2, mentees_young_teachers: 1,
    mentors_total: 3, mentees_total: 3, pairs_total: 3, programs_total: 1, has_order: true, has_regulation: true, has_program: true, has_site_page: true, ...rep.values };
  const put = await coord.ok('PUT', `/districts/${d}/monitoring-campaigns/${c}/reports/${org.id}`, { values });
  await coord.ok('POST', `/districts/${d}/monitoring-campaigns/${c}/reports/${org.id}/submit`, {}, { 'If-Match': put.etag });

  const page = await newPage(browser);
  await signIn(page, 'coordinator');
  await page.getByRole('link', { name: 'Мониторинг', exact: true }).click();
  await page.getByRole('link', { name: camp.data.title }).click();
  await page.getByRole('link', { name: org.name }).click();
  await page.getByRole('heading', { name: 'Проверка отчёта' }).waitFor();
  const comment = 'Уточните число молодых педагогов: в базе их двое.';
  await page.getByLabel('Комментарий для организации').fill(comment);
  await shot(page, 'coordinator-report-review');
  await page.getByRole('button', { name: 'Вернуть с комментарием' }).click();
  await page.getByText('Отчёт возвращён организации с комментарием.').waitFor();
  await page.getByText(comment).first().waitFor();
  const after = await coord.get(`/districts/${d}/monitoring-campaigns/${c}/reports/${org.id}`);
  assert.equal(after.status, 'returned');
  assert.equal(after.return_comment, comment);
  await page.context().close();
});

test('coordinator: accept a submitted monitoring report', async () => {
  const orgs = await coord.get(`/districts/${d}/organizations?type=kindergarten`);
  const org = orgs.items[0];
  const camp = await coord.ok('POST', `/districts/${d}/monitoring-campaigns`, {
    title: `Мониторинг для приёмки ${unique()}`, reporting_date: daysFromNow(-1), due_date: daysFromNow(10), lock_date: daysFromNow(20), organization_ids: [org.id],
  });
  const c = camp.data.id;
  const rep = await coord.get(`/districts/${d}/monitoring-campaigns/${c}/reports/${org.id}`);
  const values = { students_10_18: 'not_applicable', mentees_students_10_18: 'not_applicable', teachers_total: 20, young_teachers: 2, mentees_young_teachers: 1,
    mentors_total: 3, mentees_total: 3, pairs_total: 3, programs_total: 1, has_order: true, has_regulation: true, has_program: true, has_site_page: true, ...rep.values };
  const put = await coord.ok('PUT', `/districts/${d}/monitoring-campaigns/${c}/reports/${org.id}`, { values });
  await coord.ok('POST', `/districts/${d}/monitoring-campaigns/${c}/reports/${org.id}/submit`, {}, { 'If-Match': put.etag });

  const page = await newPage(browser);
  await signIn(page, 'coordinator');
  await page.getByRole('link', { name: 'Мониторинг', exact: true }).click();
  await page.getByRole('link', { name: camp.data.title }).click();
  await page.getByLabel('Показать').selectOption('submitted');
  await page.getByRole('link', { name: org.name }).click();
  await page.getByRole('heading', { name: 'Проверка отчёта' }).waitFor();
  await page.getByRole('button', { name: 'Принять отчёт' }).click();
  await page.getByText('Отчёт принят.').waitFor();
  await page.locator('.badge', { hasText: 'принят' }).first().waitFor();
  assert.equal(await page.getByRole('button', { name: 'Принять отчёт' }).count(), 0, 'accepted once');
  const after = await coord.get(`/districts/${d}/monitoring-campaigns/${c}/reports/${org.id}`);
  assert.equal(after.status, 'accepted');
  assert.ok(after.accepted_at);
  // The campaign counts it accepted.
  await page.getByRole('link', { name: camp.data.title }).click();
  const accepted = page.locator('.kpi', { hasText: 'принято' });
  await accepted.getByText('1', { exact: true }).waitFor();
  await shot(page, 'coordinator-report-accepted');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('coordinator: the regional report downloads as an XLSX workbook with the rows on screen', async () => {
  const page = await newPage(browser);
  await signIn(page, 'coordinator');
  await page.getByRole('link', { name: 'Отчёт', exact: true }).click();
  const firstCell = page.locator('table.report tbody tr').first().locator('td').first();
  await firstCell.waitFor();
  const onScreen = (await firstCell.innerText()).trim();
  const rowCount = await page.locator('table.report tbody tr:not(.totals)').count();
  await shot(page, 'coordinator-export');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Скачать XLSX' }).click()]);
  const file = path.join(RESULTS, 'regional.xlsx');
  await download.saveAs(file);
  const zip = await readZip(file);
  const sheets = Object.keys(zip).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  assert.ok(sheets.length >= 1, `worksheets in ${Object.keys(zip)}`);
  const xml = sheets.map((n) => zip[n].toString('utf8')).join('') + (zip['xl/sharedStrings.xml'] || '').toString('utf8');
  const esc = onScreen.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  assert.ok(xml.includes(esc) || xml.includes(onScreen), `the workbook holds «${onScreen}»`);
  const rowsInSheet = (zip[sheets[0]].toString('utf8').match(/<row /g) || []).length;
  assert.ok(rowsInSheet >= rowCount, `sheet rows ${rowsInSheet} ≥ screen rows ${rowCount}`);
  // CSV too: UTF-8 with the same first organisation.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Скачать CSV' }).click()]);
  const csvFile = path.join(RESULTS, 'regional.csv');
  await csv.saveAs(csvFile);
  const text = (await import('node:fs')).readFileSync(csvFile, 'utf8');
  assert.ok(text.includes(onScreen), 'the CSV holds the first row');
  await page.context().close();
});

test('coordinator: an API key\'s secret is shown once, with a copy button, and the key works', async () => {
  const orgs = await coord.get(`/districts/${d}/organizations?type=college`);
  const org = orgs.items[0];
  const page = await newPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
  await signIn(page, 'coordinator');
  await page.getByRole('link', { name: 'Организации', exact: true }).click();
  // the overview links every organisation too: wait for the organisations page itself
  await page.getByRole('heading', { name: 'Организации района' }).waitFor();
  await page.getByRole('link', { name: org.short_name || org.name, exact: true }).click();
  const name = `Сетевой город ${unique()}`;
  await page.getByLabel('Название системы').fill(name);
  await page.getByRole('button', { name: 'Выпустить ключ' }).click();
  const secret = (await page.locator('.secret-value').innerText()).trim();
  assert.match(secret, /^nsk_/);
  await page.getByRole('button', { name: 'Копировать ключ' }).click();
  await page.getByRole('button', { name: 'Скопировано' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), secret);
  await shot(page, 'coordinator-api-key');
  // The key reads its organisation; the secret is not shown again after a reload.
  const me = await fetch(`${BASE}/api/v1/me`, { headers: { Authorization: `Bearer ${secret}` } });
  assert.equal(me.status, 200);
  assert.equal((await me.json()).organization_id, org.id);
  await page.reload();
  await page.getByRole('cell', { name, exact: true }).waitFor();
  assert.equal(await page.locator('.secret-value').count(), 0);
  assert.ok(!(await page.locator('body').innerText()).includes(secret));
  await page.context().close();
});
