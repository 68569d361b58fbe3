import { useEffect, useState } from 'preact/hooks';
import * as api from './api.js';
import { useRoute, go, href } from './router.js';
import { ROLE } from './format.js';
import { Loading, ErrorBox } from './ui.jsx';
import { LoginPage } from './pages/login.jsx';
import { Overview } from './pages/overview.jsx';
import { OrgCompliancePage } from './pages/org_compliance.jsx';
import { RoadmapsPage, RoadmapPage } from './pages/roadmaps.jsx';
import { ImportPage } from './pages/import.jsx';
import { CampaignsPage, CampaignPage, ReportPage } from './pages/monitoring.jsx';
import { OrganizationsPage, OrganizationPage, UsersPage } from './pages/manage.jsx';
import { BasesPage } from './pages/bases.jsx';
import { ExportPage } from './pages/export.jsx';
import { RegionPage, RegionDistrictPage } from './pages/region.jsx';
import { AdminPage } from './pages/admin.jsx';

// The home path of the last person signed in on this browser (the overview's address for a
// coordinator), kept so that the next start at / can ask for its data at once (main.jsx).
const HOME_KEY = 'nastavnik.home';
export function lastHome() {
  try { return localStorage.getItem(HOME_KEY) || ''; } catch { return ''; }
}
function keepHome(path) {
  try { if (path) localStorage.setItem(HOME_KEY, path); else localStorage.removeItem(HOME_KEY); } catch { /* private mode */ }
}

export function home(me) {
  if (!me) return '/login';
  if (me.role === 'system_admin') return '/admin';
  if (me.role === 'region_analyst') return `/r/${me.region_id}`;
  if (me.role === 'org_curator' || me.role === 'org_system') return `/d/${me.district_id}/roadmaps`;
  return `/d/${me.district_id}`;
}

function navFor(me) {
  const d = me.district_id;
  switch (me.role) {
    case 'system_admin': return [['/admin', 'Регионы и районы']];
    case 'region_analyst': return [[`/r/${me.region_id}`, 'Регион по районам'], [`/r/${me.region_id}/export`, 'Отчёт']];
    case 'org_curator':
    case 'org_system': return [
      [`/d/${d}/roadmaps`, 'Дорожная карта'],
      [`/d/${d}/import`, 'Импорт'],
      [`/d/${d}/orgs/${me.organization_id}/compliance`, 'Выполнение'],
      [`/d/${d}/campaigns`, 'Мониторинг'],
      [`/d/${d}/orgs/${me.organization_id}/bases`, 'Наставники и пары'],
    ];
    case 'district_viewer': return [
      [`/d/${d}`, 'Обзор'], [`/d/${d}/roadmaps`, 'Дорожные карты'], [`/d/${d}/campaigns`, 'Мониторинг'], [`/d/${d}/export`, 'Отчёт'],
    ];
    default: return [
      [`/d/${d}`, 'Обзор'],
      [`/d/${d}/roadmaps`, 'Дорожные карты'],
      [`/d/${d}/campaigns`, 'Мониторинг'],
      [`/d/${d}/orgs`, 'Организации'],
      [`/d/${d}/users`, 'Пользователи'],
      [`/d/${d}/export`, 'Отчёт'],
    ];
  }
}

function Header({ me, path, onLogout }) {
  const [open, setOpen] = useState(false);
  const name = (me.user && (me.user.full_name || me.user.login)) || me.id;
  return (
    <header class="top">
      <div class="top-row">
        <a class="brand" href={href(home(me))}>Наставник</a>
        <button type="button" class="menu-toggle secondary" aria-expanded={open ? 'true' : 'false'} aria-controls="main-nav"
          onClick={() => setOpen(!open)}>Меню</button>
        <div class="who">
          <span class="who-name">{name}</span>
          <span class="who-role">{ROLE[me.role] || me.role}</span>
          <button type="button" class="secondary" onClick={onLogout}>Выйти</button>
        </div>
      </div>
      <nav id="main-nav" aria-label="Разделы" class={open ? 'open' : ''}>
        <ul>
          {navFor(me).map(([p, t]) => {
            const current = path === p || (p.split('/').length > 3 && path.startsWith(p + '/'));
            return <li key={p}><a href={href(p)} aria-current={current ? 'page' : undefined} onClick={() => setOpen(false)}>{t}</a></li>;
          })}
        </ul>
      </nav>
    </header>
  );
}

