import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sozialraum-cli-test-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function cli(args: string[], dataDir: string, stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', OFFICE_NAME: 'Jugendamt Probe', OFFICE_CODE: 'probe' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.end(stdin ?? '');
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('command line on the embedded database', () => {
  const data = path.join(root, 'data');

  it('creates the office from the settings on first use, and users with a password from stdin or a generated one', async () => {
    const first = await cli(['create-user', '--email', 'Leitung@Probe.test', '--role', 'head_of_department', '--role', 'admin', '--name', 'Frau Leitung'], data, 'ein-langes-passwort\n');
    expect(first.stderr).toContain('Jugendamt "Jugendamt Probe" (probe) angelegt.');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Konto angelegt: leitung@probe.test (head_of_department, admin) im Jugendamt probe');
    expect(first.stdout).not.toContain('Erzeugtes Passwort');
    const second = await cli(['create-user', '--email', 'team@probe.test', '--role', 'team_member'], data);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Erzeugtes Passwort \(wird nur jetzt angezeigt\): [A-Za-z0-9]{20}/);
    const list = await cli(['list-users'], data);
    expect(list.stdout).toContain('leitung@probe.test\tFrau Leitung\thead_of_department,admin\taktiv');
    expect(list.stdout).toContain('team@probe.test');
  });

  it('refuses bad input naming the option, and writes nothing', async () => {
    const bad = await cli(['create-user', '--email', 'kein-at', '--role', 'kaiser'], data);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--email/);
    expect(bad.stderr).toMatch(/--role/);
    const duplicate = await cli(['create-user', '--email', 'team@probe.test', '--role', 'committee'], data);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('gibt es bereits');
    expect((await cli(['list-users'], data)).stdout.trim().split('\n')).toHaveLength(2);
  });

  it('writes the annual report as JSON, PDF, DOCX and HTML, and refuses formats that do not exist', async () => {
    const out = path.join(root, 'bericht.json');
    const written = await cli(['report', '2025', '--format', 'json', '--out', out], data);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toContain('Bericht zur Sozialraumorientierung 2025');
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(report).toMatchObject({ year: 2025, officeName: 'Jugendamt Probe', space: null });
    expect(report.overview.budget.totals.plannedCents).toBe(0);
    const pdf = path.join(root, 'bericht.pdf');
    expect((await cli(['report', '2025', '--format', 'pdf', '--out', pdf], data)).code).toBe(0);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const docx = path.join(root, 'bericht.docx');
    expect((await cli(['report', '2025', '--format', 'docx', '--out', docx], data)).code).toBe(0);
    expect(fs.readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');
    const html = path.join(root, 'bericht.html');
    expect((await cli(['report', '2025', '--format', 'html', '--out', html], data)).code).toBe(0);
    expect(fs.readFileSync(html, 'utf8')).toContain('Bericht zur Sozialraumorientierung 2025');
    const unknown = await cli(['report', '2025', '--format', 'xls', '--out', out], data);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Das Format "xls" gibt es nicht');
    const noPaper = await cli(['report', '2025', '--format', 'oparl', '--out', out], data);
    expect(noPaper.code).toBe(1);
    expect(noPaper.stderr).toContain('gibt es noch keine Vorlage');
    const noSpace = await cli(['report', '2025', '--space', 'XX', '--out', out], data);
    expect(noSpace.code).toBe(1);
    expect(noSpace.stderr).toContain('Keinen Sozialraum mit dem Kürzel "XX"');
  });

  it('backs up and restores into another data folder with the same content', async () => {
    const file = path.join(root, 'sicherung.jsonl.gz');
    const backup = await cli(['backup', file], data);
    expect(backup.code).toBe(0);
    const other = path.join(root, 'other');
    const restore = await cli(['restore', file], other);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain('users 2');
    expect((await cli(['list-users'], other)).stdout).toBe((await cli(['list-users'], data)).stdout);
  });
});
