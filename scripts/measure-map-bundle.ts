// `npm run bench:map-bundle`: how much JavaScript the public offer map (/angebote) makes a browser download.
// Builds the web app if it is stale, starts the app with the demo city on a fresh embedded database, opens the page
// in Chromium (wide, so that the lazily loaded map comes too, and at 360 px) and adds up the gzipped size of every
// JavaScript response. The budget of issue 4 is 300 KB; the script fails above it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { launchBrowser } from '../e2e/browser';
import { buildApp } from '../server/app';
import { prepareDatabase } from '../server/bootstrap';
import { readSettings } from '../server/platform/env';
import { buildWebIfStale } from './web-build.mjs';

const BUDGET_KB = 300;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

type Loaded = { file: string; raw: number; gzip: number };

async function measure(base: string, width: number, waitFor: string): Promise<Loaded[]> {
  const { context, close } = await launchBrowser();
  try {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    const loaded: Promise<Loaded | null>[] = [];
    page.on('response', (response) => {
      const type = response.headers()['content-type'] ?? '';
      if (response.request().resourceType() !== 'script' && !type.includes('javascript')) return;
      loaded.push(
        response.body().then((body) => ({
          file: new URL(response.url()).pathname,
          raw: body.length,
          // What a server sending gzip would transfer (level 9, as bundle size reports usually count).
          gzip: zlib.gzipSync(body, { level: 9 }).length,
        }), () => null),
      );
    });
    await page.goto(`${base}/angebote`, { waitUntil: 'networkidle' });
    await page.locator(waitFor).first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return (await Promise.all(loaded)).filter((l): l is Loaded => l !== null);
  } finally {
    await close();
  }
}

function report(title: string, files: Loaded[]): number {
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  console.log(`\n${title}`);
  for (const f of [...files].sort((a, b) => b.gzip - a.gzip)) {
    console.log(`  ${f.file.padEnd(48)} ${kb(f.raw).padStart(8)} KB roh   ${kb(f.gzip).padStart(7)} KB gzip`);
  }
  console.log(`  ${'zusammen'.padEnd(48)} ${kb(files.reduce((s, f) => s + f.raw, 0)).padStart(8)} KB roh   ${kb(total).padStart(7)} KB gzip`);
  return total;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sozialraum-bundle-'));
try {
  console.log('Baue die Weboberfläche, falls nötig …');
  await buildWebIfStale({ log: () => {} });
  const settings = { ...readSettings({ DATA_DIR: dataDir, DEMO: '1', LOG_LEVEL: 'silent' }), publicUrl: 'http://127.0.0.1' };
  console.log('Starte die Anwendung mit der Demo-Stadt …');
  const { database } = await prepareDatabase(settings, { allowDemo: true, log: () => {} });
  const app = await buildApp({ settings, database, logger: false, serveWeb: true });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    // Wide: list and map side by side, so the lazily loaded Leaflet chunk counts. Narrow: the list alone.
    const wide = report('/angebote bei 1280 px (Liste und Karte, mit Leaflet):', await measure(base, 1280, '.leaflet-container .leaflet-marker-icon'));
    const narrow = report('/angebote bei 360 px (nur die Liste):', await measure(base, 360, '.app-service-list'));
    console.log(`\nJavaScript der Angebotslandkarte: ${kb(wide)} KB gzip (Grenze ${BUDGET_KB} KB); am Telefon ${kb(narrow)} KB.`);
    if (fs.readdirSync(path.join('dist', 'web', 'assets')).some((f) => f.startsWith('jsx-dev-runtime'))) {
      console.error('Achtung: dist/web ist ein Entwicklungs-Build (React im Entwicklungsmodus); npm run build:web nach dem Löschen von dist/web/.built.');
      process.exitCode = 1;
    }
    if (wide / 1024 > BUDGET_KB) {
      console.error(`Über der Grenze von ${BUDGET_KB} KB.`);
      process.exitCode = 1;
    }
  } finally {
    await app.close();
    await database.close();
  }
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
