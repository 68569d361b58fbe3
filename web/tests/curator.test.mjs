// The organisation curator's main paths: import through the preview, progress with
// evidence (and without it, refused in Russian), the monitoring form with a flagged value.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, newPage, signIn, shot, Api, approvedRoadmap, daysFromNow, unique, ROOT } from './helpers.mjs';

let browser; let coord; let cur; let d; let o;
before(async () => {
  browser = await launch();
  coord = await Api.as('coordinator'); cur = await Api.as('curator');
  d = cur.me.district_id; o = cur.me.organization_id;
});
after(async () => { await browser.close(); });

const SEED = path.join(ROOT, 'data', 'seeds', '000_6cb259427516db09.txt');

test('curator: import a seed roadmap through the preview, then create the draft', async () => {
  const title = `Импорт ${unique()}`;
  const count = async () => (await cur.get(`/districts/${d}/roadmaps?owner=${o}&limit=200`)).items.filter((r) => r.title === title).length;
  const page = await newPage(browser);
  await signIn(page, 'curator');
  await page.getByRole('link', { name: 'Импорт', exact: true }).click();
  await page.getByLabel('Начало периода').fill('01.09.2024');
  await page.getByLabel('Конец периода').fill('31.08.2025');
  await page.getByLabel('Название (необязательно)').fill(title);
  await page.getByLabel('Файл таблицы (.txt, .tsv, .csv)').setInputFiles(SEED);
  await page.getByRole('button', { name: 'Предварительный просмотр' }).click();
  await page.getByRole('heading', { name: 'Предварительный просмотр' }).waitFor();
  // The same preview through the API: every warning and unplaced line is on screen.
  const seed = (await import('node:fs')).readFileSync(SEED, 'utf8');
  const dry = await cur.call('POST', `/districts/${d}/roadmaps/import?owner=${o}&period_start=2024-09-01&period_end=2025-08-31&title=${encodeURIComponent(title)}&dry_run=true`, seed, { 'Content-Type': 'text/tab-separated-values' });
  assert.equal(dry.status, 200, 'dry_run answers 200 without creating');
  const warnings = dry.data.warnings || [];
  const unplaced = dry.data.unplaced || [];
  assert.ok(warnings.length + unplaced.length > 0, 'the seed gives warnings or unplaced lines');
  await page.getByRole('heading', { name: `Предупреждения (${warnings.length})` }).waitFor();
  await page.getByRole('heading', { name: `Не размещённые строки (${unplaced.length})` }).waitFor();
  assert.equal(await page.locator('li.warning').count(), warnings.length + unplaced.length);
  const firstItem = dry.data.roadmap.sections.flatMap((s) => s.items)[0];
  await page.getByRole('cell', { name: firstItem.title.trim().slice(0, 40) }).first().waitFor();
  await shot(page, 'curator-import-preview');
  assert.equal(await count(), 0, 'nothing is created by the preview');
  await page.getByRole('button', { name: 'Создать черновик' }).click();
  await page.getByRole('heading', { name: title }).waitFor();
  await page.getByText('Черновик', { exact: true }).waitFor();
  assert.equal(await count(), 1);
  await shot(page, 'curator-roadmap-draft');
  // Correct a deadline in the draft: its window is read again.
  const item = page.locator('li.item').first();
  await item.getByRole('button', { name: /^Изменить/ }).click();
  await item.getByLabel('Срок (как в документе)').fill('Октябрь 2024');
  await item.getByRole('button', { name: 'Сохранить' }).click();
  await page.locator('li.item').first().getByText('01.10.2024 – 31.10.2024').waitFor();
  // Submit for approval.
  await page.getByRole('button', { name: 'Отправить на согласование' }).click();
  await page.getByText('Дорожная карта отправлена на согласование.').waitFor();
  const mine = (await cur.get(`/districts/${d}/roadmaps?owner=${o}&limit=200`)).items.find((r) => r.title === title);
  assert.equal(mine.status, 'submitted');
  await page.context().close();
});

test('curator: record done with evidence; without evidence it is refused in Russian', async () => {
  const id = await approvedRoadmap(coord, o, `Дорожная карта для отметок ${unique()}`);
  const page = await newPage(browser);
  await signIn(page, 'curator');
  await page.goto(page.url().split('#')[0] + `#/d/${d}/roadmaps/${id}`);
  const item = page.locator('li.item', { hasText: 'Издание приказа о внедрении' });
  await item.getByRole('button', { name: /^Отметить/ }).first().click();
  const form = item.locator('form.progress-form');
  await form.getByLabel('Состояние').selectOption('done');
  await form.getByLabel('Дата выполнения').fill('15.09.' + (new Date().getUTCFullYear() - 1));
  await form.getByRole('button', { name: 'Сохранить' }).click();
  const alert = form.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /[А-Яа-яЁё]{4,}/, `a Russian message: ${text}`);
  assert.doesNotMatch(text, /\b(evidence|required|must)\b/i, `no English in: ${text}`);
  await shot(page, 'curator-progress-refused');
  await form.getByLabel('Документ (название)').fill('Приказ о внедрении целевой модели наставничества');
  await form.getByLabel('Номер документа').fill('112');
  await form.getByLabel('Дата документа').fill('12.09.' + (new Date().getUTCFullYear() - 1));
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await item.getByText('выполнено', { exact: true }).first().waitFor();
  await item.getByText(/Приказ о внедрении целевой модели наставничества № 112 от 12\.09\./).waitFor();
  const rm = await cur.get(`/districts/${d}/roadmaps/${id}`);
  const occ = rm.sections[0].items[0].occurrences[0];
  assert.equal(occ.status, 'done');
  assert.equal(occ.evidence.number, '112');
  await shot(page, 'curator-roadmap');
  await page.context().close();
});

