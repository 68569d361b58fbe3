// One organisation's compliance as of a date: the numbers and every occurrence behind them.
import { useEffect } from 'preact/hooks';
import { get } from '../api.js';
import { href, go } from '../router.js';
import { num, pct, date, today, ORG_TYPE, label } from '../format.js';
import { useAsync, Async, PageTitle, Empty } from '../ui.jsx';
import { heatClass } from '../charts.jsx';
import { STAGES } from '../stages.js';
import { AsOfPicker, Kpi, OccurrenceTable, MonState } from './overview.jsx';

const share = (v) => (v === null || v === undefined ? '—' : pct(v / 100));
const GROUPS = [
  ['overdue', 'Просрочено'],
  ['done_late', 'Выполнено с опозданием'],
  ['done_on_time', 'Выполнено в срок'],
  ['due_later', 'Срок не наступил'],
];
const DOCS = [
  ['order', 'Приказ о внедрении целевой модели наставничества'],
  ['regulation', 'Положение о наставничестве'],
  ['program', 'Программа наставничества'],
  ['site_page', 'Раздел «Наставничество» на сайте'],
  ['approved_roadmap', 'Утверждённая дорожная карта'],
  ['curator_appointed', 'Куратор назначен'],
];

export function OrgCompliancePage({ me, districtId: d, orgId: o, query }) {
  const asOf = query.as_of || today();
  const stage = query.stage ? Number(query.stage) : null;
  const state = useAsync(async () => {
    const c = await get(`/districts/${d}/organizations/${o}/compliance?as_of=${asOf}`);
    let stageOf = null;
    if (stage) {
      stageOf = {};
      const ids = new Set(GROUPS.flatMap(([g]) => c.occurrences[g].map((x) => x.roadmap_id)));
      for (const id of ids) {
        const rm = await get(`/districts/${d}/roadmaps/${id}`);
        for (const s of rm.sections) for (const it of s.items) stageOf[it.id] = it.stage ?? s.stage;
      }
    }
    return { c, stageOf };
  }, [d, o, asOf, stage]);
  useEffect(() => {
    if (state.data && query.show) { const el = document.getElementById(`g-${query.show}`); if (el) { el.scrollIntoView(); el.focus(); } }
  }, [state.data, query.show]);
  const back = me.role === 'org_curator' ? null : href(`/d/${d}`, { as_of: asOf });
  return (
    <Async state={state}>{({ c, stageOf }) => {
      const rows = (g) => c.occurrences[g].filter((x) => !stageOf || stageOf[x.item_id] === stage);
      return (
        <>
          {back && <p class="crumbs"><a href={back}>Обзор района</a></p>}
          <PageTitle sub={`${label(ORG_TYPE, c.type)} · состояние на ${date(c.as_of)}`}>{c.short_name || c.name}</PageTitle>
          <div class="toolbar">
            <AsOfPicker value={asOf} onChange={(v) => go(`/d/${d}/orgs/${o}/compliance`, { as_of: v, stage: query.stage })} />
            {stage && <span class="pill">Этап {stage}: {STAGES[stage - 1][2]} <a href={href(`/d/${d}/orgs/${o}/compliance`, { as_of: asOf })}>все этапы</a></span>}
          </div>
          <div class="kpis">
            <Kpi title="выполнено" value={share(c.compliance_pct)} sub={`${num(c.items_done)} из ${num(c.items_due)}`} link="#g-done_on_time" kind={heatClass(c.compliance_pct)} />
            <Kpi title="в срок" value={share(c.on_time_pct)} sub={`${num(c.items_done_on_time)} из ${num(c.items_due)}`} link="#g-done_on_time" />
            <Kpi title="просрочено" value={num(c.items_overdue)} link="#g-overdue" kind={c.items_overdue ? 'bad' : ''} />
            <Kpi title="срок не наступил" value={num(c.items_due_later)} sub={`без срока: ${num(c.items_unscheduled)}`} link="#g-due_later" />
          </div>
          <div class="two-col">
            <section aria-labelledby="docs-h">
              <h2 id="docs-h">Документы: {num(c.documents.present)} из {num(c.documents.required)}</h2>
              <ul class="checklist">
                {DOCS.map(([k, t]) => {
                  const v = c.documents[k];
                  return <li key={k} class={v ? 'yes' : v === false ? 'no' : 'unknown'}><span aria-hidden="true">{v ? '✓' : v === false ? '✗' : '?'}</span> {t}<span class="sr-only">: {v ? 'есть' : v === false ? 'нет' : 'нет сведений'}</span></li>;
                })}
              </ul>
            </section>
            <section aria-labelledby="mon2-h">
              <h2 id="mon2-h">Мониторинг</h2>
              {c.monitoring.length ? (
                <ul class="plain">
                  {c.monitoring.map((m) => <li key={m.campaign_id}><a href={href(`/d/${d}/campaigns/${m.campaign_id}/reports/${o}`)}>{m.title}</a> (срок {date(m.due_date)}): <MonState m={m} /></li>)}
                </ul>
              ) : <p class="muted">Мониторингов к этой дате не было.</p>}
            </section>
          </div>
          {GROUPS.map(([g, t]) => (
            <section key={g} aria-labelledby={`g-${g}`}>
              <h2 id={`g-${g}`} tabIndex={-1}>{t}: {num(rows(g).length)}</h2>
              {rows(g).length ? <OccurrenceTable rows={rows(g)} d={d} /> : <Empty>Нет.</Empty>}
            </section>
          ))}
        </>
      );
    }}</Async>
  );
}
