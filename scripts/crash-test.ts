/*
 * Kill the server with SIGKILL in the middle of a stream of writes, again and again, and check that every write
 * answered with 2xx is still there and that the database always reopens.
 *
 *   npm run check:crash                      # PGlite in a fresh temporary data folder, 50 cycles
 *   npm run check:crash -- --postgres postgres://postgres@127.0.0.1:5432/test --cycles 50
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values } = parseArgs({ options: { cycles: { type: 'string', default: '50' }, postgres: { type: 'string' } } });
const cycles = Number(values.cycles);
const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sozialraum-crash-'));

let databaseUrl: string | undefined;
if (values.postgres) {
  const name = `sozialraum_crash_${process.pid}`;
  const admin = new pg.Client({ connectionString: values.postgres });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(values.postgres);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
}

function startServer(): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '', DEMO: '1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitHealthy(child: ChildProcess): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} during start`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return Date.now() - started;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 60_000) throw new Error('server did not become healthy within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function login(): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email: 'admin@demo.invalid', password: 'sozialraum-demo' }),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

const acknowledged: string[] = [];
let attempted = 0;
const startTimes: number[] = [];

for (let cycle = 1; cycle <= cycles; cycle++) {
  const child = startServer();
  startTimes.push(await waitHealthy(child));
  const cookie = await login();
  let killed = false;
  const writer = async (worker: number) => {
    for (let i = 0; !killed; i++) {
      const email = `crash-${cycle}-${worker}-${i}@test.invalid`;
      attempted++;
      try {
        const response = await fetch(`${base}/api/users`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: base, cookie },
          body: JSON.stringify({ email, displayName: `Crash ${cycle}`, roles: ['committee'] }),
        });
        if (response.status === 201) acknowledged.push(email);
      } catch {
        return; // connection died with the server
      }
    }
  };
  const writers = [0, 1, 2, 3].map(writer);
  await new Promise((r) => setTimeout(r, 300 + Math.random() * 1200));
  child.kill('SIGKILL');
  killed = true;
  await Promise.all(writers);
  await new Promise((r) => child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r));
  process.stdout.write(`cycle ${cycle}/${cycles}: ${acknowledged.length} acknowledged so far\n`);
}

const child = startServer();
await waitHealthy(child);
const cookie = await login();
const response = await fetch(`${base}/api/users?includeInactive=true`, { headers: { cookie } });
const present = new Set(((await response.json()) as { email: string }[]).map((u) => u.email));
const lost = acknowledged.filter((e) => !present.has(e));
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
fs.rmSync(dataDir, { recursive: true, force: true });

const median = [...startTimes].sort((a, b) => a - b)[Math.floor(startTimes.length / 2)];
console.log(
  JSON.stringify({ database: databaseUrl ? 'postgres' : 'pglite', cycles, attempted, acknowledged: acknowledged.length, lost: lost.length, medianRestartMs: median }),
);
if (lost.length) {
  console.error('LOST acknowledged writes:', lost.slice(0, 20));
  process.exit(1);
}
