// For development only: serves web/dist and proxies /api, /openapi.yaml to a running
// `nastavnik serve` (API_URL, default http://127.0.0.1:8080). PORT default 5173.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), 'dist');
const api = new URL(process.env.API_URL || 'http://127.0.0.1:8080');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

http.createServer(async (req, res) => {
  if (req.url.startsWith('/api/') || req.url === '/openapi.yaml') {
    const p = http.request({ host: api.hostname, port: api.port, path: req.url, method: req.method, headers: { ...req.headers, host: api.host } }, (r) => {
      res.writeHead(r.statusCode, r.headers); r.pipe(res);
    });
    p.on('error', () => { res.writeHead(502); res.end(); });
    req.pipe(p);
    return;
  }
  const u = decodeURIComponent(req.url.split('?')[0]);
  const f = path.join(dist, u === '/' ? 'index.html' : path.normalize(u));
  try {
    const body = await readFile(f.startsWith(dist) ? f : path.join(dist, 'index.html'));
    res.writeHead(200, { 'Content-Type': types[path.extname(f)] || 'application/octet-stream', 'Content-Security-Policy': csp });
    res.end(body);
  } catch {
    const body = await readFile(path.join(dist, 'index.html'));
    res.writeHead(200, { 'Content-Type': types['.html'], 'Content-Security-Policy': csp });
    res.end(body);
  }
}).listen(Number(process.env.PORT || 5173), '127.0.0.1');
