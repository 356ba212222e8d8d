import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openPgliteFolder } from './database';
import { acquireFolderLock, FolderInUseError } from './folder-lock';
import { migrate } from './migrate';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sozialraum-lock-test-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
      env: { ...process.env, ...env, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stderr, ms: Date.now() - started }));
  });
}

describe('the embedded data folder', () => {
  it('is locked: a second lock in use is refused, a stale one (dead owner) is taken over', () => {
    const dir = path.join(root, 'a');
    fs.mkdirSync(dir);
    const lock = acquireFolderLock(dir);
    expect(() => acquireFolderLock(dir)).toThrow(FolderInUseError);
    lock.release();
    fs.writeFileSync(path.join(dir, 'sozialraum.lock'), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    const taken = acquireFolderLock(dir);
    expect(JSON.parse(fs.readFileSync(taken.path, 'utf8')).pid).toBe(process.pid);
    taken.release();
    expect(fs.existsSync(taken.path)).toBe(false);
  });

  it('persists across a close and reopen', async () => {
    const dir = path.join(root, 'b');
    const first = await openPgliteFolder(dir);
    await migrate(first.db);
    await first.db.execute(sql`insert into offices (code, name) values ('bleibt', 'Bleibt')`);
    await first.close();
    const second = await openPgliteFolder(dir);
    const rows = (await second.db.execute(sql`select name from offices`)) as unknown as { rows: { name: string }[] };
    expect(rows.rows).toEqual([{ name: 'Bleibt' }]);
    await second.close();
  });

  it('makes a second process fail fast with a clear message, and leaves the folder intact', async () => {
    const dir = path.join(root, 'c');
    const held = await openPgliteFolder(dir);
    await migrate(held.db);
    await held.db.execute(sql`insert into offices (code, name) values ('erst', 'Erstes')`);
    const result = await runCli(['list-offices'], { DATA_DIR: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`wird bereits von Prozess ${process.pid} verwendet`);
    const rows = (await held.db.execute(sql`select code from offices`)) as unknown as { rows: { code: string }[] };
    expect(rows.rows).toEqual([{ code: 'erst' }]);
    await held.close();
    const after = await runCli(['list-offices'], { DATA_DIR: dir });
    expect(after.code).toBe(0);
  });

  it('starts over when a first initialisation was killed half-way', async () => {
    const dir = path.join(root, 'd');
    fs.mkdirSync(path.join(dir, 'pgdata.init-99999', 'base'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'pgdata.init-99999', 'PG_VERSION'), 'garbage');
    const database = await openPgliteFolder(dir);
    await migrate(database.db);
    await database.close();
    expect(fs.readdirSync(dir).sort()).toEqual(['pgdata']);
  });
});
