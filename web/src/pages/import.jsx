// Import a roadmap from the table people already have: upload a file or paste the Word
// table (tab-separated). A preview (dry_run) shows sections, items, parsed deadlines,
// warnings and unplaced lines before anything is created.
import { useState } from 'preact/hooks';
import { getAll, request } from '../api.js';
import { go, href } from '../router.js';
import { num, date, schoolYear, today } from '../format.js';
import { useAsync, PageTitle, Select, TextField, TextArea, ErrorBox, useId, Notice } from '../ui.jsx';
import { isCoordinator } from './roadmaps.jsx';

const KIND = { window: 'один срок', recurring: 'несколько сроков', whole_period: 'весь период', count_per_year: 'раз в год', unscheduled: 'без срока' };

function contentTypeFor(name) {
  if (/\.csv$/i.test(name)) return 'text/csv';
  if (/\.json$/i.test(name)) return 'application/json';
  return 'text/tab-separated-values';
}

export function ImportPage({ me, districtId: d, query }) {
  const sy = schoolYear(today());
  const [owner, setOwner] = useState(me.role === 'org_curator' ? me.organization_id : (query.owner || 'district'));
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [part, setPart] = useState('1');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('');
  const [ctype, setCtype] = useState('text/tab-separated-values');
  const [preview, setPreview] = useState(null);
  const [err, setErr] = useState(null);
  const [busy, setBusy] = useState(false);
  const fileId = useId('file');
  const orgs = useAsync(() => (isCoordinator(me) ? getAll(`/districts/${d}/organizations?status=active`) : Promise.resolve([])), [d]);

  const url = (dry) => {
    const q = new URLSearchParams({ owner });
    if (start && end) { q.set('period_start', start); q.set('period_end', end); }
    if (part !== '1') q.set('part', part);
    if (title.trim()) q.set('title', title.trim());
    if (dry) q.set('dry_run', 'true');
    return `/districts/${d}/roadmaps/import?${q}`;
  };
  const send = async (dry) => {
    setErr(null); setBusy(true);
    try {
      const r = await request('POST', url(dry), { body: text, contentType: ctype });
      if (!dry || r.status === 201) { go(`/d/${d}/roadmaps/${r.data.roadmap.id}`, { imported: 1 }); return; }
      setPreview(r.data);
    } catch (x) { setErr(x); setPreview(null); } finally { setBusy(false); }
  };
  const onFile = (e) => {
    const f = e.currentTarget.files[0];
    if (!f) return;
    setFileName(f.name); setCtype(contentTypeFor(f.name)); setPreview(null);
    const rd = new FileReader();
    rd.onload = () => { setText(String(rd.result)); setPart('1'); };
    e.currentTarget.value = '';
    rd.readAsText(f, 'utf-8');
  };
  return (
    <>
      <p class="crumbs"><a href={href(`/d/${d}/roadmaps`)}>Дорожные карты</a></p>
      <PageTitle sub="Загрузите файл или вставьте таблицу из Word. Сначала — предварительный просмотр, черновик создаётся только после подтверждения.">Импорт дорожной карты</PageTitle>
      <form class="card" onSubmit={(e) => { e.preventDefault(); send(true); }}>
        {isCoordinator(me) && (
          <Select label="Чья дорожная карта" value={owner} onChange={(v) => { setOwner(v); setPreview(null); }}
            options={[['district', 'Района (УО/МЦ)'], ...(orgs.data || []).map((o) => [o.id, o.short_name || o.name])]} />
        )}
        <div class="row">
          <TextField label="Начало периода" type="date" value={start} onInput={(v) => { setStart(v); setPreview(null); }} />
          <TextField label="Конец периода" type="date" value={end} onInput={(v) => { setEnd(v); setPreview(null); }} />
        </div>
        <p class="hint">Период можно не указывать: он будет определён по заголовку документа («на 2024-2025 учебный год») или по годам в сроках — предварительный просмотр покажет, какой получился. Например, учебный год: {date(sy.start)} – {date(sy.end)}.</p>
        <TextField label="Название (необязательно)" value={title} onInput={setTitle} hint="Если пусто — берётся заголовок документа." />
        <div class="field">
          <label for={fileId}>Файл таблицы (.txt, .tsv, .csv)</label>
          <input id={fileId} type="file" accept=".txt,.tsv,.csv,.json,text/plain,text/csv,text/tab-separated-values" onChange={onFile} />
          {fileName && <div class="hint">Выбран файл: {fileName}</div>}
        </div>
        <TextArea label="…или вставьте таблицу" value={text} rows={8} class="mono"
          onInput={(v) => { setText(v); setFileName(''); setCtype('text/tab-separated-values'); setPreview(null); }}
          hint="Скопируйте таблицу из Word целиком (с заголовком) и вставьте сюда: столбцы разделяются табуляцией." />
        <ErrorBox error={err} />
        <div class="buttons">
          <button type="submit" disabled={busy || !text.trim()}>Предварительный просмотр</button>
        </div>
      </form>
      {preview && <Preview p={preview} busy={busy} part={part} onPart={(v) => { setPart(v); }} onAgain={() => send(true)} onCreate={() => send(false)} />}
    </>
  );
}