test('curator: fill and submit a monitoring report with a flagged value', async () => {
  const camp = await coord.ok('POST', `/districts/${d}/monitoring-campaigns`, {
    title: `Мониторинг куратора ${unique()}`, reporting_date: daysFromNow(-1), due_date: daysFromNow(10), lock_date: daysFromNow(20), organization_ids: [o],
  });
  const c = camp.data.id;
  const rep = await cur.get(`/districts/${d}/monitoring-campaigns/${c}/reports/${o}`);
  const page = await newPage(browser);
  await signIn(page, 'curator');
  await page.getByRole('link', { name: 'Мониторинг', exact: true }).click();
  await page.getByRole('link', { name: camp.data.title }).click();
  await page.getByRole('heading', { name: camp.data.title }).waitFor();
  // Pre-filled from the bases.
  if (rep.bases) {
    await page.getByText('подставлены автоматически').waitFor();
    assert.equal(await page.locator('.field.ind[data-code="mentees_total"] input[type="number"]').inputValue(), String(rep.bases.mentees_total));
  }
  const fill = async (code, v) => {
    const ind = camp.data.indicators.find((i) => i.code === code);
    const field = page.locator(`.field.ind[data-code="${code}"]`);
    await field.waitFor();
    if (ind.type === 'boolean') await field.locator('select').selectOption(v ? 'true' : 'false');
    else await field.locator('input[type="number"]').fill(String(v));
    return field;
  };
  // Plausible values (parts within their wholes, the bases' counts) but one: mentors_total.
  const b = rep.bases || { mentees_students_10_18: 5, mentees_young_teachers: 1, mentees_total: 6, pairs_total: 6, programs_total: 1 };
  await fill('students_10_18', 400); await fill('mentees_students_10_18', b.mentees_students_10_18);
  await fill('teachers_total', 40); await fill('young_teachers', Math.max(4, b.mentees_young_teachers)); await fill('mentees_young_teachers', b.mentees_young_teachers);
  const mentorsTotal = rep.bases ? rep.bases.mentors_total + 7 : 10;
  const flagged = await fill('mentors_total', mentorsTotal);
  for (const code of ['mentees_total', 'pairs_total', 'programs_total']) {
    await fill(code, b[code]);
  }
  for (const code of ['has_order', 'has_regulation', 'has_program', 'has_site_page']) await fill(code, true);
  await page.getByRole('button', { name: 'Сохранить черновик' }).click();
  await page.getByText('Черновик сохранён. Отметки пересчитаны.').waitFor();
  const saved = await cur.get(`/districts/${d}/monitoring-campaigns/${c}/reports/${o}`);
  const flag = saved.flags.find((f) => f.code === 'mentors_total');
  assert.ok(flag, `a flag on mentors_total: ${JSON.stringify(saved.flags)}`);
  await flagged.locator('.flag').first().waitFor();
  // Beside the field, in Russian (the API's message_ru), not the English message.
  const shown = await flagged.locator('.flag').first().innerText();
  assert.ok(flag.message_ru && shown.includes(flag.message_ru), `«${shown}» shows «${flag.message_ru}»`);
  assert.ok(!shown.includes(flag.message), `no English in «${shown}»`);
  await page.getByText('Правила проверки отчёта').click();
  await page.getByText(/Часть не может быть больше целого/).waitFor();
  await shot(page, 'curator-report-flagged');
  await page.getByRole('button', { name: 'Сохранить и отправить' }).click();
  await page.getByText('Отчёт отправлен в управление образования.').waitFor();
  const after = await cur.get(`/districts/${d}/monitoring-campaigns/${c}/reports/${o}`);
  assert.equal(after.status, 'submitted');
  assert.equal(after.values.mentors_total, mentorsTotal);
  await page.context().close();
});

test('curator: mentees loaded from a CSV (bulk upsert), again without duplicates', async () => {
  const u = unique();
  const y = new Date().getUTCFullYear();
  const csv = '\uFEFFexternal_id;full_name;category;birth_year;consent_date;consent_given_by\n'
    + `csv-${u}-1;Петров Пётр ${u};student;${y - 14};${daysFromNow(-30)};parent\n`
    + `csv-${u}-2;"Сидорова Анна ${u}";student;${y - 15};${daysFromNow(-30)};parent\n`;
  const file = path.join((await import('./helpers.mjs')).RESULTS, `mentees-${u}.csv`);
  const fs = await import('node:fs');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, csv);
  const page = await newPage(browser);
  await signIn(page, 'curator');
  await page.getByRole('link', { name: 'Наставники и пары' }).click();
  await page.getByRole('link', { name: 'Наставляемые' }).click();
  await page.getByLabel('Файл CSV').setInputFiles(file);
  await page.getByText(/добавлено 2, обновлено 0, без изменений 0/).waitFor();
  await page.getByRole('cell', { name: `Петров Пётр ${u}` }).waitFor();
  await page.getByRole('cell', { name: `Сидорова Анна ${u}` }).waitFor();
  await shot(page, 'curator-mentees');
  await page.getByLabel('Файл CSV').setInputFiles(file);
  await page.getByText(/добавлено 0, обновлено 0, без изменений 2/).waitFor();
  const all = await cur.get(`/districts/${d}/organizations/${o}/mentees?limit=200`);
  assert.equal(all.items.filter((p) => p.external_id && p.external_id.startsWith(`csv-${u}`)).length, 2);
  await page.context().close();
});
