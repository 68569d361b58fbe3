// The regional report as XLSX and CSV: plain download links (the session cookie goes along).
import { useState } from 'preact/hooks';
import { get, getAll } from '../api.js';
import { num, pct, date } from '../format.js';
import { useAsync, Async, PageTitle, Select, Empty } from '../ui.jsx';

export function ExportPage({ me, districtId: d, regionId: r }) {
  const base = d ? `/api/v1/districts/${d}/reports/regional` : `/api/v1/regions/${r}/reports/regional`;
  const camps = useAsync(() => (d ? getAll(`/districts/${d}/monitoring-campaigns`)
    .then((cs) => cs.sort((a, b) => b.reporting_date.localeCompare(a.reporting_date))) : Promise.resolve([])), [d]);
  const [chosen, setCampaign] = useState('');
  // A district's report is per campaign: the latest one unless another is chosen.
  const campaign = chosen || (camps.data && camps.data[0] ? camps.data[0].id : '');
  const q = campaign ? `&campaign=${campaign}` : '';
  const ready = !d || (camps.data && campaign);
  const preview = useAsync(() => (ready ? get(`${base.replace('/api/v1', '')}?format=json${q}`) : new Promise(() => {})), [base, campaign, ready]);
  if (d && camps.data && !camps.data.length) {
    return (<><PageTitle>Региональный отчёт</PageTitle><Empty>Отчёт строится по мониторингу, а мониторингов ещё не было.</Empty></>);
  }
  return (
    <>
      <PageTitle sub={d ? 'По организациям района: показатели мониторинга, доли, выполнение дорожных карт и документы, с итогами.' : 'По районам региона: показатели, доли, выполнение, с итогами.'}>Региональный отчёт</PageTitle>
      {d && camps.data && camps.data.length > 0 && (
        <Select label="Мониторинг" value={campaign} onChange={setCampaign}
          options={camps.data.map((c) => [c.id, `${c.title} (данные на ${date(c.reporting_date)})`])} />
      )}
      {preview.data && <p><strong>{preview.data.title}</strong></p>}
      <div class="buttons downloads">
        <a class="button" href={`${base}?format=xlsx${q}`} download>Скачать XLSX</a>
        <a class="button secondary" href={`${base}?format=csv${q}`} download>Скачать CSV</a>
      </div>
      <h2>Просмотр</h2>
      <Async state={preview}>{(rep) => <ReportTable rep={rep} />}</Async>
    </>
  );
}

function cell(v) {
  if (v === null || v === undefined) return '—';
  if (v === 'not_applicable') return 'н/п';
  if (typeof v === 'boolean') return v ? 'да' : 'нет';
  if (typeof v === 'number') return num(v);
  return String(v);
}

function ReportTable({ rep }) {
  const cols = rep.columns || [];
  const rows = rep.rows || [];
  if (!cols.length) return <Empty>Нет данных.</Empty>;
  const key = (c) => c.key || c.code || c.name;
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label="Таблица (прокручивается)">
      <table class="report">
        <thead><tr>{cols.map((c) => <th scope="col" key={key(c)}>{c.title || c.label || key(c)}</th>)}</tr></thead>
        <tbody>
          {rows.map((row, i) => <tr key={i}>{cols.map((c, j) => <td key={j} class={typeof (Array.isArray(row) ? row[j] : row[key(c)]) === 'number' ? 'num' : ''}>{cell(Array.isArray(row) ? row[j] : (row.values ? row.values[key(c)] : row[key(c)]))}</td>)}</tr>)}
          {rep.totals && <tr class="totals">{cols.map((c, j) => <td key={j} class="num">{j === 0 ? 'Итого' : cell(Array.isArray(rep.totals) ? rep.totals[j] : (rep.totals.values ? rep.totals.values[key(c)] : rep.totals[key(c)]))}</td>)}</tr>}
        </tbody>
      </table>
    </div>
  );
}
