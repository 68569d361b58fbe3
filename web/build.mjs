// Builds the production app into web/dist/: index.html referencing content-hashed
// assets under dist/assets/, and the vendored Redoc standalone bundle (web/vendor/redoc/) under dist/vendor/.
// No inline scripts or styles (the server's CSP is 'self').
import * as esbuild from 'esbuild';
import { copyFile, mkdir, rm, writeFile, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');

await rm(dist, { recursive: true, force: true });
await mkdir(path.join(dist, 'assets'), { recursive: true });
await mkdir(path.join(dist, 'vendor'), { recursive: true });

const result = await esbuild.build({
  absWorkingDir: here,
  entryPoints: { app: 'src/main.jsx' },
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2020'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  // Preact is vendored in web/vendor/preact (web/vendor/README.md): resolved there, not from npm.
  nodePaths: [path.join(here, 'vendor')],
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  outdir: path.join(dist, 'assets'),
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
});

const outputs = Object.keys(result.metafile.outputs).map((p) => path.basename(p));
const js = outputs.find((f) => f.endsWith('.js'));
const css = outputs.find((f) => f.endsWith('.css'));
if (!js || !css) throw new Error('build: expected one .js and one .css output, got ' + outputs.join(', '));

const html = `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Наставник</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/${css}">
<script type="module" src="/assets/${js}"></script>
</head>
<body>
<div id="app"><noscript>Для работы нужен JavaScript.</noscript></div>
</body>
</html>
`;
await writeFile(path.join(dist, 'index.html'), html);

// Redoc 2.5.2's standalone bundle is vendored in web/vendor/redoc/ (its MIT licence beside it),
// with the one remote load it had — its footer logo from Redoc's CDN — pointed at a small logo
// of our own: the product runs on closed networks, and the build needs nothing of Redoc's.
await copyFile(path.join(here, 'vendor', 'redoc', 'redoc.standalone.js'), path.join(dist, 'vendor', 'redoc.standalone.js'));
await writeFile(path.join(dist, 'vendor', 'redoc-logo-mini.svg'),
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">' +
  '<rect width="16" height="16" rx="3" fill="#c33"/><text x="8" y="12" font-size="10" text-anchor="middle" fill="#fff">R</text></svg>\n');

// Nothing served may load from another host (the product runs on closed networks): a remote
// source, stylesheet, CSS url(), fetch() or import() anywhere in dist/ fails the build. The browser test
// «closed network» (web/tests/security.test.mjs) checks the same from a running page.
async function remoteLoads(dir, found = []) {
  // src= or src: (a bundle's JSX), a stylesheet's <link href>, url(), fetch(), import(); a plain
  // link a person may follow (<a href>) is not a load
  const load = /(?:\bsrc\s*[=:]\s*["']|<link\b[^>]*\bhref\s*=\s*["']|url\(\s*["']?|\b(?:fetch|import)\(\s*["'])(https?:)?\/\/[^"')\s]+/gi;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await remoteLoads(p, found);
    else if (/\.(html|js|css|svg)$/.test(e.name))
      for (const m of (await readFile(p, 'utf8')).matchAll(load)) found.push(`${path.relative(dist, p)}: ${m[0]}`);
  }
  return found;
}
const remote = await remoteLoads(dist);
if (remote.length) { console.error('build: dist/ loads from another host:\n  ' + remote.join('\n  ')); process.exit(1); }

// Every file served (the page, its assets, Redoc) also gzip -9 beside it as <name>.gz: the
// server answers that to a browser that accepts gzip (api/web_handlers.cpp).
async function gzipAll(dir) {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await gzipAll(p);
    else if (!e.name.endsWith('.gz')) await writeFile(p + '.gz', zlib.gzipSync(await readFile(p), { level: 9 }));
  }
}
await gzipAll(dist);

let total = 0;
for (const f of [js, css]) {
  const gz = zlib.gzipSync(await readFile(path.join(dist, 'assets', f)), { level: 9 }).length;
  total += gz;
  console.log(`dist/assets/${f}  ${gz} B gzip`);
}
console.log(`JS + CSS: ${(total / 1024).toFixed(1)} KB gzip (limit 150 KB)`);
if (total > 150 * 1024) { console.error('build: JS + CSS over 150 KB compressed'); process.exit(1); }