function NotFound() {
  return <div class="alert alert-error" role="alert"><strong>Не найдено.</strong> Такой страницы нет.</div>;
}

function Routes({ me, route }) {
  const p = route.parts;
  const q = route.query;
  const key = route.path;
  if (p[0] === 'admin' && p.length === 1) return <AdminPage me={me} />;
  if (p[0] === 'r' && p[1]) {
    if (p.length === 2) return <RegionPage me={me} regionId={p[1]} query={q} />;
    if (p[2] === 'export') return <ExportPage me={me} regionId={p[1]} />;
    if (p[2] === 'd' && p[3]) return <RegionDistrictPage me={me} regionId={p[1]} districtId={p[3]} query={q} />;
  }
  if (p[0] === 'd' && p[1]) {
    const d = p[1];
    if (p.length === 2) return <Overview key={key} me={me} districtId={d} query={q} />;
    switch (p[2]) {
      case 'roadmaps':
        if (p.length === 3) return <RoadmapsPage me={me} districtId={d} query={q} />;
        return <RoadmapPage key={p[3]} me={me} districtId={d} roadmapId={p[3]} />;
      case 'import': return <ImportPage me={me} districtId={d} query={q} />;
      case 'campaigns':
        if (p.length === 3) return <CampaignsPage me={me} districtId={d} />;
        if (p.length === 4) return <CampaignPage key={p[3]} me={me} districtId={d} campaignId={p[3]} />;
        if (p[4] === 'reports' && p[5]) return <ReportPage key={p[5]} me={me} districtId={d} campaignId={p[3]} orgId={p[5]} />;
        break;
      case 'orgs':
        if (p.length === 3) return <OrganizationsPage me={me} districtId={d} />;
        if (p.length === 4) return <OrganizationPage key={p[3]} me={me} districtId={d} orgId={p[3]} />;
        if (p[4] === 'compliance') return <OrgCompliancePage key={key} me={me} districtId={d} orgId={p[3]} query={q} />;
        if (p[4] === 'bases') return <BasesPage key={p[3]} me={me} districtId={d} orgId={p[3]} query={q} />;
        break;
      case 'users': return <UsersPage me={me} districtId={d} />;
      case 'export': return <ExportPage me={me} districtId={d} />;
      default: break;
    }
  }
  return <NotFound />;
}

export function App() {
  const route = useRoute();
  const [me, setMe] = useState(undefined); // undefined: asking; null: signed out
  const [err, setErr] = useState(null);

  useEffect(() => {
    api.setUnauthorizedHandler(() => { setMe(null); });
    // Asked for at start-up (main.jsx); a 401 there means signed out.
    api.getEarly('/me', { retry: false }).then(setMe, (e) => { if (e.status === 401) setMe(null); else setErr(e); });
  }, []);

  // Signed out: every address shows the sign-in page; signed in: /login and / go home.
  useEffect(() => {
    if (me === null && route.path !== '/login') go('/login', route.path !== '/' ? { next: route.path } : null, true);
    if (me && (route.path === '/login' || route.path === '/')) go(route.query.next || home(me), null, true);
    if (me) keepHome(home(me));
  }, [me, route.path]);

  if (err) return <main id="main" class="container"><ErrorBox error={err} /></main>;
  if (me === undefined) return <main id="main" class="container"><Loading /></main>;
  if (me === null) return <LoginPage onSignedIn={(m) => setMe(m)} />;

  const logout = async () => {
    await api.logout();
    keepHome('');
    setMe(null);
    go('/login', null, true);
  };
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main').focus(); }}>К содержанию</a>
      <Header me={me} path={route.path} onLogout={logout} />
      <main id="main" class="container" tabIndex={-1}>
        <Routes me={me} route={route} />
      </main>
    </>
  );
}
