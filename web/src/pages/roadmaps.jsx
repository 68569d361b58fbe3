// Roadmaps: the list (with those awaiting approval first), one roadmap as a timeline of
// sections and items with every occurrence's status and evidence, progress with evidence,
// and the workflow (submit, approve, return with a comment, new version).
import { useState, useEffect } from 'preact/hooks';
import { get, getAll, post, request } from '../api.js';
import { href, go } from '../router.js';
import { num, date, today, ROADMAP_STATUS, label } from '../format.js';
import { useAsync, Async, PageTitle, Select, TextField, TextArea, ErrorBox, Empty, Notice, ActionButton, Badge, errorText } from '../ui.jsx';
import { STAGES } from '../stages.js';
import { EvidenceText } from './overview.jsx';

export const canWriteRoadmap = (me, rm) => me.role === 'district_coordinator' || me.role === 'system_admin'
  || (me.role === 'org_curator' && rm.owner.kind === 'organization' && rm.owner.organization_id === me.organization_id);
export const isCoordinator = (me) => me.role === 'district_coordinator' || me.role === 'system_admin';

export async function orgNames(d) {
  const orgs = await getAll(`/districts/${d}/organizations`).catch(() => []);
  return Object.fromEntries(orgs.map((o) => [o.id, o.short_name || o.name]));
}

