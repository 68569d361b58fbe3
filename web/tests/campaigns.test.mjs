// The coordinator runs a monitoring campaign in the browser: opens it, changes which
// organisations report (the dedicated POST and DELETE routes), closes it — after which a
// curator's entry is refused with the Russian message — and reopens it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, signIn, shot, Api, daysFromNow, unique } from './helpers.mjs';

let browser; let coord; let cur; let d;
before(async () => {
  browser = await launch();
  coord = await Api.as('coordinator'); cur = await Api.as('curator');
  d = coord.me.district_id;
});
after(async () => { await browser.close(); });

const ru = (iso) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

test('coordinator: open a campaign, remove and add an organisation, close it (entry refused in Russian), reopen it', async () => {
  const o = cur.me.organization_id;
  const title = `Мониторинг района ${unique()}`;
  const active = (await coord.get(`/districts/${d}/organizations?status=active&limit=200`)).items;
  const page = await newPage(browser);
  page.on('dialog', (dlg) => dlg.accept());
  const writes = [];
  page.on('request', (r) => { if (r.method() !== 'GET') writes.push({ method: r.method(), path: new URL(r.url()).pathname, body: r.postData() || '' }); });
  await signIn(page, 'coordinator');
  await page.getByRole('link', { name: 'Мониторинг', exact: true }).click();
  await page.getByRole('button', { name: 'Открыть новый мониторинг' }).click();
  await page.getByLabel('Название').fill(title);
  await page.getByLabel('Данные на дату').fill(ru(daysFromNow(-10)));
  await page.getByLabel('Срок сдачи').fill(ru(daysFromNow(10)));
  await page.getByLabel('Приём до (закрытие)').fill(ru(daysFromNow(20)));
  await page.getByRole('button', { name: 'Открыть мониторинг', exact: true }).click();
  await page.getByRole('heading', { name: title }).waitFor();
  await page.getByRole('heading', { name: 'Управление мониторингом' }).waitFor();
  const camp = (await coord.get(`/districts/${d}/monitoring-campaigns?limit=200`)).items.find((x) => x.title === title);
  assert.ok(camp, 'the campaign was created');
  const c = camp.id;
  assert.equal(camp.reporting_date, daysFromNow(-10));
  for (const x of active) assert.ok(camp.organization_ids.includes(x.id), `${x.name} is expected (every active organisation is)`);

  // Remove one that has not started its report (DELETE …/organizations/{o}), then add it back (POST).
  const other = active.find((x) => x.id !== o);
  const remove = page.getByRole('button', { name: `Убрать ${other.name} из мониторинга` });
  await remove.click();
  await remove.waitFor({ state: 'detached' });
  assert.ok(!(await coord.get(`/districts/${d}/monitoring-campaigns/${c}`)).organization_ids.includes(other.id), 'removed');
  await page.getByRole('button', { name: 'Добавить организацию' }).click();
  await page.getByLabel('Организация', { exact: true }).selectOption(other.id);
  await page.getByRole('button', { name: 'Добавить', exact: true }).click();
  await remove.waitFor();
  assert.ok((await coord.get(`/districts/${d}/monitoring-campaigns/${c}`)).organization_ids.includes(other.id), 'added back');
  const base = `/api/v1/districts/${d}/monitoring-campaigns/${c}/organizations`;
  assert.ok(writes.some((w) => w.method === 'DELETE' && w.path === `${base}/${other.id}`), 'removed through DELETE …/organizations/{o}');
  assert.ok(writes.some((w) => w.method === 'POST' && w.path === base && JSON.parse(w.body).organization_id === other.id), 'added through POST …/organizations');
  assert.ok(!writes.some((w) => w.method === 'PATCH' && w.body.includes('organization_ids')), 'never by PATCH organization_ids');
  await shot(page, 'coordinator-campaign-admin');

  // The curator has the form open while the campaign is still open.
  const curPage = await newPage(browser);
  await signIn(curPage, 'curator');
  const curBase = curPage.url().split('#')[0];
  await curPage.goto(`${curBase}#/d/${d}/campaigns/${c}/reports/${o}`);
  await curPage.getByRole('heading', { name: title }).waitFor();
  await curPage.getByRole('button', { name: 'Сохранить черновик' }).waitFor();

  // The coordinator closes the campaign: locked from today, no more membership changes.
  await page.getByRole('button', { name: 'Закрыть приём' }).click();
  await page.locator('.badge', { hasText: 'приём закрыт' }).waitFor();
  const locked = await coord.get(`/districts/${d}/monitoring-campaigns/${c}`);
  assert.equal(locked.lock_date, daysFromNow(-1));
  assert.ok(locked.due_date <= locked.lock_date);
  assert.equal(await page.getByRole('button', { name: 'Добавить организацию' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: /^Убрать / }).count(), 0);
  await shot(page, 'coordinator-campaign-locked');

  // The curator's entry is refused, in Russian; nothing is written.
  await curPage.locator('.field.ind[data-code="teachers_total"] input[type="number"]').fill('40');
  await curPage.getByRole('button', { name: 'Сохранить черновик' }).click();
  const alert = curPage.getByRole('alert').filter({ hasText: 'закрыта для изменений' });
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /Кампания закрыта для изменений/, text);
  assert.doesNotMatch(text, /\b(locked|campaign|only|reopen)\b/i, `no English in: ${text}`);
  await curPage.getByRole('button', { name: 'Сохранить черновик' }).waitFor({ state: 'detached' });
  assert.equal((await cur.get(`/districts/${d}/monitoring-campaigns/${c}/reports/${o}`)).status, 'not_started');
  await shot(curPage, 'curator-report-locked');

  // Reopened: the curator enters again.
  await page.getByRole('button', { name: /^Открыть приём снова/ }).click();
  await page.getByRole('button', { name: 'Закрыть приём' }).waitFor();
  assert.equal((await coord.get(`/districts/${d}/monitoring-campaigns/${c}`)).lock_date, daysFromNow(7));
  await curPage.reload();
  await curPage.locator('.field.ind[data-code="teachers_total"] input[type="number"]').fill('40');
  await curPage.getByRole('button', { name: 'Сохранить черновик' }).click();
  await curPage.getByText('Черновик сохранён. Отметки пересчитаны.').waitFor();
  const rep = await cur.get(`/districts/${d}/monitoring-campaigns/${c}/reports/${o}`);
  assert.equal(rep.status, 'draft');
  assert.equal(rep.values.teachers_total, 40);

  // An organisation with a report stays in the campaign: no remove button on its row.
  await page.reload();
  const curOrg = active.find((x) => x.id === o);
  const row = page.locator('tr', { has: page.getByRole('link', { name: curOrg.name, exact: true }) });
  await row.getByText('есть отчёт').waitFor();
  assert.equal(await page.getByRole('button', { name: `Убрать ${curOrg.name} из мониторинга` }).count(), 0);
  assert.deepEqual(page.jsErrors, []);
  assert.deepEqual(curPage.jsErrors, []);
  await curPage.context().close();
  await page.context().close();
});

