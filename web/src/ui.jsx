// Shared pieces: loading and error states, fields with labels, badges, tables.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from './api.js';

// Runs `fn` when deps change; returns {data, error, loading, reload}.
export function useAsync(fn, deps) {
  const [state, setState] = useState({ data: null, error: null, loading: true });
  const seq = useRef(0);
  const run = useCallback(() => {
    const n = ++seq.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    Promise.resolve().then(fn).then(
      (data) => { if (n === seq.current) setState({ data, error: null, loading: false }); },
      (error) => { if (n === seq.current) setState({ data: null, error, loading: false }); },
    );
  }, deps);
  useEffect(run, [run]);
  return { ...state, reload: run };
}

export function errorText(e) {
  if (!e) return '';
  if (e instanceof ApiError) return e.text;
  return e.message || String(e);
}

export function Loading({ what = 'Загрузка…' }) {
  return <p class="muted" role="status" aria-live="polite">{what}</p>;
}

export function ErrorBox({ error }) {
  if (!error) return null;
  if (error instanceof ApiError && error.status === 404) {
    return <div class="alert alert-error" role="alert"><strong>Не найдено.</strong> Такой страницы или объекта нет, или у вас нет к нему доступа.</div>;
  }
  return <div class="alert alert-error" role="alert">{errorText(error)}</div>;
}

export function Notice({ children, kind = 'ok' }) {
  return <div class={`alert alert-${kind}`} role="status">{children}</div>;
}

// Wraps a page body: loading, error or the content from `render(data)`.
export function Async({ state, children }) {
  if (state.error) return <ErrorBox error={state.error} />;
  if (state.loading && !state.data) return <Loading />;
  return children(state.data);
}

let fieldSeq = 0;
export function useId(prefix = 'f') {
  const r = useRef(null);
  if (!r.current) r.current = `${prefix}-${++fieldSeq}`;
  return r.current;
}

export function Field({ label, hint, children, id, class: cls }) {
  return (
    <div class={`field ${cls || ''}`}>
      <label for={id}>{label}</label>
      {children}
      {hint && <div class="hint" id={`${id}-hint`}>{hint}</div>}
    </div>
  );
}

// A day typed as DD.MM.YYYY (the Russian format, whatever the browser's locale); reports
// the ISO day (YYYY-MM-DD) once complete and valid, '' when emptied.
export function DateInput({ id, value, onChange, required, describedBy, max, ...rest }) {
  const fmt = (iso) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : '');
  const [text, setText] = useState(fmt(value));
  const [bad, setBad] = useState(false);
  useEffect(() => { if (parse(text) !== (value || '')) setText(fmt(value)); }, [value]);
  function parse(t) {
    const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(t);
    if (!m) return null;
    const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    const d = new Date(iso + 'T00:00:00Z');
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
  }
  return (
    <input id={id} type="text" inputMode="numeric" placeholder="ДД.ММ.ГГГГ" value={text} required={required} autocomplete="off"
      aria-describedby={describedBy} aria-invalid={bad ? 'true' : undefined} class="date-input" {...rest}
      onInput={(e) => {
        const t = e.currentTarget.value; setText(t);
        if (t.trim() === '') { setBad(false); onChange(''); return; }
        const iso = parse(t);
        setBad(!iso && t.length >= 10);
        if (iso) onChange(iso);
      }}
      onBlur={() => setBad(text.trim() !== '' && !parse(text))} />
  );
}

export function TextField({ label, value, onInput, type = 'text', hint, required, ...rest }) {
  const id = useId();
  if (type === 'date') {
    return (
      <Field label={label} hint={hint || 'ДД.ММ.ГГГГ'} id={id}>
        <DateInput id={id} value={value} onChange={onInput} required={required} describedBy={`${id}-hint`} {...rest} />
      </Field>
    );
  }
  return (
    <Field label={label} hint={hint} id={id}>
      <input id={id} type={type} value={value ?? ''} required={required}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(e) => onInput(e.currentTarget.value)} {...rest} />
    </Field>
  );
}

export function TextArea({ label, value, onInput, hint, rows = 3, ...rest }) {
  const id = useId();
  return (
    <Field label={label} hint={hint} id={id}>
      <textarea id={id} rows={rows} value={value ?? ''} aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(e) => onInput(e.currentTarget.value)} {...rest} />
    </Field>
  );
}

export function Select({ label, value, onChange, options, hint, ...rest }) {
  const id = useId();
  return (
    <Field label={label} hint={hint} id={id}>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value)} {...rest}>
        {options.map(([v, t]) => <option value={v} key={v}>{t}</option>)}
      </select>
    </Field>
  );
}

export function Checkbox({ label, checked, onChange }) {
  const id = useId();
  return (
    <div class="check">
      <input id={id} type="checkbox" checked={!!checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label for={id}>{label}</label>
    </div>
  );
}

export function Badge({ kind, children }) {
  return <span class={`badge badge-${kind}`}>{children}</span>;
}

// A button that runs an async action, disables itself meanwhile and shows the error.
export function ActionButton({ onClick, children, class: cls = '', confirm: ask, ...rest }) {
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState(null);
  return (
    <span class="action">
      <button type="button" class={cls} disabled={busy} {...rest} onClick={async () => {
        if (ask && !window.confirm(ask)) return;
        setBusy(true); setErr(null);
        try { await onClick(); } catch (e) { setErr(e); } finally { setBusy(false); }
      }}>{children}</button>
      {err && <span class="inline-error" role="alert">{errorText(err)}</span>}
    </span>
  );
}

export function PageTitle({ children, sub }) {
  useEffect(() => { document.title = `${typeof children === 'string' ? children : 'Наставник'} — Наставник`; }, [children]);
  return (
    <div class="page-title">
      <h1>{children}</h1>
      {sub && <p class="muted">{sub}</p>}
    </div>
  );
}

export function Empty({ children }) {
  return <p class="empty">{children}</p>;
}

// A sortable table header cell.
export function SortTh({ col, sort, setSort, children, num }) {
  const active = sort.col === col;
  const dir = active ? sort.dir : null;
  return (
    <th scope="col" class={num ? 'num' : ''} aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" class="th-sort" onClick={() => setSort({ col, dir: active && dir === 'asc' ? 'desc' : 'asc' })}>
        {children}<span aria-hidden="true">{active ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

export function sortRows(rows, sort, key) {
  const k = key || ((r) => r[sort.col]);
  const out = [...rows].sort((a, b) => {
    const x = k(a, sort.col); const y = k(b, sort.col);
    if (x === y) return 0;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x).localeCompare(String(y), 'ru');
  });
  return sort.dir === 'desc' ? out.reverse() : out;
}

// Copies text to the clipboard, with a fallback for http:// origins.
export function CopyButton({ text, label = 'Копировать' }) {
  const [done, setDone] = useState(false);
  return (
    <button type="button" class="secondary" onClick={async () => {
      try { await navigator.clipboard.writeText(text); } catch {
        const ta = document.createElement('textarea'); ta.value = text; document.body.appendChild(ta);
        ta.select(); document.execCommand('copy'); ta.remove();
      }
      setDone(true); setTimeout(() => setDone(false), 2000);
    }}>{done ? 'Скопировано' : label}</button>
  );
}
