// Shared set-up for the browser tests: Debian's chromium driven by playwright-core,
// against the server at $NASTAVNIK_URL (a `nastavnik serve --demo`).
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BASE = (process.env.NASTAVNIK_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
const here = path.dirname(fileURLToPath(import.meta.url));
export const RESULTS = path.join(here, '..', 'test-results');

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export async function shot(page, name) {
  await mkdir(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`), fullPage: true });
}
