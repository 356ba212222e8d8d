// Builds the web app into dist/web when it is missing or older than its sources, so that `npm start` right after
// `npm install` needs no separate build step. Used by scripts/start.mjs and by the browser tests.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', 'web', '.built');
const sources = ['web', 'common', 'vite.config.ts', 'package-lock.json'];

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

export function webBuildIsCurrent() {
  if (!fs.existsSync(stamp) || !fs.existsSync(path.join(root, 'dist', 'web', 'index.html'))) return false;
  const built = fs.statSync(stamp).mtimeMs;
  return sources.every((s) => newestMtime(s) <= built);
}

export async function buildWebIfStale({ log = console.log } = {}) {
  if (webBuildIsCurrent()) return false;
  log('Baue die Weboberfläche (dist/web) …');
  const { build } = await import('vite');
  // Vite builds in whatever NODE_ENV the caller runs in; under vitest that is "test", which would ship React's
  // development build (three times the size). What lands in dist/web is always the production build.
  const callerEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (callerEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = callerEnv;
  }
  fs.writeFileSync(stamp, new Date().toISOString());
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildWebIfStale();
}
