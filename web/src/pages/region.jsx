// The region analyst: the region by district with drill-down to a district's aggregate.
// Read-only: no write buttons, never a person's record.
import { get } from '../api.js';
import { href, go } from '../router.js';
import { num, pct, date, today, ORG_TYPE, label } from '../format.js';
import { useAsync, Async, PageTitle, SortTh, sortRows, Empty } from '../ui.jsx';
import { heatClass, ShareBar } from '../charts.jsx';
import { AsOfPicker, Kpi } from './overview.jsx';
import { useState } from 'preact/hooks';

const share = (v) => (v === null || v === undefined ? '—' : pct(v / 100));

export function RegionPage({ me, regionId: r, query }) {
  const asOf = query.as_of || today();
  const state = useAsync(() => Promise.all([get(`/regions/${r}/compliance?as_of=${asOf}`), get(`/regions/${r}`)]), [r, asOf]);
  const [sort, setSort] = useState({ col: 'compliance_pct', dir: 'asc' });
  return (
    <Async state={state}>{([c, region]) => (
      <>
        <PageTitle sub={`Состояние на ${date(c.as_of)}`}>{region.name}</PageTitle>
        <div class="toolbar"><AsOfPicker value={asOf} onChange={(v) => go(`/r/${r}`, { as_of: v })} /></div>
        <div class="kpis">
          <Kpi title="выполнено" value={share(c.totals.compliance_pct)} sub={`${num(c.totals.items_done)} из ${num(c.totals.items_due)}`} kind={heatClass(c.totals.compliance_pct)} />
          <Kpi title="в срок" value={share(c.totals.on_time_pct)} />
          <Kpi title="просрочено" value={num(c.totals.items_overdue)} kind={c.totals.items_overdue ? 'bad' : ''} />
          <Kpi title="районов" value={num(c.districts.length)} />
        </div>
        <h2>Районы</h2>
        {c.districts.length ? (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Таблица (прокручивается)">
            <table>
              <thead><tr>
                <SortTh col="name" sort={sort} setSort={setSort}>Район</SortTh>
                <SortTh col="organizations" sort={sort} setSort={setSort} num>Организаций</SortTh>
                <SortTh col="compliance_pct" sort={sort} setSort={setSort} num>Выполнено</SortTh>
                <SortTh col="on_time_pct" sort={sort} setSort={setSort} num>В срок</SortTh>
                <SortTh col="items_overdue" sort={sort} setSort={setSort} num>Просрочено</SortTh>
                <SortTh col="organizations_fully_compliant" sort={sort} setSort={setSort} num>Выполнили всё</SortTh>
                <SortTh col="organizations_without_approved_roadmap" sort={sort} setSort={setSort} num>Без утв. ДК</SortTh>
              </tr></thead>
              <tbody>
                {sortRows(c.districts, sort).map((dd) => (
                  <tr key={dd.district_id}>
                    <th scope="row"><a href={href(`/r/${r}/d/${dd.district_id}`, { as_of: asOf })}>{dd.name}</a></th>
                    <td class="num">{num(dd.organizations)}</td>
                    <td class="num"><a href={href(`/r/${r}/d/${dd.district_id}`, { as_of: asOf })} aria-label={`${dd.name}: выполнено ${share(dd.compliance_pct)}`}>{share(dd.compliance_pct)}</a><ShareBar value={dd.compliance_pct} /></td>
                    <td class="num">{share(dd.on_time_pct)}</td>
                    <td class="num">{num(dd.items_overdue)}</td>
                    <td class="num">{num(dd.organizations_fully_compliant)}</td>
                    <td class="num">{num(dd.organizations_without_approved_roadmap)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : <Empty>В регионе нет районов.</Empty>}
        <p><a href={href(`/r/${r}/export`)}>Региональный отчёт (XLSX, CSV)</a></p>
      </>
    )}</Async>
  );
}

export function RegionDistrictPage({ me, regionId: r, districtId: d, query }) {
  const asOf = query.as_of || today();
  const state = useAsync(async () => {
    const rc = await get(`/regions/${r}/compliance?as_of=${asOf}`);
    const row = rc.districts.find((x) => x.district_id === d);
    if (!row) { const e = new Error('Не найдено.'); e.status = 404; throw Object.assign(e, { text: 'Не найдено.' }); }
    const dc = await get(`/districts/${d}/compliance?as_of=${asOf}&overdue_limit=0`).catch(() => null);
    return { row, dc };
  }, [r, d, asOf]);
  const [sort, setSort] = useState({ col: 'compliance_pct', dir: 'asc' });
  return (
    <Async state={state}>{({ row, dc }) => (
      <>
        <p class="crumbs"><a href={href(`/r/${r}`, { as_of: asOf })}>Регион по районам</a></p>
        <PageTitle sub={`Состояние на ${date(asOf)} · только сводные показатели`}>{row.name}</PageTitle>
        <div class="toolbar"><AsOfPicker value={asOf} onChange={(v) => go(`/r/${r}/d/${d}`, { as_of: v })} /></div>
        <div class="kpis">
          <Kpi title="выполнено" value={share(row.compliance_pct)} sub={`${num(row.items_done)} из ${num(row.items_due)}`} kind={heatClass(row.compliance_pct)} />
          <Kpi title="в срок" value={share(row.on_time_pct)} />
          <Kpi title="просрочено" value={num(row.items_overdue)} kind={row.items_overdue ? 'bad' : ''} />
          <Kpi title="организаций" value={num(row.organizations)} sub={`выполнили всё: ${num(row.organizations_fully_compliant)}; без утв. ДК: ${num(row.organizations_without_approved_roadmap)}`} />
        </div>
        {dc && (
          <>
            <h2>По типам организаций</h2>
            <div class="table-wrap" tabIndex={0} role="region" aria-label="Таблица (прокручивается)">
              <table>
                <thead><tr><th scope="col">Тип</th><th scope="col" class="num">К сроку</th><th scope="col" class="num">Выполнено</th><th scope="col" class="num">В срок</th><th scope="col" class="num">Просрочено</th></tr></thead>
                <tbody>
                  {Object.entries(dc.by_type).map(([t, v]) => (
                    <tr key={t}><th scope="row">{label(ORG_TYPE, t)}</th><td class="num">{num(v.items_due)}</td><td class="num">{share(v.compliance_pct)}</td><td class="num">{share(v.on_time_pct)}</td><td class="num">{num(v.items_overdue)}</td></tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h2>Организации</h2>
            <div class="table-wrap" tabIndex={0} role="region" aria-label="Таблица (прокручивается)">
              <table>
                <thead><tr>
                  <SortTh col="name" sort={sort} setSort={setSort}>Организация</SortTh>
                  <SortTh col="type" sort={sort} setSort={setSort}>Тип</SortTh>
                  <SortTh col="compliance_pct" sort={sort} setSort={setSort} num>Выполнено</SortTh>
                  <SortTh col="on_time_pct" sort={sort} setSort={setSort} num>В срок</SortTh>
                  <SortTh col="items_overdue" sort={sort} setSort={setSort} num>Просрочено</SortTh>
                  <th scope="col" class="num">Документы</th>
                </tr></thead>
                <tbody>
                  {sortRows(dc.organizations, sort, (x, col) => (col === 'name' ? (x.short_name || x.name) : x[col])).map((o) => (
                    <tr key={o.organization_id}>
                      <th scope="row">{o.short_name || o.name}</th><td>{label(ORG_TYPE, o.type)}</td>
                      <td class="num">{share(o.compliance_pct)}<ShareBar value={o.compliance_pct} /></td><td class="num">{share(o.on_time_pct)}</td>
                      <td class="num">{num(o.items_overdue)}</td><td class="num">{num(o.documents.present)} из {num(o.documents.required)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {dc.monitoring.length > 0 && (
              <>
                <h2>Полнота мониторинга</h2>
                <ul class="plain">{dc.monitoring.map((m) => <li key={m.campaign_id}>{m.title}: сдано {num(m.submitted)} из {num(m.expected)} (в срок {num(m.on_time)}, с опозданием {num(m.late)}, не сдано {num(m.missing)})</li>)}</ul>
              </>
            )}
          </>
        )}
      </>
    )}</Async>
  );
}