function Preview({ p, busy, part, onPart, onAgain, onCreate }) {
  const rm = p.roadmap;
  const warnings = p.warnings || [];
  const unplaced = p.unplaced || [];
  const items = rm.sections.reduce((n, s) => n + s.items.length, 0);
  return (
    <section class="card preview" aria-labelledby="preview-h">
      <h2 id="preview-h">Предварительный просмотр</h2>
      <p><strong>{rm.title}</strong></p>
      <p class="muted">Период {date(rm.period.start)} – {date(rm.period.end)} · таблиц: {num(p.tables)} · разделов: {num(rm.sections.length)} · мероприятий: {num(items)}</p>
      {p.parts && p.parts.length > 1 && (
        <div class="card">
          <h3 class="h3">Части документа</h3>
          <ul class="plain">
            {p.parts.map((x) => <li key={x.number}>{x.number}. {x.caption || 'План мероприятий'} <span class="muted">(строки {x.line}–{x.end_line}; разделов {num(x.sections)}, мероприятий {num(x.items)})</span>{x.imported ? <strong> — импортируется</strong> : ''}</li>)}
          </ul>
          <div class="toolbar">
            <Select label="Какую часть импортировать" value={part} onChange={onPart} options={p.parts.map((x) => [String(x.number), `${x.number}. ${x.caption || 'План мероприятий'}`])} />
            <button type="button" class="secondary" onClick={onAgain} disabled={busy}>Показать эту часть</button>
          </div>
        </div>
      )}
      <section aria-labelledby="warn-h">
        <h3 id="warn-h">Предупреждения ({num(warnings.length)})</h3>
        {warnings.length ? (
          <ul class="warnings">
            {warnings.map((w, i) => <li key={i} class="warning">{w.line ? <span class="muted">строка {w.line}: </span> : null}{w.message_ru || w.message || w.detail || w.reason}</li>)}
          </ul>
        ) : <p class="muted">Предупреждений нет.</p>}
      </section>
      <section aria-labelledby="unpl-h">
        <h3 id="unpl-h">Не размещённые строки ({num(unplaced.length)})</h3>
        {unplaced.length ? (
          <ul class="warnings">{unplaced.map((u) => <li key={u.line} class="warning"><span class="muted">строка {u.line}:</span> {u.reason} — «{u.text}»</li>)}</ul>
        ) : <p class="muted">Все строки таблицы размещены.</p>}
      </section>
      <h3>Разделы и мероприятия</h3>
      {rm.sections.map((s, si) => (
        <details key={si} open={si < 2}>
          <summary>{s.number} {s.title || 'Без названия'} <span class="muted">({num(s.items.length)})</span></summary>
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Таблица (прокручивается)">
            <table>
              <thead><tr><th scope="col">Строка</th><th scope="col">№</th><th scope="col">Мероприятие</th><th scope="col">Срок в документе</th><th scope="col">Как понят</th><th scope="col">Ответственные</th></tr></thead>
              <tbody>
                {s.items.map((it, ii) => (
                  <tr key={ii}>
                    <td class="muted">{it.line ?? '—'}</td>
                    <td>{it.number}</td>
                    <td>{it.title}</td>
                    <td>{it.deadline_text || '—'}</td>
                    <td>{it.schedule ? <Parsed s={it.schedule} /> : '—'}</td>
                    <td>{it.responsible}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ))}
      <div class="buttons">
        <button type="button" disabled={busy} onClick={onCreate}>Создать черновик</button>
      </div>
    </section>
  );
}

function Parsed({ s }) {
  if (s.kind === 'unscheduled') return <span class="muted">без срока{s.reason ? `: ${s.reason}` : ''}</span>;
  const w = s.windows;
  const shown = w.slice(0, 3).map((x) => `${date(x.start)}–${date(x.end)}`).join('; ');
  return <span>{KIND[s.kind] || s.kind}{s.times_per_year ? ` (${s.times_per_year})` : ''}: {shown}{w.length > 3 ? ` и ещё ${w.length - 3}` : ''}</span>;
}
