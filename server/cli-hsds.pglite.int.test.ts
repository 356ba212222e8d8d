import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sozialraum-cli-hsds-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function cli(args: string[], dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', OFFICE_NAME: 'Jugendamt Probe', OFFICE_CODE: 'probe' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.end('');
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const csvFolder = 'test-data/hsds-3.0/examples/csv';

describe('HSDS import and export on the command line', () => {
  const data = path.join(root, 'data');

  it('refuses the official CSV example as a whole (all or nothing) and names file, row and field', async () => {
    const refused = await cli(['import-hsds', csvFolder], data);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('HSDS-Import für probe: NICHTS gespeichert (alles oder nichts)');
    expect(refused.stdout).toContain('locations.csv, Zeile 1, latitude: Breitengrad 100 liegt außerhalb von −90 bis 90. [Datensatz]');
    expect(refused.stderr).toContain('Fehler: Nichts importiert: 13 Problem(e). Mit --skip-invalid werden die gültigen Datensätze gespeichert.');
  });

  it('imports the valid records with --skip-invalid, then a dry run finds nothing to change', async () => {
    const imported = await cli(['import-hsds', csvFolder, '--skip-invalid'], data);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('HSDS-Import für probe: gespeichert');
    expect(imported.stdout).toContain('  service: 1 neu, 0 geändert, 0 unverändert, 0 abgelehnt');
    expect(imported.stdout).toContain('  location: 0 neu, 0 geändert, 0 unverändert, 1 abgelehnt');
    expect(imported.stdout).toContain('Probleme (13):');
    expect(imported.stdout).toContain('locations.csv, Zeile 1, latitude: Breitengrad 100 liegt außerhalb von −90 bis 90. [Datensatz]');
    expect(imported.stdout).toContain('organizations.csv, Zeile 1, parent_organization_id: Organisation cd09a387-91f4-4555-94ec-e799c35344cd gibt es weder in der Datei noch in der Datenbank. Der Verweis wird nicht übernommen. [nur das Feld]');

    const again = await cli(['import-hsds', csvFolder, '--skip-invalid', '--dry-run'], data);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('HSDS-Import für probe: Probelauf, nichts gespeichert');
    expect(again.stdout).toContain('  service: 0 neu, 0 geändert, 1 unverändert, 0 abgelehnt');
  });

  it('exports JSON files and the tabular package, which imports again without a change', async () => {
    const out = path.join(root, 'export');
    const exported = await cli(['export-hsds', out], data);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(`HSDS exportiert nach ${out}: 1 Angebote, 1 Organisationen`);
    expect(fs.readdirSync(out).sort()).toEqual(['organizations.json', 'services.json', 'tabular', 'taxonomies.json', 'taxonomy_terms.json']);
    const services = JSON.parse(fs.readFileSync(path.join(out, 'services.json'), 'utf8')) as { contents: { name: string }[] };
    expect(services.contents.map((s) => s.name)).toEqual(['Community Counselling']);
    expect(fs.readFileSync(path.join(out, 'tabular', 'services.csv'), 'utf8')).toMatch(/^id,organization_id,program_id,name,/);

    const tabular = await cli(['import-hsds', path.join(out, 'tabular'), '--dry-run'], data);
    expect(tabular.code).toBe(0);
    expect(tabular.stdout).not.toContain('Probleme');
    expect(tabular.stdout).toContain('  service: 0 neu, 0 geändert, 1 unverändert, 0 abgelehnt');
    expect(tabular.stdout).toContain('  organization: 0 neu, 0 geändert, 1 unverändert, 0 abgelehnt');
    const json = await cli(['import-hsds', path.join(out, 'services.json'), '--dry-run'], data);
    expect(json.code).toBe(0);
    expect(json.stdout).toContain('  service: 0 neu, 0 geändert, 1 unverändert, 0 abgelehnt');
  });

  it('explains what it needs', async () => {
    const missing = await cli(['import-hsds'], data);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Bitte eine Datei oder einen Ordner angeben');
    const wrong = await cli(['import-hsds', 'package.json.nope'], data);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('package.json.nope gibt es nicht.');
  });
});
