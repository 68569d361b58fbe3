// Takes the screenshots committed under docs/screenshots (shown in the README) from a
// FRESH `nastavnik serve --demo` (start one on a new database: the browser tests change the
// demo's numbers). Desktop 1280 px and phone 360 px.
//   NASTAVNIK_URL=http://127.0.0.1:PORT npm run screenshots     (CHROMIUM= to pick the browser)
// The curator's monitoring form is saved once as a draft with a value the bases disagree
// with (to show a flag), after every other screenshot.
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { launch, signIn, Api, ROOT } from './tests/helpers.mjs';

const OUT = path.join(ROOT, 'docs', 'screenshots');
const SEED = path.join(ROOT, 'data', 'seeds', '000_6cb259427516db09.txt');
await mkdir(OUT, { recursive: true });

const browser = await launch();
const coord = await Api.as('coordinator');
const cur = await Api.as('curator');
const analyst = await Api.as('analyst');
const d = coord.me.district_id;

async function open(who, width, height) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'ru-RU', deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('pageerror', (e) => { throw new Error(`script error: ${e.message}`); });
  await signIn(page, who);
  page.base = page.url().split('#')[0];
  return page;
}
async function settle(page) {
  await page.waitForFunction(() => !document.body.innerText.includes('Загрузка…'), null, { timeout: 30000 });
  await page.evaluate(() => document.fonts && document.fonts.ready);
  await page.waitForTimeout(300);
}
async function save(page, name, opts = {}) {
  await settle(page);
  const file = path.join(OUT, name);
  await page.screenshot({ path: file, ...opts });
  console.log(`${path.relative(ROOT, file)}  ${page.viewportSize().width} px`);
}
// A clip of the whole page from the top of one element to the bottom of another (scrolled
// to the top, a bounding box is in page coordinates).
async function clipBetween(page, top, bottom, pad = 16) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const a = await page.locator(top).boundingBox();
  const b = await page.locator(bottom).boundingBox();
  const y = Math.max(0, a.y - pad);
  return { x: 0, y, width: page.viewportSize().width, height: b.y + b.height - y + pad };
}

// ---- the coordinator, desktop
{
  const page = await open('coordinator', 1280, 900);
  await page.locator('.overview[data-ready="true"]').waitFor();
  await save(page, 'coordinator-overview.png');
  await save(page, 'coordinator-heatmap.png', { fullPage: true, clip: await clipBetween(page, 'section[aria-labelledby="trend-h"]', 'section[aria-labelledby="heat-h"]') });
  const c = await coord.get(`/districts/${d}/compliance`);
  const org = c.organizations.filter((o) => o.items_overdue > 0).sort((x, y) => y.items_overdue - x.items_overdue)[0];
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`${page.base}#/d/${d}/orgs/${org.organization_id}/compliance`);
  await page.getByRole('heading', { name: /^Просрочено:/ }).waitFor();
  await save(page, 'coordinator-organization-overdue.png');
  const camps = await coord.get(`/districts/${d}/monitoring-campaigns`);
  const open_ = camps.items.find((x) => x.lock_date >= new Date().toISOString().slice(0, 10)) || camps.items[0];
  await page.goto(`${page.base}#/d/${d}/campaigns/${open_.id}`);
  await page.getByRole('heading', { name: 'Управление мониторингом' }).waitFor();
  await save(page, 'coordinator-campaign.png');
  await page.context().close();
}

// ---- the curator, desktop: the roadmap timeline and the import preview
const o = cur.me.organization_id;
const rms = await cur.get(`/districts/${d}/roadmaps?owner=${o}&status=approved`);
{
  const page = await open('curator', 1280, 1000);
  await page.goto(`${page.base}#/d/${d}/roadmaps/${rms.items[0].id}`);
  await page.locator('li.item').first().waitFor();
  await save(page, 'roadmap-timeline.png');
  await page.goto(`${page.base}#/d/${d}/import`);
  await page.getByLabel('Начало периода').fill('01.09.2024');
  await page.getByLabel('Конец периода').fill('31.08.2025');
  await page.getByLabel('Файл таблицы (.txt, .tsv, .csv)').setInputFiles(SEED);
  await page.getByRole('button', { name: 'Предварительный просмотр' }).click();
  await page.getByRole('heading', { name: 'Предварительный просмотр' }).waitFor();
  await save(page, 'curator-import-preview.png', { fullPage: true });
  await page.context().close();
}

// ---- the analyst: the district drill-down
{
  const page = await open('analyst', 1280, 900);
  const rc = await analyst.get(`/regions/${analyst.me.region_id}/compliance`);
  const dist = rc.districts.find((x) => x.district_id === d) || rc.districts[0];
  await page.getByRole('link', { name: dist.name, exact: true }).click();
  await page.getByRole('heading', { name: dist.name, exact: true }).waitFor();
  await save(page, 'analyst-district.png');
  await page.context().close();
}

// ---- phones, 360 px
{
  const page = await open('coordinator', 360, 760);
  await page.locator('.overview[data-ready="true"]').waitFor();
  await save(page, 'phone-overview.png');
  await page.context().close();
  const cp = await open('curator', 360, 760);
  await cp.goto(`${cp.base}#/d/${d}/roadmaps/${rms.items[0].id}`);
  await cp.locator('li.item').first().waitFor();
  await save(cp, 'phone-roadmap.png');
  await cp.context().close();
}

// ---- last: the curator's monitoring form with a flagged value (saved as a draft)
{
  const camps = await cur.get(`/districts/${d}/monitoring-campaigns`);
  const today = new Date().toISOString().slice(0, 10);
  const camp = camps.items.find((x) => x.lock_date >= today && x.organization_ids.includes(o));
  const rep = await cur.get(`/districts/${d}/monitoring-campaigns/${camp.id}/reports/${o}`);
  const page = await open('curator', 1280, 900);
  await page.goto(`${page.base}#/d/${d}/campaigns/${camp.id}/reports/${o}`);
  await page.getByRole('heading', { name: camp.title }).waitFor();
  if (['not_started', 'draft', 'returned'].includes(rep.status)) {
    const mentors = page.locator('.field.ind[data-code="mentors_total"] input[type="number"]');
    const base = rep.bases && rep.bases.mentors_total !== undefined ? rep.bases.mentors_total : 3;
    await mentors.fill(String(base + 5));
    await page.getByRole('button', { name: 'Сохранить черновик' }).click();
    await page.getByText('Черновик сохранён. Отметки пересчитаны.').waitFor();
  }
  await page.getByText('Правила проверки отчёта').click();
  await save(page, 'curator-monitoring-form.png', { fullPage: true });
  await page.setViewportSize({ width: 360, height: 760 });
  await page.locator('.field.flagged').first().scrollIntoViewIfNeeded();
  await save(page, 'phone-monitoring-form.png');
  await page.context().close();
}

await browser.close();
