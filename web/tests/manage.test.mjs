// The coordinator manages people and organisations: a user disabled (signing in refused),
// enabled again, given a new password (the old one refused); an organisation's details
// changed, closed and reopened.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, signIn, shot, Api, unique, BASE } from './helpers.mjs';

let browser; let coord; let d;
before(async () => { browser = await launch(); coord = await Api.as('coordinator'); d = coord.me.district_id; });
after(async () => { await browser.close(); });

const signInStatus = async (login, password) => (await fetch(`${BASE}/api/v1/auth/login`, {
  method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ login, password }),
})).status;

test('coordinator: disable a user, enable again, set a new password', async () => {
  const login = `viewer.${unique()}`;
  const first = 'the first password';
  await coord.ok('POST', `/districts/${d}/users`, { login, password: first, full_name: 'Петрова Анна Сергеевна', role: 'district_viewer' });
  assert.equal(await signInStatus(login, first), 200);
  const page = await newPage(browser);
  page.on('dialog', (dlg) => dlg.accept());
  await signIn(page, 'coordinator');
  await page.getByRole('link', { name: 'Пользователи', exact: true }).click();
  const row = page.locator('tr', { has: page.getByRole('cell', { name: login, exact: true }) });
  await row.getByRole('button', { name: `Отключить ${login}` }).click();
  await row.getByText('отключён').waitFor();
  assert.notEqual(await signInStatus(login, first), 200, 'a disabled user cannot sign in');
  await row.getByRole('button', { name: `Включить ${login}` }).click();
  await row.getByText('активен').waitFor();
  assert.equal(await signInStatus(login, first), 200, 'enabled again');
  await row.getByRole('button', { name: `Новый пароль для ${login}` }).click();
  const second = 'a brand new password';
  await page.getByLabel(`Новый пароль для ${login}`).fill(second);
  await shot(page, 'coordinator-user-password');
  await page.getByRole('button', { name: 'Сохранить пароль' }).click();
  await page.getByLabel(`Новый пароль для ${login}`).waitFor({ state: 'detached' });
  assert.equal(await signInStatus(login, second), 200, 'the new password works');
  assert.equal(await signInStatus(login, first), 401, 'the old one does not');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test('coordinator: change an organisation\'s details, close it and reopen it', async () => {
  const name = `Школа для правки ${unique()}`;
  const org = (await coord.ok('POST', `/districts/${d}/organizations`, { name, short_name: 'Школа для правки', type: 'school' })).data;
  const page = await newPage(browser);
  page.on('dialog', (dlg) => dlg.accept());
  await signIn(page, 'coordinator');
  await page.goto(page.url().split('#')[0] + `#/d/${d}/orgs/${org.id}`);
  await page.getByRole('button', { name: 'Изменить сведения' }).click();
  await page.getByLabel('Адрес').fill('601300, Камешково, ул. Школьная, 1');
  await page.getByLabel('Тип').selectOption('college');
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await page.getByText('601300, Камешково, ул. Школьная, 1').first().waitFor();
  let now = await coord.get(`/districts/${d}/organizations/${org.id}`);
  assert.equal(now.address, '601300, Камешково, ул. Школьная, 1');
  assert.equal(now.type, 'college');
  await page.getByRole('button', { name: 'Закрыть организацию' }).click();
  await page.getByRole('button', { name: 'Открыть организацию снова' }).click();
  await page.getByRole('button', { name: 'Закрыть организацию' }).waitFor();
  now = await coord.get(`/districts/${d}/organizations/${org.id}`);
  assert.equal(now.status, 'active');
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});
