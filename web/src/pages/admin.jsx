// The system administrator: regions, districts, each district's first coordinator and the
// region's analysts.
import { useState, useEffect } from 'preact/hooks';
import { getAll, post } from '../api.js';
import { href } from '../router.js';
import { useAsync, Async, PageTitle, TextField, Select, ErrorBox, Empty, Notice } from '../ui.jsx';
import { NewUser } from './manage.jsx';

export function AdminPage({ me }) {
  const state = useAsync(() => Promise.all([getAll('/regions'), getAll('/districts')]), []);
  const [msg, setMsg] = useState(null);
  const [coordFor, setCoordFor] = useState(null);
  const [analystFor, setAnalystFor] = useState(null);
  useEffect(() => {
    const h = (coordFor || analystFor) && document.getElementById('coord-h');
    if (h) { h.scrollIntoView({ block: 'start' }); h.focus({ preventScroll: true }); }
  }, [coordFor, analystFor]);
  return (
    <>
      <PageTitle>Регионы и районы</PageTitle>
      {msg && <Notice>{msg}</Notice>}
      <Async state={state}>{([regions, districts]) => (
        <>
          <div class="two-col">
            <NewRegion onDone={(n) => { setMsg(`Регион «${n}» создан.`); state.reload(); }} />
            <NewDistrict regions={regions} onDone={(n) => { setMsg(`Район «${n}» создан. Назначьте ему первого координатора.`); state.reload(); }} />
          </div>
          {regions.length ? regions.map((r) => (
            <section key={r.id} aria-labelledby={`reg-${r.id}`}>
              <h2 id={`reg-${r.id}`}>{r.name} <span class="muted">({r.code})</span></h2>
              <div class="toolbar">
                <a href={href(`/r/${r.id}`)}>Выполнение по районам</a>
                <button type="button" class="small secondary" onClick={() => { setCoordFor(null); setAnalystFor(r); }}>Назначить аналитика региона<span class="sr-only"> — {r.name}</span></button>
              </div>
              <div class="table-wrap" tabIndex={0} role="region" aria-label="Таблица (прокручивается)">
                <table>
                  <thead><tr><th scope="col">Район</th><th scope="col">Код</th><th scope="col">Действия</th></tr></thead>
                  <tbody>
                    {districts.filter((d) => d.region_id === r.id).map((d) => (
                      <tr key={d.id}>
                        <td><a href={href(`/d/${d.id}`)}>{d.name}</a></td><td>{d.code}</td>
                        <td><button type="button" class="small secondary" onClick={() => { setAnalystFor(null); setCoordFor(d); }}>Назначить координатора<span class="sr-only"> — {d.name}</span></button></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )) : <Empty>Регионов нет.</Empty>}
          {analystFor && (
            <div>
              <h2 id="coord-h" tabIndex={-1}>Аналитик региона «{analystFor.name}»</h2>
              <NewUser path={`/regions/${analystFor.id}/users`} roles={[['region_analyst', 'Аналитик региона']]}
                onDone={() => { setMsg(`Аналитик региона «${analystFor.name}» создан.`); setAnalystFor(null); }} onCancel={() => setAnalystFor(null)} />
            </div>
          )}
          {coordFor && (
            <div>
              <h2 id="coord-h" tabIndex={-1}>Координатор района «{coordFor.name}»</h2>
              <NewUser d={coordFor.id} roles={[['district_coordinator', 'Координатор района']]}
                onDone={() => { setMsg(`Координатор района «${coordFor.name}» создан.`); setCoordFor(null); }} onCancel={() => setCoordFor(null)} />
            </div>
          )}
        </>
      )}</Async>
    </>
  );
}

function NewRegion({ onDone }) {
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [err, setErr] = useState(null);
  return (
    <form class="card" onSubmit={async (e) => { e.preventDefault(); setErr(null); try { await post('/regions', { name, code }); onDone(name); setName(''); setCode(''); } catch (x) { setErr(x); } }}>
      <h2 class="h3">Новый регион</h2>
      <TextField label="Название региона" value={name} onInput={setName} required />
      <TextField label="Код региона" value={code} onInput={setCode} required hint="Например: 33" />
      <ErrorBox error={err} />
      <button type="submit">Создать регион</button>
    </form>
  );
}

function NewDistrict({ regions, onDone }) {
  const [region, setRegion] = useState(regions[0] ? regions[0].id : '');
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [err, setErr] = useState(null);
  return (
    <form class="card" onSubmit={async (e) => { e.preventDefault(); setErr(null); try { await post('/districts', { region_id: region, name, code }); onDone(name); setName(''); setCode(''); } catch (x) { setErr(x); } }}>
      <h2 class="h3">Новый район</h2>
      <Select label="Регион" value={region} onChange={setRegion} options={regions.map((r) => [r.id, r.name])} />
      <TextField label="Название района" value={name} onInput={setName} required />
      <TextField label="Код района" value={code} onInput={setCode} required hint="Латиницей, например: kameshkovo" />
      <ErrorBox error={err} />
      <button type="submit">Создать район</button>
    </form>
  );
}