test('coordinator: change a campaign\'s dates', async () => {
  const camp = await coord.ok('POST', `/districts/${d}/monitoring-campaigns`, {
    title: `Мониторинг для сроков ${unique()}`, reporting_date: daysFromNow(-2), due_date: daysFromNow(5), lock_date: daysFromNow(9), organization_ids: [cur.me.organization_id],
  });
  const page = await newPage(browser);
  await signIn(page, 'coordinator');
  await page.goto(page.url().split('#')[0] + `#/d/${d}/campaigns/${camp.data.id}`);
  await page.getByRole('button', { name: 'Изменить сроки' }).click();
  await page.getByLabel('Срок сдачи').fill(ru(daysFromNow(12)));
  await page.getByLabel('Приём до (закрытие)').fill(ru(daysFromNow(3)));
  await page.getByRole('button', { name: 'Сохранить сроки' }).click();
  // Out of order: refused with the API's Russian detail, nothing changed.
  const alert = page.getByRole('alert').filter({ hasText: /[А-Яа-яЁё]{4,}/ });
  await alert.waitFor();
  assert.equal((await coord.get(`/districts/${d}/monitoring-campaigns/${camp.data.id}`)).due_date, daysFromNow(5));
  await page.getByLabel('Приём до (закрытие)').fill(ru(daysFromNow(19)));
  await page.getByRole('button', { name: 'Сохранить сроки' }).click();
  await page.getByText(`срок сдачи ${ru(daysFromNow(12))}`).waitFor();
  const after = await coord.get(`/districts/${d}/monitoring-campaigns/${camp.data.id}`);
  assert.equal(after.due_date, daysFromNow(12));
  assert.equal(after.lock_date, daysFromNow(19));
  await page.context().close();
});
