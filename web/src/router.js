// Hash routing: #/path?query. The server serves only / and the assets.
import { useEffect, useState } from 'preact/hooks';

export function parseHash(hash = location.hash) {
  const h = hash.replace(/^#/, '') || '/';
  const [p, q = ''] = h.split('?');
  return { path: p, parts: p.split('/').filter(Boolean), query: Object.fromEntries(new URLSearchParams(q)) };
}

export function useRoute() {
  const [r, setR] = useState(parseHash());
  useEffect(() => {
    const f = () => { setR(parseHash()); };
    addEventListener('hashchange', f);
    return () => removeEventListener('hashchange', f);
  }, []);
  return r;
}

export function href(path, query) {
  const q = query ? Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== '') : [];
  return '#' + path + (q.length ? '?' + new URLSearchParams(q).toString() : '');
}

export function go(path, query, replace = false) {
  const h = href(path, query);
  if (replace) history.replaceState(null, '', h); else location.hash = h.slice(1);
  if (replace) dispatchEvent(new HashChangeEvent('hashchange'));
}
