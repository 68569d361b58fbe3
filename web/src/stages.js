// The seven stages of the mentoring target model (ЦМН) and the per-stage compliance of an
// organisation, from its approved roadmap's items and its compliance occurrences.
import { get } from './api.js';

export const STAGES = [
  [1, 'Условия', 'Подготовка условий для запуска программы'],
  [2, 'Наставляемые', 'Формирование базы наставляемых'],
  [3, 'Наставники', 'Формирование базы наставников'],
  [4, 'Обучение', 'Отбор и обучение наставников'],
  [5, 'Пары', 'Формирование наставнических пар/групп'],
  [6, 'Работа пар', 'Организация работы пар/групп'],
  [7, 'Завершение', 'Завершение наставничества'],
];

// → {1: {due, done, pct}, …} or null when the organisation has no approved roadmap.
export async function stageCompliance(d, orgId, asOf) {
  const list = await get(`/districts/${d}/roadmaps?owner=${orgId}&status=approved&limit=200`);
  if (!list.items.length) return null;
  const detail = await get(`/districts/${d}/organizations/${orgId}/compliance?as_of=${asOf}`);
  const stageOf = {};
  const roadmapIds = new Set([...detail.occurrences.done_on_time, ...detail.occurrences.done_late, ...detail.occurrences.overdue].map((o) => o.roadmap_id));
  for (const id of roadmapIds) {
    const rm = await get(`/districts/${d}/roadmaps/${id}`);
    for (const s of rm.sections || []) for (const it of s.items || []) stageOf[it.id] = it.stage ?? s.stage ?? null;
  }
  const out = {};
  for (const [n] of STAGES) out[n] = { due: 0, done: 0, pct: null };
  const add = (o, done) => {
    const st = stageOf[o.item_id];
    if (!st || !out[st]) return;
    out[st].due += 1; if (done) out[st].done += 1;
  };
  detail.occurrences.done_on_time.forEach((o) => add(o, true));
  detail.occurrences.done_late.forEach((o) => add(o, true));
  detail.occurrences.overdue.forEach((o) => add(o, false));
  for (const k of Object.keys(out)) if (out[k].due) out[k].pct = Math.round((1000 * out[k].done) / out[k].due) / 10;
  return out;
}

// Runs fn over items, at most `limit` at a time.
export async function pool(items, limit, fn) {
  const res = new Array(items.length);
  let i = 0;
  const worker = async () => { while (i < items.length) { const k = i++; res[k] = await fn(items[k]).catch(() => undefined); } };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return res;
}
