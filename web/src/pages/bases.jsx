// The organisation's personalised bases: mentors, mentees (with consent), programs and
// pairs; mentors and mentees loaded from a CSV through the bulk upsert endpoints.
import { useState } from 'preact/hooks';
import { get, getAll, post, request } from '../api.js';
import { href, go } from '../router.js';
import { num, date, today } from '../format.js';
import { useAsync, Async, PageTitle, TextField, Select, ErrorBox, Empty, Notice, Badge, useId } from '../ui.jsx';

const CATEGORY = { student: 'Обучающийся', college_student: 'Студент СПО', teacher: 'Педагог', young_teacher: 'Молодой педагог', employer: 'Представитель работодателя' };
const TABS = [['mentors', 'Наставники'], ['mentees', 'Наставляемые'], ['programs', 'Программы'], ['pairs', 'Пары и группы']];

export function BasesPage({ me, districtId: d, orgId: o, query }) {
  const tab = query.tab || 'mentors';
  const org = useAsync(() => get(`/districts/${d}/organizations/${o}`), [d, o]);
  const canWrite = me.role === 'org_curator' || me.role === 'district_coordinator' || me.role === 'system_admin';
  return (
    <>
      <PageTitle sub={org.data ? (org.data.short_name || org.data.name) : ''}>Наставники, наставляемые, пары и программы</PageTitle>
      <nav class="tabs" aria-label="Базы">
        <ul>{TABS.map(([k, t]) => <li key={k}><a href={href(`/d/${d}/orgs/${o}/bases`, { tab: k })} aria-current={tab === k ? 'page' : undefined}>{t}</a></li>)}</ul>
      </nav>
      {(tab === 'mentors' || tab === 'mentees') && <People key={tab} kind={tab} d={d} o={o} canWrite={canWrite} />}
      {tab === 'programs' && <Programs d={d} o={o} canWrite={canWrite} />}
      {tab === 'pairs' && <Pairs d={d} o={o} canWrite={canWrite} />}
    </>
  );
}

