// The coordinator's district overview as of a date: the key numbers, monitoring
// completeness, the heat map of organisations × stages, the organisations table, the
// trend over the school year and the overdue list. Every number links to its items.
import { useState, useEffect, useMemo, useRef } from 'preact/hooks';
import { get, getEarly, prefetch } from '../api.js';
import { href, go } from '../router.js';
import { num, pct, date, today, schoolYear, ORG_TYPE, label } from '../format.js';
import { useAsync, Async, PageTitle, SortTh, sortRows, Select, Empty, Loading, useId, ErrorBox, DateInput } from '../ui.jsx';
import { TrendChart, ShareBar, heatClass } from '../charts.jsx';
import { STAGES, pool } from '../stages.js';

export function AsOfPicker({ value, onChange }) {
  const id = useId('asof');
  return (
    <div class="field asof">
      <label for={id}>Дата среза</label>
      <div class="asof-row">
        <DateInput id={id} value={value} describedBy={`${id}-hint`} onChange={(v) => v && v !== value && onChange(v)} />
        <button type="button" class="secondary" onClick={() => onChange(today())}>Сегодня</button>
      </div>
      <span class="hint" id={`${id}-hint`}>ДД.ММ.ГГГГ</span>
    </div>
  );
}

const share = (v) => (v === null || v === undefined ? '—' : pct(v / 100));

// In-page targets (#id) are scrolled to and focused: the hash is the app's route.
export function jumpTo(e, link) {
  if (!link.startsWith('#') || link.startsWith('#/')) return;
  e.preventDefault();
  const el = document.getElementById(link.slice(1));
  if (el) { el.scrollIntoView({ block: 'start' }); el.focus({ preventScroll: true }); }
}

export function Kpi({ title, value, sub, link, kind }) {
  const body = <><span class="kpi-value">{value}</span><span class="kpi-title">{title}</span>{sub && <span class="kpi-sub">{sub}</span>}</>;
  return link ? <a class={`kpi ${kind || ''}`} href={link} onClick={(e) => jumpTo(e, link)}>{body}</a> : <div class={`kpi ${kind || ''}`}>{body}</div>;
}

// The overview's reads, every one at once: at start-up when the address is an overview
// (main.jsx, before GET /me answers), else when the page mounts. So the first useful paint
// waits for three sequential round trips: the page, its script and style, the data.
function overviewPaths(d, asOf) {
  return {
    compliance: `/districts/${d}/compliance?as_of=${asOf}&overdue_limit=20`,
    stages: `/districts/${d}/compliance/stages?as_of=${asOf}`,
    series: `/districts/${d}/compliance/series?from=${schoolYear(asOf).start}&to=${asOf}&step=month`,
    district: `/districts/${d}`,
    pending: `/districts/${d}/roadmaps?status=submitted&limit=200`,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function prefetchOverview(route) {
  const p = route.parts;
  if (p.length !== 2 || p[0] !== 'd' || !UUID.test(p[1])) return;
  const asOf = route.query.as_of || today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return;
  Object.values(overviewPaths(p[1], asOf)).forEach(prefetch);
}

export function Overview({ me, districtId: d, query }) {
  const asOf = query.as_of || today();
  const setAsOf = (v) => go(`/d/${d}`, { as_of: v });
  const req = useMemo(() => {
    const paths = overviewPaths(d, asOf);
    return Object.fromEntries(Object.entries(paths).map(([k, path]) => {
      const p = getEarly(path);
      p.catch(() => {}); // each is awaited by its section, maybe after it failed
      return [k, p];
    }));
  }, [d, asOf]);
  const state = useAsync(() => Promise.all([req.compliance, req.district, req.pending.catch(() => ({ items: [] }))]), [req]);
  const heat = useAsync(() => req.stages, [req]);
  // Interactive: the key numbers and the heat map are on screen (data-ready, and the
  // performance mark bench/web_overview.mjs reads, set once the frame is painted).
  const ready = !!(state.data && heat.data && !state.loading && !heat.loading);
  const root = useRef(null);
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    if (!ready) { delete el.dataset.ready; return; }
    requestAnimationFrame(() => setTimeout(() => {
      el.dataset.ready = 'true';
      if (performance.mark) performance.mark('nastavnik:overview-ready');
    }, 0));
  }, [ready, req]);
  return (
    <div class="overview" ref={root}>
      <Async state={state}>{([c, district, pending]) => (
        <>
          <PageTitle sub={`Состояние на ${date(c.as_of)}`}>{`Обзор: ${district.name}`}</PageTitle>
          <div class="toolbar">
            <AsOfPicker value={asOf} onChange={setAsOf} />
            {pending.items.length > 0 && (
              <a class="pill warn" href={href(`/d/${d}/roadmaps`, { status: 'submitted' })}>
                На согласовании: {num(pending.items.length)}
              </a>
            )}
          </div>
          <Totals d={d} c={c} />
          <Monitoring d={d} c={c} />
          <Trend d={d} asOf={asOf} series={req.series} />
          <HeatMap d={d} c={c} asOf={asOf} heat={heat} />
          <OrgTable d={d} c={c} asOf={asOf} />
          <OverdueList d={d} c={c} asOf={asOf} />
        </>
      )}</Async>
    </div>
  );
}

