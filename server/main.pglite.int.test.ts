import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sozialraum-main-test-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function start(port: number, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function healthy(port: number, timeoutMs = 60_000): Promise<unknown> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return response.json();
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('not healthy in time');
}

describe('the server process (embedded database)', () => {
  const port = 3800 + Math.floor(Math.random() * 90);

  it('starts with demo data on a new folder, prints the demo accounts, and stops cleanly on SIGTERM', async () => {
    const server = start(port);
    expect(await healthy(port)).toEqual({ status: 'ok', database: 'pglite' });
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'committee@demo.invalid', password: 'sozialraum-demo' }),
    });
    expect(login.status).toBe(200);
    expect(fs.existsSync(path.join(dataDir, 'sozialraum.lock'))).toBe(true);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('admin@demo.invalid');
    expect(server.output()).toContain('stopped');
    expect(fs.existsSync(path.join(dataDir, 'sozialraum.lock'))).toBe(false);
  });

  it('keeps its data across a restart and does not seed the demo twice', async () => {
    const server = start(port);
    await healthy(port);
    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@demo.invalid', password: 'sozialraum-demo' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const users = (await (await fetch(`http://127.0.0.1:${port}/api/users?includeInactive=true`, { headers: { cookie } })).json()) as unknown[];
    expect(users.length).toBe(14);
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
    expect(server.output()).not.toContain('Demo-Daten für');
  });
});