// CSV: a header row naming the columns (external_id, full_name, category, birth_year,
// consent_date, consent_given_by); comma or semicolon; quotes as in RFC 4180.
export function parseCsv(text) {
  const t = text.replace(/^\uFEFF/, '');
  const first = t.split(/\r?\n/)[0] || '';
  const sep = (first.match(/;/g) || []).length > (first.match(/,/g) || []).length ? ';' : ',';
  const rows = []; let row = []; let cell = ''; let q = false;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (q) {
      if (ch === '"' && t[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') q = false; else cell += ch;
    } else if (ch === '"') q = true;
    else if (ch === sep) { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') { if (ch === '\r' && t[i + 1] === '\n') i++; row.push(cell); rows.push(row); row = []; cell = ''; }
    else cell += ch;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

export function csvToPeople(text) {
  const rows = parseCsv(text);
  if (rows.length < 2) throw new Error('В файле нет строк с данными (первая строка — заголовок).');
  const head = rows[0].map((h) => h.trim().toLowerCase());
  const col = (n) => head.indexOf(n);
  for (const n of ['external_id', 'full_name', 'category']) if (col(n) < 0) throw new Error(`В заголовке нет столбца «${n}».`);
  return rows.slice(1).map((r) => {
    const v = (n) => (col(n) >= 0 ? (r[col(n)] || '').trim() : '');
    const item = { external_id: v('external_id'), full_name: v('full_name'), category: v('category') };
    if (v('birth_year')) item.birth_year = Number(v('birth_year'));
    if (v('consent_date')) item.consent = { date: v('consent_date'), given_by: v('consent_given_by') || 'self' };
    return item;
  });
}

function People({ kind, d, o, canWrite }) {
  const state = useAsync(() => getAll(`/districts/${d}/organizations/${o}/${kind}`), [d, o, kind]);
  const [msg, setMsg] = useState(null);
  const [err, setErr] = useState(null);
  const [name, setName] = useState('');
  const [cat, setCat] = useState(kind === 'mentors' ? 'teacher' : 'student');
  const [year, setYear] = useState('');
  const [consent, setConsent] = useState('');
  const [given, setGiven] = useState(kind === 'mentees' ? 'parent' : 'self');
  const fileId = useId('csv');
  const onFile = (e) => {
    const input = e.currentTarget;
    const f = input.files[0]; if (!f) return;
    input.value = ''; // choosing the same file again loads it again
    setErr(null); setMsg(null);
    const rd = new FileReader();
    rd.onload = async () => {
      try {
        const items = csvToPeople(String(rd.result));
        const r = await request('POST', `/districts/${d}/organizations/${o}/${kind}/bulk`, { body: { items }, headers: { 'Idempotency-Key': crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}` } });
        setMsg(`Загружено из «${f.name}»: добавлено ${num(r.data.created)}, обновлено ${num(r.data.updated)}, без изменений ${num(r.data.unchanged)}.`);
        state.reload();
      } catch (x) { setErr(x); }
    };
    rd.readAsText(f, 'utf-8');
  };
  return (
    <section>
      {msg && <Notice>{msg}</Notice>}
      {canWrite && (
        <div class="two-col">
          <form class="card" onSubmit={async (e) => {
            e.preventDefault(); setErr(null); setMsg(null);
            const body = { full_name: name, category: cat };
            if (year) body.birth_year = Number(year);
            if (consent) body.consent = { date: consent, given_by: given };
            try { await post(`/districts/${d}/organizations/${o}/${kind}`, body); setName(''); setYear(''); setMsg('Запись добавлена.'); state.reload(); } catch (x) { setErr(x); }
          }}>
            <h2 class="h3">{kind === 'mentors' ? 'Новый наставник' : 'Новый наставляемый'}</h2>
            <TextField label="ФИО" value={name} onInput={setName} required />
            <Select label="Категория" value={cat} onChange={setCat} options={Object.entries(CATEGORY)} />
            <TextField label="Год рождения" type="number" value={year} onInput={setYear} hint="Обязателен для обучающихся и студентов." />
            <div class="row">
              <TextField label="Согласие на обработку ПД: дата" type="date" value={consent} onInput={setConsent} max={today()} />
              <Select label="Кем дано" value={given} onChange={setGiven} options={[['self', 'самим человеком'], ['parent', 'родителем (законным представителем)']]} />
            </div>
            <button type="submit">Добавить</button>
          </form>
          <div class="card">
            <h2 class="h3">Загрузить из CSV</h2>
            <p class="hint">Первая строка — заголовок: external_id, full_name, category, birth_year, consent_date, consent_given_by. Записи сопоставляются по external_id: новые добавляются, существующие обновляются.</p>
            <div class="field">
              <label for={fileId}>Файл CSV</label>
              <input id={fileId} type="file" accept=".csv,text/csv" onChange={onFile} />
            </div>
          </div>
        </div>
      )}
      <ErrorBox error={err} />
      <Async state={state}>{(items) => (items.length ? (
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Таблица (прокручивается)">
          <table>
            <thead><tr><th scope="col">ФИО</th><th scope="col">Категория</th><th scope="col">Год рождения</th><th scope="col">Согласие</th><th scope="col">Внешний id</th></tr></thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <td>{p.erased ? <span class="muted">удалено</span> : p.full_name}</td><td>{CATEGORY[p.category] || p.category}</td><td>{p.birth_year || '—'}</td>
                  <td>{p.consent ? `${date(p.consent.date)}, ${p.consent.given_by === 'parent' ? 'родитель' : 'сам'}` : '—'} {p.consent_sufficient ? <Badge kind="accepted">достаточно</Badge> : <Badge kind="overdue">недостаточно</Badge>}</td>
                  <td>{p.external_id || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : <Empty>Записей нет.</Empty>)}</Async>
    </section>
  );
}

function Programs({ d, o, canWrite }) {
  const state = useAsync(() => Promise.all([getAll(`/districts/${d}/organizations/${o}/programs`), get('/mentoring-forms')]), [d, o]);
  const [title, setTitle] = useState('');
  const [form, setForm] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [err, setErr] = useState(null);
  return (
    <Async state={state}>{([items, forms]) => {
      const fname = Object.fromEntries((forms.items || []).map((f) => [f.code, f.title]));
      return (
        <section>
          {canWrite && (
            <form class="card" onSubmit={async (e) => {
              e.preventDefault(); setErr(null);
              try { await post(`/districts/${d}/organizations/${o}/programs`, { title, forms: [form || forms.items[0].code], period: { start, end } }); setTitle(''); state.reload(); } catch (x) { setErr(x); }
            }}>
              <h2 class="h3">Новая программа наставничества</h2>
              <TextField label="Название" value={title} onInput={setTitle} required />
              <Select label="Форма наставничества" value={form} onChange={setForm} options={(forms.items || []).map((f) => [f.code, f.title])} />
              <div class="row">
                <TextField label="Начало" type="date" value={start} onInput={setStart} required />
                <TextField label="Окончание" type="date" value={end} onInput={setEnd} required />
              </div>
              <ErrorBox error={err} />
              <button type="submit">Добавить программу</button>
            </form>
          )}
          {items.length ? (
            <div class="table-wrap" tabIndex={0} role="region" aria-label="Таблица (прокручивается)"><table>
              <thead><tr><th scope="col">Программа</th><th scope="col">Формы</th><th scope="col">Период</th></tr></thead>
              <tbody>{items.map((p) => <tr key={p.id}><td>{p.title}</td><td>{p.forms.map((f) => fname[f] || f).join(', ')}</td><td>{p.period ? `${date(p.period.start)} – ${date(p.period.end)}` : '—'}</td></tr>)}</tbody>
            </table></div>
          ) : <Empty>Программ нет.</Empty>}
        </section>
      );
    }}</Async>
  );
}

function Pairs({ d, o, canWrite }) {
  const state = useAsync(() => Promise.all([
    getAll(`/districts/${d}/organizations/${o}/pairs`), getAll(`/districts/${d}/organizations/${o}/mentors`),
    getAll(`/districts/${d}/organizations/${o}/mentees`), get('/mentoring-forms'),
  ]), [d, o]);
  const [mentor, setMentor] = useState('');
  const [mentee, setMentee] = useState('');
  const [form, setForm] = useState('');
  const [start, setStart] = useState(today());
  const [err, setErr] = useState(null);
  return (
    <Async state={state}>{([pairs, mentors, mentees, forms]) => {
      const nm = Object.fromEntries([...mentors, ...mentees].map((p) => [p.id, p.full_name || 'удалено']));
      const fname = Object.fromEntries((forms.items || []).map((f) => [f.code, f.title]));
      return (
        <section>
          {canWrite && (
            <form class="card" onSubmit={async (e) => {
              e.preventDefault(); setErr(null);
              try { await post(`/districts/${d}/organizations/${o}/pairs`, { mentor_id: mentor, mentee_ids: [mentee], form: form || forms.items[0].code, start_date: start }); state.reload(); } catch (x) { setErr(x); }
            }}>
              <h2 class="h3">Новая пара</h2>
              <div class="row">
                <Select label="Наставник" value={mentor} onChange={setMentor} options={[['', 'Выберите…'], ...mentors.filter((m) => !m.erased).map((m) => [m.id, m.full_name])]} />
                <Select label="Наставляемый" value={mentee} onChange={setMentee} options={[['', 'Выберите…'], ...mentees.filter((m) => !m.erased).map((m) => [m.id, m.full_name])]} />
              </div>
              <div class="row">
                <Select label="Форма" value={form} onChange={setForm} options={(forms.items || []).map((f) => [f.code, f.title])} />
                <TextField label="Начало" type="date" value={start} onInput={setStart} required />
              </div>
              <ErrorBox error={err} />
              <button type="submit">Создать пару</button>
            </form>
          )}
          {pairs.length ? (
            <div class="table-wrap" tabIndex={0} role="region" aria-label="Таблица (прокручивается)"><table>
              <thead><tr><th scope="col">Наставник</th><th scope="col">Наставляемые</th><th scope="col">Форма</th><th scope="col">Период</th><th scope="col">Статус</th></tr></thead>
              <tbody>{pairs.map((p) => <tr key={p.id}><td>{nm[p.mentor_id] || '—'}</td><td>{(p.mentee_ids || []).map((m) => nm[m] || '—').join(', ')}</td><td>{fname[p.form] || p.form}</td><td>{date(p.start_date)} – {p.end_date ? date(p.end_date) : '…'}</td><td>{p.status}</td></tr>)}</tbody>
            </table></div>
          ) : <Empty>Пар нет.</Empty>}
        </section>
      );
    }}</Async>
  );
}