export function RoadmapsPage({ me, districtId: d, query }) {
  const status = query.status || '';
  const state = useAsync(async () => {
    const [items, names] = await Promise.all([
      getAll(`/districts/${d}/roadmaps${status ? `?status=${status}` : ''}`),
      me.role === 'org_curator' || me.role === 'org_system' ? get(`/districts/${d}/organizations/${me.organization_id}`).then((o) => ({ [o.id]: o.short_name || o.name })).catch(() => ({})) : orgNames(d),
    ]);
    return { items, names };
  }, [d, status]);
  const curator = me.role === 'org_curator';
  return (
    <>
      <PageTitle>{curator ? 'Дорожные карты организации' : 'Дорожные карты'}</PageTitle>
      <div class="toolbar">
        <Select label="Статус" value={status} onChange={(v) => go(`/d/${d}/roadmaps`, { status: v })}
          options={[['', 'Все'], ['submitted', 'На согласовании'], ['approved', 'Утверждённые'], ['draft', 'Черновики'], ['returned', 'Возвращённые']]} />
        {(curator || isCoordinator(me)) && <a class="button" href={href(`/d/${d}/import`)}>Импортировать из таблицы</a>}
        {(curator || isCoordinator(me)) && <FromTemplate me={me} d={d} />}
      </div>
      <Async state={state}>{({ items, names }) => {
        const rows = [...items].sort((a, b) => (a.status === 'submitted' ? -1 : 0) - (b.status === 'submitted' ? -1 : 0));
        if (!rows.length) return <Empty>Дорожных карт нет.</Empty>;
        return (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Таблица (прокручивается)">
            <table>
              <thead><tr><th scope="col">Дорожная карта</th><th scope="col">Чья</th><th scope="col">Период</th><th scope="col">Статус</th><th scope="col" class="num">Мероприятий</th><th scope="col">Версия</th></tr></thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td><a href={href(`/d/${d}/roadmaps/${r.id}`)}>{r.title}</a></td>
                    <td>{r.owner.kind === 'district' ? 'Район (УО/МЦ)' : (names[r.owner.organization_id] || 'Организация')}</td>
                    <td class="nowrap">{date(r.period.start)} – {date(r.period.end)}</td>
                    <td><RoadmapStatus r={r} /></td>
                    <td class="num">{num(r.item_count)}</td>
                    <td>{r.revision}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      }}</Async>
    </>
  );
}

function RoadmapStatus({ r }) {
  if (r.superseded_by) return <Badge kind="superseded">Заменена новой версией</Badge>;
  return <Badge kind={r.status}>{label(ROADMAP_STATUS, r.status)}</Badge>;
}

function FromTemplate({ me, d }) {
  const [open, setOpen] = useState(false);
  const y = new Date().getMonth() >= 8 ? new Date().getFullYear() : new Date().getFullYear() - 1;
  const [start, setStart] = useState(`${y}-09-01`);
  const [end, setEnd] = useState(`${y + 1}-08-31`);
  const [org, setOrg] = useState(me.organization_id || '');
  const orgs = useAsync(() => (me.role === 'org_curator' ? Promise.resolve([]) : getAll(`/districts/${d}/organizations?status=active`)), [d]);
  if (!open) return <button type="button" class="secondary" onClick={() => setOpen(true)}>Создать по шаблону из 7 этапов</button>;
  return (
    <form class="card inline-form" onSubmit={(e) => e.preventDefault()}>
      <h2 class="h3">Новая дорожная карта по шаблону</h2>
      {me.role !== 'org_curator' && orgs.data && (
        <Select label="Организация" value={org} onChange={setOrg} options={[['', 'Выберите…'], ...orgs.data.map((o) => [o.id, o.short_name || o.name])]} />
      )}
      <div class="row">
        <TextField label="Начало периода" type="date" value={start} onInput={setStart} />
        <TextField label="Конец периода" type="date" value={end} onInput={setEnd} />
      </div>
      <div class="buttons">
        <ActionButton onClick={async () => {
          const r = await post(`/districts/${d}/roadmaps/from-template`, { template_id: 'cmn-organization-7-stages', organization_id: org, period: { start, end } });
          go(`/d/${d}/roadmaps/${r.data.id}`);
        }}>Создать черновик</ActionButton>
        <button type="button" class="secondary" onClick={() => setOpen(false)}>Отмена</button>
      </div>
    </form>
  );
}

// ---------------------------------------------------------------- one roadmap
export function RoadmapPage({ me, districtId: d, roadmapId: id }) {
  const [rm, setRm] = useState(null);
  const [etag, setEtag] = useState(null);
  const [error, setError] = useState(null);
  const [owner, setOwner] = useState('');
  const [msg, setMsg] = useState(null);
  const load = async () => {
    try {
      const r = await request('GET', `/districts/${d}/roadmaps/${id}`);
      setRm(r.data); setEtag(r.etag || `"${r.data.version}"`);
      if (r.data.owner.kind === 'organization') {
        get(`/districts/${d}/organizations/${r.data.owner.organization_id}`).then((o) => setOwner(o.short_name || o.name), () => setOwner('Организация'));
      } else setOwner('Район (УО/МЦ)');
    } catch (e) { setError(e); }
  };
  useEffect(() => { load(); }, [d, id]);
  useEffect(() => {
    const item = new URLSearchParams(location.hash.split('?')[1] || '').get('item');
    if (rm && item) { const el = document.getElementById(`item-${item}`); if (el) { el.scrollIntoView({ block: 'center' }); el.classList.add('highlight'); } }
  }, [rm]);
  if (error) return <ErrorBox error={error} />;
  if (!rm) return <p class="muted" role="status">Загрузка…</p>;
  const workflow = async (step, body) => {
    const r = await request('POST', `/districts/${d}/roadmaps/${id}/${step}`, { body, headers: { 'If-Match': etag } });
    setRm(r.data); setEtag(r.etag || `"${r.data.version}"`);
    setMsg({ submit: 'Дорожная карта отправлена на согласование.', approve: 'Дорожная карта утверждена.', return: 'Дорожная карта возвращена на доработку.' }[step]);
  };
  const writable = canWriteRoadmap(me, rm);
  const current = rm.status === 'approved' && !rm.superseded_by;
  const editable = writable && (rm.status === 'draft' || rm.status === 'returned');
  const items = rm.sections.reduce((n, s) => n + s.items.length, 0);
  return (
    <>
      <p class="crumbs"><a href={href(`/d/${d}/roadmaps`)}>Дорожные карты</a></p>
      <PageTitle sub={`${owner} · период ${date(rm.period.start)} – ${date(rm.period.end)} · версия ${rm.revision}`}>{rm.title}</PageTitle>
      <div class="toolbar">
        <RoadmapStatus r={rm} />
        {rm.approval && rm.approval.order_number && <span class="muted">Приказ № {rm.approval.order_number}{rm.approval.order_date ? ` от ${date(rm.approval.order_date)}` : ''}</span>}
        <span class="muted">Мероприятий: {num(items)}</span>
      </div>
      {msg && <Notice>{msg}</Notice>}
      {rm.import_warnings && rm.import_warnings.length > 0 && (
        <details class="rules">
          <summary>Замечания импорта ({num(rm.import_warnings.length)}) — проверьте перед отправкой</summary>
          <ul class="warnings">{rm.import_warnings.map((w, i) => <li key={i} class="warning"><span class="muted">строка {w.line}: </span>{w.message_ru || w.message}</li>)}</ul>
        </details>
      )}
      {rm.return_comment && <div class="alert alert-warn" role="note"><strong>Замечание координатора:</strong> {rm.return_comment}</div>}
      <div class="buttons workflow">
        {writable && (rm.status === 'draft' || rm.status === 'returned') && (
          <ActionButton onClick={() => workflow('submit')}>Отправить на согласование</ActionButton>
        )}
        {editable && (
          <ActionButton class="danger" confirm="Удалить черновик дорожной карты со всеми разделами и мероприятиями?"
            onClick={async () => { await request('DELETE', `/districts/${d}/roadmaps/${id}`, { headers: { 'If-Match': etag } }); go(`/d/${d}/roadmaps`); }}>Удалить черновик</ActionButton>
        )}
        {isCoordinator(me) && rm.status === 'submitted' && <ApproveReturn onApprove={() => workflow('approve')} onReturn={(c) => workflow('return', { comment: c })} />}
        {writable && current && (
          <ActionButton class="secondary" onClick={async () => {
            const r = await request('POST', `/districts/${d}/roadmaps/${id}/versions`, { headers: { 'If-Match': etag } });
            go(`/d/${d}/roadmaps/${r.data.id}`);
          }}>Начать новую версию</ActionButton>
        )}
      </div>
      {current && writable && <p class="muted">Отмечайте выполнение каждого срока: «Выполнено» требует дату и подтверждение — документ (номер и дата приказа) или ссылку.</p>}
      {!current && rm.status !== 'approved' && <p class="muted">Выполнение отмечается после утверждения дорожной карты.{editable ? ' Пока это черновик, мероприятия можно исправить: сроки пересчитываются сразу.' : ''}</p>}
      <Timeline rm={rm} d={d} canRecord={current && writable} canEdit={editable} reload={load} onItem={(item) => {
        setRm({ ...rm, sections: rm.sections.map((s) => ({ ...s, items: s.items.map((it) => (it.id === item.id ? item : it)) })) });
      }} />
    </>
  );
}

function ApproveReturn({ onApprove, onReturn }) {
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [err, setErr] = useState(null);
  return (
    <div class="approve-box">
      <ActionButton onClick={onApprove}>Утвердить</ActionButton>
      {!returning && <button type="button" class="secondary" onClick={() => setReturning(true)}>Вернуть на доработку</button>}
      {returning && (
        <form class="card inline-form" onSubmit={async (e) => {
          e.preventDefault(); setErr(null);
          try { await onReturn(comment); setReturning(false); } catch (x) { setErr(x); }
        }}>
          <TextArea label="Комментарий для организации" value={comment} onInput={setComment} required hint="Что нужно исправить; обязательно." />
          <ErrorBox error={err} />
          <div class="buttons"><button type="submit">Вернуть с комментарием</button><button type="button" class="secondary" onClick={() => setReturning(false)}>Отмена</button></div>
        </form>
      )}
    </div>
  );
}

// Occurrence's state on a day: done, cancelled, overdue, in_progress, planned.
export function occState(o, day = today()) {
  if (o.status === 'done') return 'done';
  if (o.status === 'cancelled') return 'cancelled';
  if (o.end <= day) return 'overdue';
  return o.status;
}
const OCC_TEXT = { done: 'выполнено', cancelled: 'отменено', overdue: 'просрочено', in_progress: 'выполняется', planned: 'запланировано' };

function dayNum(iso) { return Date.parse(iso + 'T00:00:00Z') / 86400000; }

// The period's months as a ruler, and each item's windows on it.
function MonthRuler({ period }) {
  const s = dayNum(period.start); const e = dayNum(period.end) + 1; const w = e - s;
  const months = [];
  const dt = new Date(period.start + 'T00:00:00Z'); dt.setUTCDate(1);
  const names = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
  while (dayNum(dt.toISOString().slice(0, 10)) < e && months.length < 80) {
    const iso = dt.toISOString().slice(0, 10);
    months.push([Math.max(0, dayNum(iso) - s), names[dt.getUTCMonth()], dt.getUTCMonth() === 0 ? dt.getUTCFullYear() : null]);
    dt.setUTCMonth(dt.getUTCMonth() + 1);
  }
  const every = Math.ceil(months.length / 12);
  return (
    <div aria-hidden="true">
      <div class="months">
        {months.map(([x, n, y], i) => <span key={i}>{i % every === 0 ? (y ? `${n} ${y}` : n) : ''}</span>)}
      </div>
      <svg class="ruler" viewBox={`0 0 ${w} 14`} preserveAspectRatio="none">
        {months.map(([x], i) => <line key={i} x1={x} x2={x} y1="0" y2="14" class="tick" vector-effect="non-scaling-stroke" />)}
      </svg>
    </div>
  );
}

function ItemBar({ item, period }) {
  const s = dayNum(period.start); const e = dayNum(period.end) + 1; const w = e - s;
  const t = dayNum(today()) - s;
  return (
    <svg class="itembar" viewBox={`0 0 ${w} 10`} preserveAspectRatio="none" aria-hidden="true">
      <rect x="0" y="4" width={w} height="2" class="itembar-bg" />
      {item.occurrences.map((o) => {
        const x = Math.max(0, dayNum(o.start) - s); const x2 = Math.min(w, dayNum(o.end) + 1 - s);
        return <rect key={o.id} x={x} y="0" width={Math.max(2, x2 - x)} height="10" class={`occ-${occState(o)}`} />;
      })}
      {t > 0 && t < w && <line x1={t} x2={t} y1="0" y2="10" class="today" vector-effect="non-scaling-stroke" />}
    </svg>
  );
}

function Timeline({ rm, d, canRecord, canEdit, reload, onItem }) {
  if (!rm.sections.length) return <Empty>В дорожной карте нет разделов.</Empty>;
  return (
    <div class="timeline">
      <p class="legend" aria-hidden="true">
        <span class="key occ-done">выполнено</span><span class="key occ-overdue">просрочено</span><span class="key occ-in_progress">выполняется</span>
        <span class="key occ-planned">запланировано</span><span class="key occ-cancelled">отменено</span>
      </p>
      {rm.sections.map((s) => (
        <section class="rm-section" key={s.id} aria-labelledby={`sec-${s.id}`}>
          <h2 id={`sec-${s.id}`} class="h3">{s.number} {s.title}{s.stage ? <span class="muted"> · этап {s.stage}: {STAGES[s.stage - 1][2]}</span> : null}</h2>
          {s.description && <p class="muted pre">{s.description}</p>}
          <MonthRuler period={rm.period} />
          <ol class="items">
            {s.items.map((it) => <Item key={it.id} it={it} rm={rm} d={d} canRecord={canRecord} canEdit={canEdit} reload={reload} onItem={onItem} />)}
          </ol>
        </section>
      ))}
    </div>
  );
}

function Item({ it, rm, d, canRecord, canEdit, reload, onItem }) {
  const [open, setOpen] = useState(null); // occurrence start (or 'new') being recorded
  const [editing, setEditing] = useState(false);
  const unscheduled = it.schedule && it.schedule.kind === 'unscheduled';
  return (
    <li class="item" id={`item-${it.id}`}>
      <div class="item-head">
        <span class="item-no">{it.number}</span>
        <div class="item-main">
          <h3 class="item-title">{it.title}</h3>
          <div class="item-meta">
            <span><span class="muted">Срок:</span> {it.deadline_text || '—'}{unscheduled && it.schedule.reason ? ` (${it.schedule.reason})` : ''}</span>
            {it.responsible && <span><span class="muted">Ответственные:</span> {it.responsible}</span>}
            {it.expected_result && <span><span class="muted">Результат:</span> {it.expected_result}</span>}
          </div>
        </div>
      </div>
      {canEdit && !editing && (
        <div class="buttons">
          <button type="button" class="small secondary" onClick={() => setEditing(true)}>Изменить<span class="sr-only"> {it.number} {it.title}</span></button>
          <ActionButton class="small danger" confirm={`Удалить мероприятие ${it.number} «${it.title}»?`}
            onClick={async () => { await request('DELETE', `/districts/${d}/roadmaps/${rm.id}/items/${it.id}`, { headers: { 'If-Match': `"${it.version}"` } }); reload(); }}>Удалить<span class="sr-only"> {it.number}</span></ActionButton>
        </div>
      )}
      {editing && <ItemEditForm it={it} rm={rm} d={d} onDone={() => { setEditing(false); reload(); }} onCancel={() => setEditing(false)} />}
      <ItemBar item={it} period={rm.period} />
      {it.occurrences.length > 0 && (
        <ul class="occs">
          {it.occurrences.map((o) => {
            const st = occState(o);
            return (
              <li key={o.id} class={`occ occ-border-${st}`}>
                <span class="nowrap">{date(o.start)} – {date(o.end)}{it.schedule.kind === 'count_per_year' ? ` (№ ${o.seq + 1})` : ''}</span>
                <span class={`badge badge-occ-${st}`}>{OCC_TEXT[st]}</span>
                {o.completed_on && <span class="muted">{date(o.completed_on)}</span>}
                <EvidenceText e={o.evidence} />
                {o.comment && <span class="muted">«{o.comment}»</span>}
                {canRecord && <button type="button" class="small secondary" aria-expanded={open === o.start + o.seq ? 'true' : 'false'}
                  onClick={() => setOpen(open === o.start + o.seq ? null : o.start + o.seq)}>Отметить<span class="sr-only"> {it.number} {date(o.start)}</span></button>}
                {open === o.start + o.seq && <ProgressForm it={it} occ={o} rm={rm} d={d} onDone={(item) => { setOpen(null); onItem(item); }} onCancel={() => setOpen(null)} />}
              </li>
            );
          })}
        </ul>
      )}
      {canRecord && unscheduled && (
        <div>
          {open !== 'new' && <button type="button" class="small secondary" onClick={() => setOpen('new')}>Отметить выполнение<span class="sr-only"> {it.number}</span></button>}
          {open === 'new' && <ProgressForm it={it} rm={rm} d={d} onDone={(item) => { setOpen(null); onItem(item); }} onCancel={() => setOpen(null)} />}
        </div>
      )}
    </li>
  );
}

function ProgressForm({ it, occ, d, rm, onDone, onCancel }) {
  const [status, setStatus] = useState('done');
  const [completed, setCompleted] = useState(today());
  const [evTitle, setEvTitle] = useState('');
  const [evNumber, setEvNumber] = useState('');
  const [evDate, setEvDate] = useState('');
  const [evUrl, setEvUrl] = useState('');
  const [comment, setComment] = useState('');
  const [err, setErr] = useState(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e) => {
    e.preventDefault(); setErr(null); setBusy(true);
    const body = { status };
    if (occ) body.occurrence = occ.start;
    if (status === 'done' || !occ) body.completed_on = completed;
    if (status === 'done') {
      const ev = {};
      if (evTitle.trim()) ev.title = evTitle.trim();
      if (evNumber.trim()) ev.number = evNumber.trim();
      if (evDate) ev.date = evDate;
      if (evUrl.trim()) ev.url = evUrl.trim();
      if (Object.keys(ev).length) body.evidence = ev;
    }
    if (comment.trim()) body.comment = comment.trim();
    try {
      const r = await request('POST', `/districts/${d}/roadmaps/${rm.id}/items/${it.id}/progress`, { body, headers: { 'If-Match': `"${it.version}"` } });
      onDone(r.data);
    } catch (x) { setErr(x); } finally { setBusy(false); }
  };
  return (
    <form class="card progress-form" onSubmit={submit} aria-label={`Выполнение: ${it.number} ${it.title}`}>
      <Select label="Состояние" value={status} onChange={setStatus}
        options={[['done', 'Выполнено'], ['in_progress', 'Выполняется'], ['planned', 'Запланировано'], ['cancelled', 'Отменено']]} />
      {(status === 'done' || !occ) && <TextField label="Дата выполнения" type="date" value={completed} onInput={setCompleted} max={today()} />}
      {status === 'done' && (
        <fieldset>
          <legend>Подтверждение: документ или ссылка</legend>
          <TextField label="Документ (название)" value={evTitle} onInput={setEvTitle} hint="Например: Приказ о внедрении целевой модели наставничества" />
          <div class="row">
            <TextField label="Номер документа" value={evNumber} onInput={setEvNumber} />
            <TextField label="Дата документа" type="date" value={evDate} onInput={setEvDate} />
          </div>
          <TextField label="Ссылка" type="url" value={evUrl} onInput={setEvUrl} hint="http:// или https://" />
        </fieldset>
      )}
      <TextArea label={status === 'cancelled' ? 'Причина отмены' : 'Комментарий'} value={comment} onInput={setComment} rows={2} />
      <ErrorBox error={err} />
      <div class="buttons">
        <button type="submit" disabled={busy}>Сохранить</button>
        <button type="button" class="secondary" onClick={onCancel}>Отмена</button>
      </div>
    </form>
  );
}

function ItemEditForm({ it, rm, d, onDone, onCancel }) {
  const [f, setF] = useState({ number: it.number, title: it.title, deadline_text: it.deadline_text, responsible: it.responsible, expected_result: it.expected_result, stage: it.stage ? String(it.stage) : '' });
  const [err, setErr] = useState(null);
  const set = (k) => (v) => setF({ ...f, [k]: v });
  return (
    <form class="card progress-form" aria-label={`Изменить мероприятие ${it.number}`} onSubmit={async (e) => {
      e.preventDefault(); setErr(null);
      try {
        await request('PATCH', `/districts/${d}/roadmaps/${rm.id}/items/${it.id}`, { body: { ...f, stage: f.stage ? Number(f.stage) : null }, headers: { 'If-Match': `"${it.version}"` } });
        onDone();
      } catch (x) { setErr(x); }
    }}>
      <div class="row">
        <TextField label="Номер" value={f.number} onInput={set('number')} />
        <Select label="Этап ЦМН" value={f.stage} onChange={set('stage')} options={[['', 'не указан'], ...STAGES.map(([n, , full]) => [String(n), `${n}. ${full}`])]} />
      </div>
      <TextArea label="Мероприятие" value={f.title} onInput={set('title')} rows={2} required />
      <TextField label="Срок (как в документе)" value={f.deadline_text} onInput={set('deadline_text')} hint="Например: «Сентябрь 2025», «Ежегодно сентябрь-октябрь», «Не менее 3 раз в год»" />
      <TextField label="Ответственные" value={f.responsible} onInput={set('responsible')} />
      <TextArea label="Ожидаемый результат" value={f.expected_result} onInput={set('expected_result')} rows={2} />
      <ErrorBox error={err} />
      <div class="buttons"><button type="submit">Сохранить</button><button type="button" class="secondary" onClick={onCancel}>Отмена</button></div>
    </form>
  );
}