function Totals({ d, c }) {
  const t = c.totals;
  return (
    <section aria-labelledby="totals-h">
      <h2 id="totals-h">Выполнение дорожных карт организаций</h2>
      <div class="kpis">
        <Kpi title="выполнено" value={share(t.compliance_pct)} sub={`${num(t.items_done)} из ${num(t.items_due)} с наступившим сроком`} link="#orgs-h" kind={heatClass(t.compliance_pct)} />
        <Kpi title="выполнено в срок" value={share(t.on_time_pct)} sub={`${num(t.items_done_on_time)} из ${num(t.items_due)}`} link="#orgs-h" />
        <Kpi title="просрочено" value={num(c.overdue_total)} sub="мероприятий" link="#overdue-h" kind={c.overdue_total ? 'bad' : ''} />
        <Kpi title="срок не наступил" value={num(t.items_due_later)} sub={`без срока: ${num(t.items_unscheduled)}`} />
      </div>
      {c.district_roadmap && (
        <p class="muted">Дорожная карта района (УО/МЦ): выполнено {share(c.district_roadmap.compliance_pct)},
          просрочено {num(c.district_roadmap.overdue_total)}.</p>
      )}
    </section>
  );
}

function Monitoring({ d, c }) {
  if (!c.monitoring.length) return null;
  return (
    <section aria-labelledby="mon-h">
      <h2 id="mon-h">Полнота мониторинга</h2>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Таблица (прокручивается)">
        <table>
          <thead><tr><th scope="col">Мониторинг</th><th scope="col">Срок</th><th scope="col" class="num">Ожидается</th><th scope="col" class="num">Сдано</th><th scope="col" class="num">В срок</th><th scope="col" class="num">С опозданием</th><th scope="col" class="num">Не сдано</th></tr></thead>
          <tbody>
            {c.monitoring.map((m) => (
              <tr key={m.campaign_id}>
                <td><a href={href(`/d/${d}/campaigns/${m.campaign_id}`)}>{m.title}</a></td>
                <td>{date(m.due_date)}</td>
                <td class="num">{num(m.expected)}</td>
                <td class="num"><a href={href(`/d/${d}/campaigns/${m.campaign_id}`)}>{num(m.submitted)}</a></td>
                <td class="num">{num(m.on_time)}</td>
                <td class="num">{num(m.late)}</td>
                <td class="num"><a href={href(`/d/${d}/campaigns/${m.campaign_id}`, { filter: 'missing' })} class={m.missing ? 'bad-text' : ''}>{num(m.missing)}</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

// The trend over the school year: the series endpoint (asked for with the rest of the
// overview), or month-end points one by one from a server without it.
function Trend({ d, asOf, series }) {
  const sy = schoolYear(asOf);
  const state = useAsync(async () => {
    try {
      const s = await series;
      return s.points.map((p) => ({ as_of: p.as_of, value: p.totals.compliance_pct }));
    } catch (e) {
      if (e.status !== 404 && e.status !== 400) throw e;
      const days = [];
      for (let dt = new Date(sy.start + 'T00:00:00Z'); ; dt.setUTCMonth(dt.getUTCMonth() + 1)) {
        const iso = dt.toISOString().slice(0, 10);
        if (iso >= asOf) break;
        days.push(iso);
      }
      days.push(asOf);
      const res = await pool(days, 3, (day) => get(`/districts/${d}/compliance?as_of=${day}&overdue_limit=0`));
      return days.map((day, i) => ({ as_of: day, value: res[i] ? res[i].totals.compliance_pct : null }));
    }
  }, [series]);
  return (
    <section aria-labelledby="trend-h">
      <h2 id="trend-h">Динамика выполнения за учебный год</h2>
      <Async state={state}>{(points) => (
        <>
          <TrendChart points={points} title="Доля выполненных мероприятий" />
          {points.filter((p) => p.value !== null && p.value !== undefined).length < 2 && (
            <p class="muted">На прошлые даты этого учебного года сроков ещё не было или данные не внесены.</p>
          )}
        </>
      )}</Async>
    </section>
  );
}

// Organisations × the seven stages, from GET …/compliance/stages (one call for the district).
function HeatMap({ d, c, asOf, heat }) {
  const orgs = c.organizations;
  return (
    <section aria-labelledby="heat-h">
      <h2 id="heat-h">Организации по этапам</h2>
      <p class="muted">Доля выполненных мероприятий этапа из тех, чей срок наступил; «—» — ничего не было к сроку.</p>
      <Async state={heat}>{(s) => {
        const byOrg = new Map(s.organizations.map((o) => [o.organization_id, o.by_stage || {}]));
        return (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Таблица (прокручивается)">
            <table class="heat">
              <thead>
                <tr><th scope="col">Организация</th>{STAGES.map(([n, st, full]) => <th scope="col" key={n} class="num"><abbr title={full}>{n}. {st}</abbr></th>)}</tr>
              </thead>
              <tbody>
                {orgs.map((o) => {
                  const withRoadmap = o.documents && o.documents.approved_roadmap;
                  const stages = byOrg.get(o.organization_id) || {};
                  const name = o.short_name || o.name;
                  return (
                    <tr key={o.organization_id}>
                      <th scope="row"><a href={href(`/d/${d}/orgs/${o.organization_id}/compliance`, { as_of: asOf })}>{name}</a></th>
                      {STAGES.map(([n, st]) => {
                        const v = stages[String(n)];
                        const p = v ? v.compliance_pct : null;
                        return (
                          <td key={n} class={`num heat-cell ${heatClass(p)}`}>
                            {withRoadmap ? (p === null ? '—' : <a href={href(`/d/${d}/orgs/${o.organization_id}/compliance`, { as_of: asOf, stage: n })} aria-label={`${name}, этап ${n} «${st}»: ${share(p)}`}>{share(p)}</a>) : <span class="muted">нет ДК</span>}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p class="legend" aria-hidden="true">
              <span class="heat-cell hc0">&lt; 25 %</span><span class="heat-cell hc1">25–49 %</span><span class="heat-cell hc2">50–74 %</span>
              <span class="heat-cell hc3">75–89 %</span><span class="heat-cell hc4">≥ 90 %</span><span class="heat-cell hc-none">нет сроков</span>
            </p>
          </div>
        );
      }}</Async>
    </section>
  );
}

function OrgTable({ d, c, asOf }) {
  const [type, setType] = useState('');
  const [sort, setSort] = useState({ col: 'compliance_pct', dir: 'asc' });
  const types = [...new Set(c.organizations.map((o) => o.type))];
  const rows = sortRows(c.organizations.filter((o) => !type || o.type === type), sort, (r, col) => (col === 'name' ? (r.short_name || r.name) : col === 'documents' ? r.documents.present : r[col]));
  const link = (o, extra) => href(`/d/${d}/orgs/${o.organization_id}/compliance`, { as_of: asOf, ...extra });
  return (
    <section aria-labelledby="orgs-h">
      <h2 id="orgs-h" tabIndex={-1}>Организации</h2>
      <div class="toolbar">
        <Select label="Тип организации" value={type} onChange={setType}
          options={[['', 'Все типы'], ...types.map((t) => [t, label(ORG_TYPE, t)])]} />
        <span class="muted">Показано: {num(rows.length)} из {num(c.organizations.length)}</span>
      </div>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Таблица (прокручивается)">
        <table class="orgs">
          <thead>
            <tr>
              <SortTh col="name" sort={sort} setSort={setSort}>Организация</SortTh>
              <SortTh col="type" sort={sort} setSort={setSort}>Тип</SortTh>
              <SortTh col="compliance_pct" sort={sort} setSort={setSort} num>Выполнено</SortTh>
              <SortTh col="on_time_pct" sort={sort} setSort={setSort} num>В срок</SortTh>
              <SortTh col="items_overdue" sort={sort} setSort={setSort} num>Просрочено</SortTh>
              <SortTh col="items_due" sort={sort} setSort={setSort} num>К сроку</SortTh>
              <SortTh col="documents" sort={sort} setSort={setSort} num>Документы</SortTh>
              <th scope="col">Мониторинг</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => {
              const m = o.monitoring[o.monitoring.length - 1];
              return (
                <tr key={o.organization_id}>
                  <th scope="row"><a href={link(o)}>{o.short_name || o.name}</a></th>
                  <td>{label(ORG_TYPE, o.type)}</td>
                  <td class="num"><a href={link(o, { show: 'overdue' })} class="pct-link" aria-label={`${o.short_name || o.name}: выполнено ${share(o.compliance_pct)}, к просроченным`}>{share(o.compliance_pct)}</a><ShareBar value={o.compliance_pct} /></td>
                  <td class="num"><a href={link(o, { show: 'done_late' })}>{share(o.on_time_pct)}</a></td>
                  <td class="num">{o.items_overdue ? <a href={link(o, { show: 'overdue' })} class="bad-text">{num(o.items_overdue)}</a> : num(0)}</td>
                  <td class="num">{num(o.items_due)}</td>
                  <td class="num">{num(o.documents.present)} из {num(o.documents.required)}</td>
                  <td>{m ? <MonState m={m} /> : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {!rows.length && <Empty>Нет организаций этого типа.</Empty>}
    </section>
  );
}

export function MonState({ m }) {
  const t = { not_started: 'не начат', draft: 'черновик', submitted: 'сдан', accepted: 'принят', returned: 'возвращён' }[m.status] || m.status;
  const late = m.on_time === false ? ', с опозданием' : '';
  return <span class={`badge badge-${m.status}`}>{t}{late}</span>;
}

export function OccurrenceTable({ rows, d, showOrg, orgNames }) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label="Таблица (прокручивается)">
      <table>
        <thead>
          <tr>
            {showOrg && <th scope="col">Организация</th>}
            <th scope="col">№</th><th scope="col">Мероприятие</th><th scope="col">Срок</th><th scope="col">Окно</th>
            <th scope="col">Ответственные</th><th scope="col">Состояние</th><th scope="col">Подтверждение</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={`${o.item_id}-${o.start}-${o.end}`}>
              {showOrg && <td>{o.organization_id ? <a href={href(`/d/${d}/orgs/${o.organization_id}/compliance`)}>{(orgNames && orgNames[o.organization_id]) || 'организация'}</a> : 'Район'}</td>}
              <td>{o.number}</td>
              <td><a href={href(`/d/${d}/roadmaps/${o.roadmap_id}`, { item: o.item_id })}>{o.title}</a></td>
              <td>{o.deadline_text}</td>
              <td class="nowrap">{date(o.start)} – {date(o.end)}</td>
              <td>{o.responsible}</td>
              <td><StateBadge state={o.state} status={o.status} completed={o.completed_on} /></td>
              <td><EvidenceText e={o.evidence} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function StateBadge({ state, status, completed }) {
  const t = { done_on_time: 'выполнено в срок', done_late: 'выполнено с опозданием', overdue: 'просрочено', due_later: 'срок не наступил' }[state] || state;
  return (
    <span>
      <span class={`badge badge-${state}`}>{t}</span>
      {completed && <span class="muted"> {date(completed)}</span>}
      {state === 'overdue' && status === 'in_progress' && <span class="muted"> (в работе)</span>}
    </span>
  );
}

export function EvidenceText({ e }) {
  if (!e || (!e.title && !e.url && !e.number)) return <span class="muted">—</span>;
  return (
    <span>
      {e.title}{e.number ? ` № ${e.number}` : ''}{e.date ? ` от ${date(e.date)}` : ''}
      {e.url && <> <a href={e.url} rel="noopener noreferrer" target="_blank">ссылка</a></>}
    </span>
  );
}

function OverdueList({ d, c, asOf }) {
  const names = Object.fromEntries(c.organizations.map((o) => [o.organization_id, o.short_name || o.name]));
  const own = c.district_roadmap ? c.district_roadmap.overdue : [];
  return (
    <section aria-labelledby="overdue-h">
      <h2 id="overdue-h" tabIndex={-1}>Просроченные мероприятия</h2>
      <p class="muted">Показаны самые давние: {num(c.overdue.length)} из {num(c.overdue_total)}. Все просроченные организации — на её странице.</p>
      {c.overdue.length ? <OccurrenceTable rows={c.overdue} d={d} showOrg orgNames={names} /> : <p class="empty">Просроченных мероприятий нет.</p>}
      {own.length > 0 && (
        <>
          <h3>Дорожная карта района</h3>
          <OccurrenceTable rows={own} d={d} />
        </>
      )}
    </section>
  );
}
