// Russian formats: dates DD.MM.YYYY, numbers and shares by Intl ru-RU.
const nf = new Intl.NumberFormat('ru-RU');
const pf = new Intl.NumberFormat('ru-RU', { style: 'percent', maximumFractionDigits: 1 });

export const num = (n) => (n === null || n === undefined || Number.isNaN(n) ? '—' : nf.format(n));
// A share given as 0..1.
export const pct = (x) => (x === null || x === undefined || Number.isNaN(x) ? '—' : pf.format(x));

export function date(iso) {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

export function dateTime(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

// Today as the server counts days (UTC): a default `as_of` must not lie in the server's
// future (400), which the local date east of Greenwich would for hours every night.
export function today() {
  return new Date().toISOString().slice(0, 10);
}

// The day n days from today (UTC), YYYY-MM-DD.
export function plusDays(n, from = today()) {
  const d = new Date(from + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

// The school year (1 September – 31 August) that contains the day.
export function schoolYear(iso) {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const start = m >= 9 ? y : y - 1;
  return { start: `${start}-09-01`, end: `${start + 1}-08-31` };
}

export const ROLE = {
  system_admin: 'Администратор системы',
  region_analyst: 'Аналитик региона',
  district_coordinator: 'Координатор района',
  district_viewer: 'Наблюдатель района',
  org_curator: 'Куратор организации',
  org_system: 'Система организации',
};

export const ORG_TYPE = {
  school: 'Школа',
  kindergarten: 'Детский сад',
  college: 'Колледж',
  additional_education: 'Доп. образование',
  methodical_center: 'Методический центр',
};

export const ROADMAP_STATUS = {
  draft: 'Черновик',
  submitted: 'На согласовании',
  approved: 'Утверждена',
  returned: 'Возвращена',
  superseded: 'Заменена',
};

export const OCC_STATUS = {
  planned: 'Запланировано',
  in_progress: 'Выполняется',
  done: 'Выполнено',
  cancelled: 'Отменено',
  overdue: 'Просрочено',
  due_later: 'Срок не наступил',
  unscheduled: 'Без срока',
  not_started: 'Не начато',
};

export const REPORT_STATUS = {
  draft: 'Черновик',
  submitted: 'Сдан',
  accepted: 'Принят',
  returned: 'Возвращён',
  missing: 'Не сдан',
};

export const CAMPAIGN_STATUS = {
  draft: 'Подготовка',
  open: 'Открыта',
  locked: 'Закрыта',
  closed: 'Закрыта',
};

export const label = (dict, key) => dict[key] || key || '—';
