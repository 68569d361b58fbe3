// Monitoring: campaigns (open, close and reopen, dates, expected organisations), the reports of one campaign
// with completeness, and one report: the form pre-filled from the bases, with the flags
// beside the fields and the rules explained; submit, accept, return with a comment.
import { useState, useEffect } from 'preact/hooks';
import { get, getAll, post, patch, del, request } from '../api.js';
import { href, go } from '../router.js';
import { num, pct, date, dateTime, today, plusDays, ORG_TYPE, label } from '../format.js';
import { useAsync, Async, PageTitle, TextField, TextArea, Select, ErrorBox, Empty, Notice, ActionButton, Badge, useId, Checkbox } from '../ui.jsx';
import { isCoordinator } from './roadmaps.jsx';

const RS = { not_started: 'не начат', draft: 'черновик', submitted: 'сдан', accepted: 'принят', returned: 'возвращён' };

function campaignState(c) {
  const t = today();
  if (t > c.lock_date) return ['locked', 'приём закрыт'];
  if (t > c.due_date) return ['late', 'срок прошёл, приём открыт'];
  if (t < c.reporting_date) return ['planned', 'ещё не начат'];
  return ['open', 'идёт приём'];
}

export function CampaignsPage({ me, districtId: d }) {
  const state = useAsync(() => getAll(`/districts/${d}/monitoring-campaigns`), [d]);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageTitle>Мониторинг</PageTitle>
      {isCoordinator(me) && !creating && <div class="buttons"><button type="button" onClick={() => setCreating(true)}>Открыть новый мониторинг</button></div>}
      {creating && <NewCampaign d={d} onCancel={() => setCreating(false)} />}
      <Async state={state}>{(items) => (items.length ? (
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Таблица (прокручивается)">
          <table>
            <thead><tr><th scope="col">Мониторинг</th><th scope="col">На дату</th><th scope="col">Срок сдачи</th><th scope="col">Приём до</th><th scope="col">Состояние</th><th scope="col" class="num">Организаций</th></tr></thead>
            <tbody>
              {items.map((c) => {
                const [k, t] = campaignState(c);
                const link = me.role === 'org_curator' ? href(`/d/${d}/campaigns/${c.id}/reports/${me.organization_id}`) : href(`/d/${d}/campaigns/${c.id}`);
                return (
                  <tr key={c.id}>
                    <td><a href={link}>{c.title}</a></td>
                    <td>{date(c.reporting_date)}</td><td>{date(c.due_date)}</td><td>{date(c.lock_date)}</td>
                    <td><Badge kind={`c-${k}`}>{t}</Badge></td>
                    <td class="num">{num(c.organization_ids.length)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : <Empty>Мониторингов нет.</Empty>)}</Async>
    </>
  );
}

function NewCampaign({ d, onCancel }) {
  const [title, setTitle] = useState('Мониторинг реализации целевой модели наставничества');
  const [rep, setRep] = useState(today());
  const [due, setDue] = useState(plusDays(14));
  const [lock, setLock] = useState(plusDays(28));
  const [err, setErr] = useState(null);
  return (
    <form class="card" onSubmit={async (e) => {
      e.preventDefault(); setErr(null);
      try {
        const r = await post(`/districts/${d}/monitoring-campaigns`, { title, reporting_date: rep, due_date: due, lock_date: lock }, { headers: { 'Idempotency-Key': newKey() } });
        go(`/d/${d}/campaigns/${r.data.id}`);
      } catch (x) { setErr(x); }
    }}>
      <h2 class="h3">Новый мониторинг</h2>
      <TextField label="Название" value={title} onInput={setTitle} required />
      <div class="row">
        <TextField label="Данные на дату" type="date" value={rep} onInput={setRep} required />
        <TextField label="Срок сдачи" type="date" value={due} onInput={setDue} required />
        <TextField label="Приём до (закрытие)" type="date" value={lock} onInput={setLock} required />
      </div>
      <p class="hint">Ожидаются все действующие организации района; список можно изменить после создания, пока приём открыт. После даты закрытия организации не могут менять данные.</p>
      <ErrorBox error={err} />
      <div class="buttons"><button type="submit">Открыть мониторинг</button><button type="button" class="secondary" onClick={onCancel}>Отмена</button></div>
    </form>
  );
}

export function CampaignPage({ me, districtId: d, campaignId: c }) {
  const state = useAsync(() => Promise.all([
    request('GET', `/districts/${d}/monitoring-campaigns/${c}`),
    get(`/districts/${d}/monitoring-campaigns/${c}/reports`),
    get(`/districts/${d}/monitoring-campaigns/${c}/completeness`),
  ]), [d, c]);
  const filter = new URLSearchParams(location.hash.split('?')[1] || '').get('filter') || '';
  const [f, setF] = useState(filter);
  return (
    <Async state={state}>{([cr, reports, comp]) => {
      const camp = cr.data;
      const [k, t] = campaignState(camp);
      // The coordinator changes which organisations report while the campaign is open.
      const membership = isCoordinator(me) && k !== 'locked';
      const rows = reports.items.filter((r) => !f || (f === 'missing' ? !['submitted', 'accepted'].includes(r.status) && r.organization_status !== 'closed' : r.status === f));
      return (
        <>
          <p class="crumbs"><a href={href(`/d/${d}/campaigns`)}>Мониторинг</a></p>
          <PageTitle sub={`Данные на ${date(camp.reporting_date)} · срок сдачи ${date(camp.due_date)} · приём до ${date(camp.lock_date)}`}>{camp.title}</PageTitle>
          <div class="toolbar"><Badge kind={`c-${k}`}>{t}</Badge></div>
          <div class="kpis">
            <div class="kpi"><span class="kpi-value">{comp.completeness_pct === null ? '—' : pct(comp.completeness_pct / 100)}</span><span class="kpi-title">полнота</span><span class="kpi-sub">{num(comp.submitted)} из {num(comp.expected)}</span></div>
            <div class="kpi"><span class="kpi-value">{num(comp.on_time)}</span><span class="kpi-title">в срок</span></div>
            <div class="kpi"><span class="kpi-value">{num(comp.late)}</span><span class="kpi-title">с опозданием</span></div>
            <button type="button" class={`kpi ${comp.missing ? 'bad' : ''}`} onClick={() => setF('missing')}><span class="kpi-value">{num(comp.missing)}</span><span class="kpi-title">не сдано</span></button>
            <div class="kpi"><span class="kpi-value">{num(comp.accepted)}</span><span class="kpi-title">принято</span></div>
          </div>
          {isCoordinator(me) && <CampaignAdmin d={d} camp={camp} etag={cr.etag} onChanged={state.reload} />}
          <h2>Отчёты организаций</h2>
          <div class="toolbar">
            <Select label="Показать" value={f} onChange={setF} options={[['', 'Все'], ['missing', 'Не сданные'], ['submitted', 'Сданные, ждут приёмки'], ['accepted', 'Принятые'], ['returned', 'Возвращённые'], ['draft', 'Черновики']]} />
          </div>
          {rows.length ? (
            <div class="table-wrap" tabIndex={0} role="region" aria-label="Таблица (прокручивается)">
              <table>
                <thead><tr><th scope="col">Организация</th><th scope="col">Тип</th><th scope="col">Статус</th><th scope="col">Сдан</th><th scope="col">Отметки</th>{membership && <th scope="col">Участие</th>}</tr></thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.organization_id}>
                      <td><a href={href(`/d/${d}/campaigns/${c}/reports/${r.organization_id}`)}>{r.name}</a></td>
                      <td>{label(ORG_TYPE, r.type)}</td>
                      <td><Badge kind={r.status}>{RS[r.status] || r.status}</Badge></td>
                      <td>{r.submitted_at ? dateTime(r.submitted_at) : '—'}</td>
                      <td>{r.late && <Badge kind="late">с опозданием</Badge>}{r.overdue && <Badge kind="overdue">просрочен</Badge>}{r.organization_status === 'closed' && <Badge kind="closed">организация закрыта</Badge>}</td>
                      {membership && (
                        <td>{r.status === 'not_started' && reports.items.length > 1 ? (
                          <ActionButton class="small secondary" confirm={`Убрать «${r.name}» из мониторинга? Организация не начинала отчёт; её можно будет добавить снова, пока приём открыт.`}
                            onClick={async () => { await del(`/districts/${d}/monitoring-campaigns/${c}/organizations/${r.organization_id}`); state.reload(); }}>
                            Убрать<span class="sr-only"> {r.name} из мониторинга</span>
                          </ActionButton>
                        ) : <span class="muted">{r.status === 'not_started' ? '—' : 'есть отчёт'}</span>}</td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : <Empty>Нет отчётов.</Empty>}
        </>
      );
    }}</Async>
  );
}

const newKey = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);

// A campaign is locked once its lock date has passed (the API's rule): closing it now sets
// the lock date to yesterday, and the due date too when that is later (the dates stay in
// order); reopening sets a later lock date. Dates are days in UTC, as the server counts.
function CampaignAdmin({ d, camp, etag, onChanged }) {
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const [sel, setSel] = useState('');
  const orgs = useAsync(() => (adding ? getAll(`/districts/${d}/organizations?status=active`) : Promise.resolve([])), [d, adding]);
  const yesterday = plusDays(-1);
  const locked = today() > camp.lock_date;
  const canClose = camp.reporting_date <= yesterday;
  const ifMatch = { 'If-Match': etag || `"${camp.version}"` };
  const change = (body) => patch(`/districts/${d}/monitoring-campaigns/${camp.id}`, body, { headers: ifMatch });
  const missing = (orgs.data || []).filter((o) => !camp.organization_ids.includes(o.id));
  const closeText = camp.due_date > yesterday
    ? `Закрыть приём отчётов? Срок сдачи и дата закрытия станут ${date(yesterday)}; несданные отчёты будут считаться не сданными в срок. Организации не смогут менять данные, пока вы не вернёте отчёт или не откроете приём снова.`
    : `Закрыть приём отчётов? Дата закрытия станет ${date(yesterday)}. Организации не смогут менять данные, пока вы не вернёте отчёт или не откроете приём снова.`;
  return (
    <div class="card">
      <h2 class="h3">Управление мониторингом</h2>
      {locked
        ? <p class="hint">Приём закрыт {date(camp.lock_date)}: организации не могут менять данные, состав участников не меняется. Откройте приём снова, чтобы продолжить.</p>
        : !canClose && <p class="hint">Закрыть приём можно со дня, следующего за датой, на которую собираются данные ({date(camp.reporting_date)}).</p>}
      <div class="buttons">
        {!locked && canClose && (
          <ActionButton class="secondary" confirm={closeText}
            onClick={async () => { await change(camp.due_date > yesterday ? { due_date: yesterday, lock_date: yesterday } : { lock_date: yesterday }); onChanged(); }}>Закрыть приём</ActionButton>
        )}
        {locked && (
          <ActionButton class="secondary" onClick={async () => { await change({ lock_date: plusDays(7) }); onChanged(); }}>Открыть приём снова (на 7 дней)</ActionButton>
        )}
        {!editing && <button type="button" class="secondary" onClick={() => setEditing(true)}>Изменить сроки</button>}
        {!locked && !adding && <button type="button" class="secondary" onClick={() => setAdding(true)}>Добавить организацию</button>}
      </div>
      {editing && <CampaignDates camp={camp} change={change} onDone={() => { setEditing(false); onChanged(); }} onCancel={() => setEditing(false)} />}
      {adding && !locked && orgs.data && (
        <form class="inline-form" onSubmit={(e) => e.preventDefault()}>
          {missing.length ? (
            <>
              <Select label="Организация" value={sel} onChange={setSel} options={[['', 'Выберите…'], ...missing.map((o) => [o.id, o.short_name || o.name])]} />
              <div class="buttons">
                <ActionButton onClick={async () => {
                  if (!sel) throw new Error('Выберите организацию.');
                  await post(`/districts/${d}/monitoring-campaigns/${camp.id}/organizations`, { organization_id: sel }, { headers: { 'Idempotency-Key': newKey() } });
                  setSel(''); setAdding(false); onChanged();
                }}>Добавить</ActionButton>
                <button type="button" class="secondary" onClick={() => setAdding(false)}>Отмена</button>
              </div>
            </>
          ) : (
            <>
              <p class="muted">Все действующие организации уже участвуют.</p>
              <button type="button" class="secondary" onClick={() => setAdding(false)}>Закрыть</button>
            </>
          )}
        </form>
      )}
    </div>
  );
}

function CampaignDates({ camp, change, onDone, onCancel }) {
  const [title, setTitle] = useState(camp.title);
  const [due, setDue] = useState(camp.due_date);
  const [lock, setLock] = useState(camp.lock_date);
  const [err, setErr] = useState(null);
  return (
    <form class="inline-form" onSubmit={async (e) => {
      e.preventDefault(); setErr(null);
      try { await change({ title, due_date: due, lock_date: lock }); onDone(); } catch (x) { setErr(x); }
    }}>
      <TextField label="Название" value={title} onInput={setTitle} required />
      <div class="row">
        <TextField label="Срок сдачи" type="date" value={due} onInput={setDue} required />
        <TextField label="Приём до (закрытие)" type="date" value={lock} onInput={setLock} required />
      </div>
      <p class="hint">Данные на {date(camp.reporting_date)}; срок сдачи не раньше этой даты, закрытие не раньше срока сдачи. Приём закрыт со дня после даты закрытия.</p>
      <ErrorBox error={err} />
      <div class="buttons"><button type="submit">Сохранить сроки</button><button type="button" class="secondary" onClick={onCancel}>Отмена</button></div>
    </form>
  );
}

// ---------------------------------------------------------------- one report
const RULES = [
  'Обязательные показатели должны быть заполнены (или отмечены «не применимо») — без них отчёт не отправить.',
  'Часть не может быть больше целого: наставляемых 10–18 лет не больше обучающихся 10–18 лет; молодых педагогов в наставничестве не больше молодых педагогов, а их — не больше педагогов; удовлетворённых не больше опрошенных.',
  'Опрошенных не больше, чем наставников и наставляемых вместе; пар не может быть без наставников или наставляемых.',
  'Числа, которые можно посчитать по базам организации (наставники, наставляемые, пары, программы), подставлены из баз на дату отчёта; расхождение с базами отмечается, но не мешает отправке.',
  'Доли ниже федерального целевого значения (70 %) отмечаются, но не мешают отправке.',
];
// The API's Russian message; the value it names for machines is the form's checkbox here.
const flagText = (f) => (f.message_ru || f.message).replace(/"not_applicable"/g, '«не применимо»');
const FLAG_KIND = { required: 'не заполнено', rule: 'нарушено правило', bases: 'расходится с базами', target: 'ниже целевого значения' };

export function ReportPage({ me, districtId: d, campaignId: c, orgId: o }) {
  const [data, setData] = useState(null);
  const [etag, setEtag] = useState(null);
  const [values, setValues] = useState({});
  const [error, setError] = useState(null);
  const [msg, setMsg] = useState(null);
  const [saveErr, setSaveErr] = useState(null);
  const [busy, setBusy] = useState(false);
  const load = async () => {
    try {
      const [camp, rep, org] = await Promise.all([
        get(`/districts/${d}/monitoring-campaigns/${c}`),
        request('GET', `/districts/${d}/monitoring-campaigns/${c}/reports/${o}`),
        get(`/districts/${d}/organizations/${o}`).catch(() => null),
      ]);
      setData({ camp, rep: rep.data, org });
      setEtag(rep.data.version ? (rep.etag || `"${rep.data.version}"`) : null);
      setValues({ ...rep.data.values });
    } catch (e) { setError(e); }
  };
  useEffect(() => { load(); }, [d, c, o]);
  if (error) return <ErrorBox error={error} />;
  if (!data) return <p class="muted" role="status">Загрузка…</p>;
  const { camp, rep, org } = data;
  const editable = (me.role === 'org_curator' || isCoordinator(me)) && ['not_started', 'draft', 'returned'].includes(rep.status) && (!rep.locked || isCoordinator(me) || rep.reopened);
  const flagsFor = (code) => rep.flags.filter((f) => f.code === code);

  const save = async () => {
    const body = { values: Object.fromEntries(Object.entries(values).filter(([k, v]) => v !== '' && v !== null && v !== undefined && !camp.indicators.find((i) => i.code === k && i.derived))) };
    const headers = { 'Idempotency-Key': crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random() };
    if (etag) headers['If-Match'] = etag;
    const r = await request('PUT', `/districts/${d}/monitoring-campaigns/${c}/reports/${o}`, { body, headers });
    setData({ ...data, rep: r.data }); setEtag(r.etag || `"${r.data.version}"`); setValues({ ...r.data.values });
    return r;
  };
  const step = async (name, body) => {
    const r = await request('POST', `/districts/${d}/monitoring-campaigns/${c}/reports/${o}/${name}`, { body: body || {}, headers: etag ? { 'If-Match': etag } : {} });
    setData({ ...data, rep: r.data }); setEtag(r.etag || `"${r.data.version}"`);
  };
  const onSave = async (e, andSubmit) => {
    if (e) e.preventDefault();
    setSaveErr(null); setMsg(null); setBusy(true);
    try {
      const r = await save();
      if (andSubmit) {
        const s = await request('POST', `/districts/${d}/monitoring-campaigns/${c}/reports/${o}/submit`, { body: {}, headers: { 'If-Match': r.etag || `"${r.data.version}"` } });
        setData({ ...data, rep: s.data }); setEtag(s.etag || `"${s.data.version}"`);
        setMsg('Отчёт отправлен в управление образования.');
      } else setMsg('Черновик сохранён. Отметки пересчитаны.');
    } catch (x) { setSaveErr(x); load(); } finally { setBusy(false); }
  };
  const back = me.role === 'org_curator' ? href(`/d/${d}/campaigns`) : href(`/d/${d}/campaigns/${c}`);
  return (
    <>
      <p class="crumbs"><a href={back}>{me.role === 'org_curator' ? 'Мониторинг' : camp.title}</a></p>
      <PageTitle sub={`${org ? (org.short_name || org.name) : ''} · данные на ${date(rep.reporting_date)} · срок сдачи ${date(rep.due_date)}`}>{camp.title}</PageTitle>
      <div class="toolbar">
        <Badge kind={rep.status}>{RS[rep.status] || rep.status}</Badge>
        {rep.late && <Badge kind="late">сдан с опозданием</Badge>}
        {rep.overdue && <Badge kind="overdue">срок сдачи прошёл</Badge>}
        {rep.locked && <Badge kind="closed">приём закрыт</Badge>}
        {rep.submitted_at && <span class="muted">отправлен {dateTime(rep.submitted_at)}</span>}
      </div>
      {rep.return_comment && <div class="alert alert-warn" role="note"><strong>Возвращён с замечанием:</strong> {rep.return_comment}</div>}
      {rep.prefilled && <Notice kind="info">Значения, которые можно посчитать по базам организации, подставлены автоматически. Проверьте и дополните форму.</Notice>}
      {msg && <Notice>{msg}</Notice>}
      <details class="rules">
        <summary>Правила проверки отчёта</summary>
        <ul>{RULES.map((r) => <li key={r}>{r}</li>)}</ul>
      </details>
      <form class="report-form" onSubmit={(e) => onSave(e, false)}>
        {camp.indicators.map((ind, i) => (
          <IndicatorField key={ind.code} ind={ind} whole={/^из них/i.test(ind.title) && i > 0 ? wholeOf(camp.indicators, i) : null} value={ind.derived ? rep.derived[ind.code] : values[ind.code]} flags={flagsFor(ind.code)}
            bases={rep.bases} disabled={!editable || ind.derived} onChange={(v) => setValues({ ...values, [ind.code]: v })} />
        ))}
        {rep.flags.filter((f) => !camp.indicators.find((i) => i.code === f.code)).map((f, i) => <p key={i} class={`flag flag-${f.kind}`}>{FLAG_KIND[f.kind]}: {flagText(f)}</p>)}
        <ErrorBox error={saveErr} />
        {editable && (
          <div class="buttons sticky-actions">
            <button type="submit" class="secondary" disabled={busy}>Сохранить черновик</button>
            <button type="button" disabled={busy} onClick={() => onSave(null, true)}>Сохранить и отправить</button>
          </div>
        )}
      </form>
      {isCoordinator(me) && ['submitted', 'accepted'].includes(rep.status) && (
        <AcceptReturn canAccept={rep.status === 'submitted'} onAccept={async () => { await step('accept'); setMsg('Отчёт принят.'); }}
          onReturn={async (comment) => { await step('return', { comment }); setMsg('Отчёт возвращён организации с комментарием.'); }} />
      )}
    </>
  );
}

function AcceptReturn({ canAccept, onAccept, onReturn }) {
  const [comment, setComment] = useState('');
  const [err, setErr] = useState(null);
  return (
    <section class="card" aria-labelledby="review-h">
      <h2 id="review-h" class="h3">Проверка отчёта</h2>
      <div class="buttons">{canAccept && <ActionButton onClick={onAccept}>Принять отчёт</ActionButton>}</div>
      <form onSubmit={async (e) => { e.preventDefault(); setErr(null); try { await onReturn(comment); setComment(''); } catch (x) { setErr(x); } }}>
        <TextArea label="Комментарий для организации" value={comment} onInput={setComment} required hint="Что исправить; организация увидит его в отчёте." />
        <ErrorBox error={err} />
        <div class="buttons"><button type="submit" class="secondary">Вернуть с комментарием</button></div>
      </form>
    </section>
  );
}

// «Из них …» counts a part of the nearest whole above it (not itself a part).
function wholeOf(inds, i) {
  for (let k = i - 1; k >= 0; k--) if (!/^из них/i.test(inds[k].title) && !inds[k].derived) return inds[k].title;
  return null;
}

function IndicatorField({ ind, whole, value, flags, bases, disabled, onChange }) {
  const id = useId('ind');
  const na = value === 'not_applicable';
  const hintId = `${id}-flags`;
  const baseVal = bases && ind.from_bases && bases[ind.code] !== undefined ? bases[ind.code] : null;
  let input;
  if (ind.type === 'boolean') {
    input = (
      <select id={id} value={na ? 'not_applicable' : value === true ? 'true' : value === false ? 'false' : ''} disabled={disabled}
        aria-describedby={flags.length ? hintId : undefined} aria-invalid={flags.some((f) => f.kind === 'required' || f.kind === 'rule') ? 'true' : undefined}
        onChange={(e) => { const v = e.currentTarget.value; onChange(v === '' ? null : v === 'not_applicable' ? v : v === 'true'); }}>
        <option value="">не указано</option><option value="true">да</option><option value="false">нет</option><option value="not_applicable">не применимо</option>
      </select>
    );
  } else {
    const shown = ind.derived ? (value === undefined ? '' : value === 'not_applicable' ? 'не применимо' : new Intl.NumberFormat('ru-RU').format(value)) : (na ? '' : (value ?? ''));
    input = (
      <div class="ind-input">
        <input id={id} type={ind.derived || ind.type === 'text' ? 'text' : 'number'} inputMode={ind.type === 'integer' ? 'numeric' : 'decimal'} min="0" step={ind.type === 'integer' ? '1' : 'any'}
          value={shown} disabled={disabled || na} readOnly={ind.derived}
          aria-describedby={flags.length ? hintId : undefined} aria-invalid={flags.some((f) => f.kind === 'required' || f.kind === 'rule') ? 'true' : undefined}
          onInput={(e) => { const v = e.currentTarget.value; onChange(v === '' ? null : ind.type === 'text' ? v : Number(v)); }} />
        {!ind.derived && (
          <span class="check">
            <input id={`${id}-na`} type="checkbox" checked={na} disabled={disabled} onChange={(e) => onChange(e.currentTarget.checked ? 'not_applicable' : null)} />
            <label for={`${id}-na`}>не применимо</label>
          </span>
        )}
      </div>
    );
  }
  return (
    <div class={`field ind ${flags.length ? 'flagged' : ''}`} data-code={ind.code}>
      <label for={id}>{whole && <span class="whole">{whole}: </span>}{ind.title}{ind.required && <span class="req" aria-label="обязательно"> *</span>}{ind.derived && <span class="muted"> (считается)</span>}{ind.target ? <span class="muted"> — цель {ind.target} %</span> : null}</label>
      {input}
      {baseVal !== null && <div class="hint">По базам: {new Intl.NumberFormat('ru-RU').format(baseVal)}</div>}
      {flags.length > 0 && (
        <ul class="flags" id={hintId}>
          {flags.map((f, i) => <li key={i} class={`flag flag-${f.kind}`}><strong>{FLAG_KIND[f.kind] || f.kind}:</strong> {flagText(f)}</li>)}
        </ul>
      )}
    </div>
  );
}
