// The API client: same-origin fetch with the session cookie (HttpOnly, SameSite=Strict: no
// credential is ever visible to a script on the page), Accept-Language: ru so problem details
// read in Russian.

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `Ошибка ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
  // One readable Russian message, with the per-field errors when the API lists them.
  get text() {
    const p = this.problem;
    const parts = [];
    if (p.title && p.detail && p.detail !== p.title) parts.push(`${p.title}: ${p.detail}`);
    else parts.push(p.detail || p.title || statusText(this.status));
    const errs = p.errors || p.invalid_params || [];
    for (const e of errs) {
      const msg = e.detail || e.message || e.reason || '';
      if (msg && !parts[0].includes(msg)) parts.push(msg);
    }
    return parts.join(' ');
  }
}

function statusText(s) {
  if (s === 0) return 'Сервер недоступен. Проверьте подключение.';
  if (s === 401) return 'Требуется вход.';
  if (s === 403) return 'Недостаточно прав.';
  if (s === 404) return 'Не найдено.';
  return `Ошибка сервера (${s}).`;
}

let onUnauthorized = () => {};
export function setUnauthorizedHandler(fn) { onUnauthorized = fn; }

export async function request(method, path, { body, headers = {}, contentType, raw = false, quiet = false } = {}) {
  const h = { 'Accept-Language': 'ru', Accept: 'application/json, application/problem+json', ...headers };
  let payload;
  if (body !== undefined) {
    if (contentType) { h['Content-Type'] = contentType; payload = body; }
    else { h['Content-Type'] = 'application/json'; payload = JSON.stringify(body); }
  }
  let res;
  try {
    res = await fetch('/api/v1' + path, { method, headers: h, body: payload, credentials: 'same-origin', cache: 'no-store' });
  } catch {
    throw new ApiError(0, null);
  }
  const etag = res.headers.get('ETag');
  if (res.status === 204) return { status: 204, data: null, etag, headers: res.headers };
  const ct = res.headers.get('Content-Type') || '';
  let data = null;
  if (raw && res.ok) data = await res.blob();
  else if (ct.includes('json')) data = await res.json().catch(() => null);
  else data = await res.text().catch(() => null);
  if (!res.ok) {
    if (res.status === 401 && path !== '/auth/login' && !quiet) onUnauthorized();
    throw new ApiError(res.status, typeof data === 'object' ? data : null);
  }
  return { status: res.status, data, etag, headers: res.headers };
}

export const get = (p, o) => request('GET', p, o).then((r) => r.data);
export const post = (p, body, o = {}) => request('POST', p, { ...o, body });
export const put = (p, body, o = {}) => request('PUT', p, { ...o, body });
export const patch = (p, body, o = {}) => request('PATCH', p, { ...o, body });
export const del = (p, o = {}) => request('DELETE', p, o);

// Reads started before a page needs them (at start-up, from the address: see main.jsx), so
// that they go out together with GET /me instead of one round trip after it. Each is taken
// once; one refused for want of a session (sent before signing in) is asked again.
const early = new Map();
export function prefetch(path) {
  if (early.has(path)) return;
  const p = request('GET', path, { quiet: true }).then((r) => r.data);
  p.catch(() => {}); // taken later, or never: no unhandled rejection either way
  early.set(path, p);
}
export function getEarly(path, { retry = true } = {}) {
  const p = early.get(path);
  if (!p) return get(path);
  early.delete(path);
  return p.catch((e) => (retry && e.status === 401 ? get(path) : Promise.reject(e)));
}

// Every page of a list (follows next_cursor), up to `max` items.
export async function getAll(path, max = 1000) {
  const items = [];
  let cursor = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const page = await get(`${path}${sep}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...(page.items || []));
    cursor = page.next_cursor;
  } while (cursor && items.length < max);
  return items;
}

export async function login(loginName, password) {
  early.clear();
  await post('/auth/login', { login: loginName, password, session: 'cookie' });
  return await get('/me');
}

export async function logout() {
  early.clear();
  try { await post('/auth/logout'); } catch { /* signed out anyway */ }
}

