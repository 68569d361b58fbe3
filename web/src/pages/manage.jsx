// The coordinator's management: organisations (add, change, close, reopen), users (add,
// disable, enable, a new password), an organisation's API keys (the secret shown once,
// with a copy button).
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { get, getAll, post, patch, del, request } from '../api.js';
import { href, go } from '../router.js';
import { date, dateTime, ORG_TYPE, ROLE, label } from '../format.js';
import { useAsync, Async, PageTitle, TextField, Select, ErrorBox, Empty, Notice, ActionButton, Badge, CopyButton, Checkbox } from '../ui.jsx';
import { isCoordinator } from './roadmaps.jsx';

const TYPES = Object.entries(ORG_TYPE);

export function OrganizationsPage({ me, districtId: d }) {
  const [type, setType] = useState('');
  const [q, setQ] = useState('');
  const state = useAsync(() => getAll(`/districts/${d}/organizations${type ? `?type=${type}` : ''}`), [d, type]);
  const [adding, setAdding] = useState(false);
  return (
    <>
      <PageTitle>Организации района</PageTitle>
      <div class="toolbar">
        <Select label="Тип" value={type} onChange={setType} options={[['', 'Все типы'], ...TYPES]} />
        <TextField label="Поиск по названию" value={q} onInput={setQ} type="search" />
        {isCoordinator(me) && !adding && <button type="button" onClick={() => setAdding(true)}>Добавить организацию</button>}
      </div>
      {adding && <NewOrg d={d} onDone={() => { setAdding(false); state.reload(); }} onCancel={() => setAdding(false)} />}
      <Async state={state}>{(items) => {
        const rows = items.filter((o) => !q || (o.name + ' ' + (o.short_name || '')).toLowerCase().includes(q.toLowerCase()));
        return rows.length ? (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="Таблица (прокручивается)">
            <table>
              <thead><tr><th scope="col">Организация</th><th scope="col">Тип</th><th scope="col">Статус</th><th scope="col">Адрес</th></tr></thead>
              <tbody>
                {rows.map((o) => (
                  <tr key={o.id}>
                    <td><a href={href(`/d/${d}/orgs/${o.id}`)}>{o.short_name || o.name}</a></td>
                    <td>{label(ORG_TYPE, o.type)}</td>
                    <td>{o.status === 'closed' ? <Badge kind="closed">закрыта</Badge> : <Badge kind="accepted">действует</Badge>}</td>
                    <td>{o.address || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : <Empty>Организаций не найдено.</Empty>;
      }}</Async>
    </>
  );
}

function NewOrg({ d, onDone, onCancel }) {
  const [name, setName] = useState('');
  const [short, setShort] = useState('');
  const [type, setType] = useState('school');
  const [address, setAddress] = useState('');
  const [err, setErr] = useState(null);
  return (
    <form class="card" onSubmit={async (e) => {
      e.preventDefault(); setErr(null);
      try { await post(`/districts/${d}/organizations`, { name, short_name: short || null, type, address: address || null }); onDone(); } catch (x) { setErr(x); }
    }}>
      <h2 class="h3">Новая организация</h2>
      <TextField label="Полное название" value={name} onInput={setName} required />
      <TextField label="Краткое название" value={short} onInput={setShort} />
      <Select label="Тип" value={type} onChange={setType} options={TYPES} />
      <TextField label="Адрес" value={address} onInput={setAddress} />
      <ErrorBox error={err} />
      <div class="buttons"><button type="submit">Добавить</button><button type="button" class="secondary" onClick={onCancel}>Отмена</button></div>
    </form>
  );
}

export function OrganizationPage({ me, districtId: d, orgId: o }) {
  const state = useAsync(() => request('GET', `/districts/${d}/organizations/${o}`), [d, o]);
  const [editing, setEditing] = useState(false);
  return (
    <Async state={state}>{(r) => {
      const org = r.data;
      return (
        <>
          <p class="crumbs"><a href={href(`/d/${d}/orgs`)}>Организации</a></p>
          <PageTitle sub={`${label(ORG_TYPE, org.type)}${org.address ? ' · ' + org.address : ''}`}>{org.short_name || org.name}</PageTitle>
          <p>{org.name}</p>
          <ul class="plain links">
            <li><a href={href(`/d/${d}/orgs/${o}/compliance`)}>Выполнение дорожной карты</a></li>
            <li><a href={href(`/d/${d}/roadmaps`)}>Дорожные карты</a></li>
            <li><a href={href(`/d/${d}/orgs/${o}/bases`)}>Наставники, наставляемые, пары и программы</a></li>
          </ul>
          {org.status === 'closed' && <p><Badge kind="closed">организация закрыта</Badge></p>}
          {isCoordinator(me) && !editing && (
            <div class="buttons">
              <button type="button" class="secondary" onClick={() => setEditing(true)}>Изменить сведения</button>
              {org.status !== 'closed' ? (
                <ActionButton class="danger" confirm="Закрыть организацию? Она останется в истории, но перестанет учитываться."
                  onClick={async () => { await del(`/districts/${d}/organizations/${o}`, { headers: { 'If-Match': r.etag || `"${org.version}"` } }); state.reload(); }}>Закрыть организацию</ActionButton>
              ) : (
                <ActionButton class="secondary" onClick={async () => { await patch(`/districts/${d}/organizations/${o}`, { status: 'active' }, { headers: { 'If-Match': r.etag || `"${org.version}"` } }); state.reload(); }}>Открыть организацию снова</ActionButton>
              )}
            </div>
          )}
          {editing && <EditOrg d={d} org={org} etag={r.etag} onDone={() => { setEditing(false); state.reload(); }} onCancel={() => setEditing(false)} />}
          {isCoordinator(me) && <ApiKeys d={d} o={o} />}
        </>
      );
    }}</Async>
  );
}

function EditOrg({ d, org, etag, onDone, onCancel }) {
  const [name, setName] = useState(org.name);
  const [short, setShort] = useState(org.short_name || '');
  const [type, setType] = useState(org.type);
  const [address, setAddress] = useState(org.address || '');
  const [err, setErr] = useState(null);
  return (
    <form class="card" onSubmit={async (e) => {
      e.preventDefault(); setErr(null);
      try {
        await patch(`/districts/${d}/organizations/${org.id}`, { name, short_name: short || null, type, address: address || null }, { headers: { 'If-Match': etag || `"${org.version}"` } });
        onDone();
      } catch (x) { setErr(x); }
    }}>
      <h2 class="h3">Сведения об организации</h2>
      <TextField label="Полное название" value={name} onInput={setName} required />
      <TextField label="Краткое название" value={short} onInput={setShort} />
      <Select label="Тип" value={type} onChange={setType} options={TYPES} />
      <TextField label="Адрес" value={address} onInput={setAddress} />
      <ErrorBox error={err} />
      <div class="buttons"><button type="submit">Сохранить</button><button type="button" class="secondary" onClick={onCancel}>Отмена</button></div>
    </form>
  );
}

function ApiKeys({ d, o }) {
  const state = useAsync(() => getAll(`/districts/${d}/organizations/${o}/api-keys`), [d, o]);
  const [name, setName] = useState('');
  const [write, setWrite] = useState(true);
  const [issued, setIssued] = useState(null);
  const [err, setErr] = useState(null);
  return (
    <section aria-labelledby="keys-h">
      <h2 id="keys-h">Ключи API информационных систем</h2>
      {issued && (
        <div class="alert alert-ok secret" role="status">
          <p><strong>Ключ «{issued.name}» создан.</strong> Скопируйте его сейчас: он показывается один раз.</p>
          <p><code class="secret-value">{issued.secret}</code> <CopyButton text={issued.secret} label="Копировать ключ" /></p>
        </div>
      )}
      <form class="card inline-form" onSubmit={async (e) => {
        e.preventDefault(); setErr(null);
        try {
          const r = await post(`/districts/${d}/organizations/${o}/api-keys`, { name, scopes: write ? ['read', 'write'] : ['read'] });
          setIssued(r.data); setName(''); state.reload();
        } catch (x) { setErr(x); }
      }}>
        <TextField label="Название системы" value={name} onInput={setName} required hint="Например: Сетевой город" />
        <Checkbox label="Разрешить запись (отчёты и базы)" checked={write} onChange={setWrite} />
        <ErrorBox error={err} />
        <button type="submit">Выпустить ключ</button>
      </form>
      <Async state={state}>{(keys) => (keys.length ? (
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Таблица (прокручивается)">
          <table>
            <thead><tr><th scope="col">Система</th><th scope="col">Префикс</th><th scope="col">Права</th><th scope="col">Создан</th><th scope="col">Использован</th><th scope="col">Действие</th></tr></thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.id}>
                  <td>{k.name}</td><td><code>{k.prefix}</code></td><td>{k.scopes.includes('write') ? 'чтение и запись' : 'чтение'}</td>
                  <td>{dateTime(k.created_at)}</td><td>{k.last_used_at ? dateTime(k.last_used_at) : '—'}</td>
                  <td>{k.revoked_at ? <Badge kind="closed">отозван</Badge> : (
                    <ActionButton class="small danger" confirm={`Отозвать ключ «${k.name}»? Система сразу потеряет доступ.`}
                      onClick={async () => { await del(`/districts/${d}/organizations/${o}/api-keys/${k.id}`); state.reload(); }}>Отозвать<span class="sr-only"> {k.name}</span></ActionButton>
                  )}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : <Empty>Ключей нет.</Empty>)}</Async>
    </section>
  );
}

export function UsersPage({ me, districtId: d }) {
  const state = useAsync(() => Promise.all([getAll(`/districts/${d}/users`), getAll(`/districts/${d}/organizations?status=active`)]), [d]);
  const [adding, setAdding] = useState(false);
  const [pwFor, setPwFor] = useState(null);
  return (
    <>
      <PageTitle>Пользователи района</PageTitle>
      {isCoordinator(me) && !adding && <div class="buttons"><button type="button" onClick={() => setAdding(true)}>Добавить пользователя</button></div>}
      <Async state={state}>{([users, orgs]) => {
        const names = Object.fromEntries(orgs.map((o) => [o.id, o.short_name || o.name]));
        return (
          <>
            {adding && <NewUser d={d} orgs={orgs} onDone={() => { setAdding(false); state.reload(); }} onCancel={() => setAdding(false)} />}
            <div class="table-wrap" tabIndex={0} role="region" aria-label="Таблица (прокручивается)">
              <table>
                <thead><tr><th scope="col">ФИО</th><th scope="col">Логин</th><th scope="col">Роль</th><th scope="col">Организация</th><th scope="col">Статус</th><th scope="col">Действие</th></tr></thead>
                <tbody>
                  {users.map((u) => (
                    <Fragment key={u.id}>
                      <tr>
                        <td>{u.full_name}</td><td>{u.login}</td><td>{label(ROLE, u.role)}</td><td>{u.organization_id ? names[u.organization_id] || '—' : '—'}</td>
                        <td>{u.status === 'disabled' ? <Badge kind="closed">отключён</Badge> : <Badge kind="accepted">активен</Badge>}</td>
                        <td>{isCoordinator(me) && u.id !== me.id && (
                          <span class="buttons tight">
                            {u.status !== 'disabled' ? (
                              <ActionButton class="small danger" confirm={`Отключить пользователя ${u.login}? Все его сеансы закончатся сразу.`}
                                onClick={async () => { await del(`/districts/${d}/users/${u.id}`, { headers: { 'If-Match': `"${u.version}"` } }); state.reload(); }}>Отключить<span class="sr-only"> {u.login}</span></ActionButton>
                            ) : (
                              <ActionButton class="small secondary"
                                onClick={async () => { await patch(`/districts/${d}/users/${u.id}`, { status: 'active' }, { headers: { 'If-Match': `"${u.version}"` } }); state.reload(); }}>Включить<span class="sr-only"> {u.login}</span></ActionButton>
                            )}
                            <button type="button" class="small secondary" aria-expanded={pwFor === u.id ? 'true' : 'false'} onClick={() => setPwFor(pwFor === u.id ? null : u.id)}>Новый пароль<span class="sr-only"> для {u.login}</span></button>
                          </span>
                        )}</td>
                      </tr>
                      {pwFor === u.id && (
                        <tr><td colSpan={6}><NewPassword d={d} u={u} onDone={() => { setPwFor(null); state.reload(); }} onCancel={() => setPwFor(null)} /></td></tr>
                      )}
                    </Fragment>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        );
      }}</Async>
    </>
  );
}

// A new password ends every session of the user at once (the API's rule).
function NewPassword({ d, u, onDone, onCancel }) {
  const [password, setPassword] = useState('');
  const [err, setErr] = useState(null);
  return (
    <form class="inline-form" onSubmit={async (e) => {
      e.preventDefault(); setErr(null);
      try { await patch(`/districts/${d}/users/${u.id}`, { password }, { headers: { 'If-Match': `"${u.version}"` } }); onDone(); } catch (x) { setErr(x); }
    }}>
      <TextField label={`Новый пароль для ${u.login} (не короче 10 символов)`} type="password" value={password} onInput={setPassword} required autocomplete="new-password" />
      <ErrorBox error={err} />
      <div class="buttons"><button type="submit">Сохранить пароль</button><button type="button" class="secondary" onClick={onCancel}>Отмена</button></div>
    </form>
  );
}

export function NewUser({ d, orgs, onDone, onCancel, roles, path }) {
  const roleList = roles || [['org_curator', ROLE.org_curator], ['district_coordinator', ROLE.district_coordinator], ['district_viewer', ROLE.district_viewer]];
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [fullName, setFullName] = useState('');
  const [role, setRole] = useState(roleList[0][0]);
  const [org, setOrg] = useState('');
  const [err, setErr] = useState(null);
  return (
    <form class="card" onSubmit={async (e) => {
      e.preventDefault(); setErr(null);
      const body = { login, password, full_name: fullName, role };
      if (role === 'org_curator') body.organization_id = org;
      try { await post(path || `/districts/${d}/users`, body); onDone(); } catch (x) { setErr(x); }
    }}>
      <h2 class="h3">Новый пользователь</h2>
      <TextField label="ФИО" value={fullName} onInput={setFullName} required />
      <div class="row">
        <TextField label="Логин" value={login} onInput={setLogin} required autocomplete="off" />
        <TextField label="Пароль (не короче 10 символов)" type="password" value={password} onInput={setPassword} required autocomplete="new-password" />
      </div>
      {roleList.length > 1 && <Select label="Роль" value={role} onChange={setRole} options={roleList} />}
      {role === 'org_curator' && orgs && <Select label="Организация" value={org} onChange={setOrg} options={[['', 'Выберите…'], ...orgs.map((o) => [o.id, o.short_name || o.name])]} />}
      <ErrorBox error={err} />
      <div class="buttons"><button type="submit">Создать</button>{onCancel && <button type="button" class="secondary" onClick={onCancel}>Отмена</button>}</div>
    </form>
  );
}
