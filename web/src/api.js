// The API client: same-origin fetch with the session cookie, Accept-Language: ru so problem
// details read in Russian. Until the server has the cookie session, a bearer token from the
// login answer is kept for this tab (sessionStorage) as a fallback.
const TOKEN_KEY = 'nastavnik.token';

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

function token() { try { return sessionStorage.getItem(TOKEN_KEY); } catch { return null; } }

export async function request(method, path, { body, headers = {}, contentType, raw = false } = {}) {
  const h = { 'Accept-Language': 'ru', Accept: 'application/json, application/problem+json', ...headers };
  const t = token();
  if (t) h.Authorization = `Bearer ${t}`;
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
    if (res.status === 401 && path !== '/auth/login') onUnauthorized();
    throw new ApiError(res.status, typeof data === 'object' ? data : null);
  }
  return { status: res.status, data, etag, headers: res.headers };
}

export const get = (p, o) => request('GET', p, o).then((r) => r.data);
export const post = (p, body, o = {}) => request('POST', p, { ...o, body });
export const put = (p, body, o = {}) => request('PUT', p, { ...o, body });
export const patch = (p, body, o = {}) => request('PATCH', p, { ...o, body });
export const del = (p, o = {}) => request('DELETE', p, o);

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
  try { sessionStorage.removeItem(TOKEN_KEY); } catch { /* private mode */ }
  try {
    // The cookie session: HttpOnly, SameSite=Strict; no token reaches the page.
    await post('/auth/login', { login: loginName, password, session: 'cookie' });
  } catch (e) {
    // A server without cookie sessions refuses the unknown field: fall back to a bearer token.
    if (e.status !== 422 && e.status !== 400) throw e;
    const r = await post('/auth/login', { login: loginName, password });
    sessionStorage.setItem(TOKEN_KEY, r.data.token);
  }
  return await get('/me');
}

export async function logout() {
  try { await post('/auth/logout'); } catch { /* signed out anyway */ }
  try { sessionStorage.removeItem(TOKEN_KEY); } catch { /* ignore */ }
}

// True when the server had no cookie session and a bearer token is used instead: plain
// download links would then go without a credential.
export function usesBearer() { return !!token(); }

// Downloads a file with the bearer token (the fallback mode) through a blob URL.
export async function downloadWithBearer(url) {
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token()}`, 'Accept-Language': 'ru' } });
  if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => null));
  const cd = res.headers.get('Content-Disposition') || '';
  const m = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(cd);
  const name = m ? decodeURIComponent(m[1] || m[2]) : 'report';
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href; a.download = name; document.body.appendChild(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10000);
}
