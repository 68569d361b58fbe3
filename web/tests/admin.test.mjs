// The system administrator: a region, a district and its first coordinator, who then signs in;
// a region's analyst, who signs in to the region.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, signIn, shot, Api, unique, BASE } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('admin: a region, a district, its first coordinator, who signs in to an empty district', async () => {
  const u = unique();
  const page = await newPage(browser);
  await signIn(page, 'admin');
  await page.getByRole('heading', { name: 'Регионы и районы' }).waitFor();
  const region = `Тестовая область ${u}`;
  const regionForm = page.locator('form', { has: page.getByRole('heading', { name: 'Новый регион' }) });
  await regionForm.getByLabel('Название региона').fill(region);
  await regionForm.getByLabel('Код региона').fill(`t${u}`.slice(0, 12));
  await regionForm.getByRole('button', { name: 'Создать регион' }).click();
  await page.getByText(`Регион «${region}» создан.`).waitFor();
  const district = `Тестовый район ${u}`;
  const distForm = page.locator('form', { has: page.getByRole('heading', { name: 'Новый район' }) });
  await distForm.getByLabel('Регион').selectOption({ label: region });
  await distForm.getByLabel('Название района').fill(district);
  await distForm.getByLabel('Код района').fill(`d${u}`.slice(0, 12));
  await distForm.getByRole('button', { name: 'Создать район' }).click();
  await page.getByText(`Район «${district}» создан.`).waitFor();
  await page.getByRole('button', { name: `Назначить координатора — ${district}` }).click();
  const login = `coord.${u}`;
  await page.getByLabel('ФИО').fill('Иванова Ирина Ивановна');
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль (не короче 10 символов)').fill('a long enough password');
  await shot(page, 'admin-coordinator');
  await page.getByRole('button', { name: 'Создать', exact: true }).click();
  await page.getByText(`Координатор района «${district}» создан.`).waitFor();
  await page.getByRole('button', { name: 'Выйти' }).click();
  // The new coordinator signs in and lands on the new district's (empty) overview.
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill('a long enough password');
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('heading', { name: `Обзор: ${district}` }).waitFor();
  await page.getByText('Иванова Ирина Ивановна').waitFor();
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('admin: a region\'s analyst, who signs in to the region read-only', async () => {
  const u = unique();
  const admin = await Api.as('admin');
  const region = (await admin.ok('POST', '/regions', { name: `Область аналитика ${u}`, code: `a${u}`.slice(0, 12) })).data;
  const page = await newPage(browser);
  await signIn(page, 'admin');
  await page.getByRole('button', { name: `Назначить аналитика региона — ${region.name}` }).click();
  await page.getByRole('heading', { name: `Аналитик региона «${region.name}»` }).waitFor();
  const login = `analyst.${u}`;
  await page.getByLabel('ФИО').fill('Сидоров Олег Петрович');
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль (не короче 10 символов)').fill('a long enough password');
  await page.getByRole('button', { name: 'Создать', exact: true }).click();
  await page.getByText(`Аналитик региона «${region.name}» создан.`).waitFor();
  const users = await admin.get(`/regions/${region.id}/users`);
  const made = users.items.find((x) => x.login === login);
  assert.ok(made, 'the analyst exists in the region');
  assert.equal(made.role, 'region_analyst');
  await page.getByRole('button', { name: 'Выйти' }).click();
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill('a long enough password');
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('link', { name: 'Регион по районам' }).waitFor();
  // the sign-in lands on the region's page (the menu can show before the route has moved)
  await page.waitForURL(new RegExp(`#/r/${region.id}$`));
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
