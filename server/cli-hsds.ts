import fs from 'node:fs';
import path from 'node:path';
import type { HsdsImportReport } from '../common/api/hsds-import';
import { exportHsdsJson, exportHsdsTabular, importHsds } from './modules/services';
import type { Database } from './platform/db/database';

/** The HSDS commands of the command line (server/cli.ts): reading files and folders, progress, the report as text. */

export class HsdsCliError extends Error {}

type Office = { id: string; code: string };
const systemActor = (office: Office) => ({ kind: 'system' as const, label: 'Kommandozeile', officeId: office.id });

/** "Importiere … 1200/5000" on stderr: rewritten in place on a terminal, every tenth otherwise (logs, tests). */
function progressBar(label: string, minimum = 500) {
  let lastTenth = -1;
  return (done: number, total: number) => {
    if (total < minimum) return;
    if (process.stderr.isTTY) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done >= total ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor((done / total) * 10);
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      process.stderr.write(`${label} ${done}/${total}\n`);
    }
  };
}

/** A .json file is one HSDS document; a folder with CSV files is the tabular package; a folder of .json files, several documents. */
export function readHsdsInput(target: string) {
  if (!fs.existsSync(target)) throw new HsdsCliError(`${target} gibt es nicht.`);
  const stat = fs.statSync(target);
  const readJson = (file: string) => {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as unknown;
    } catch (error) {
      throw new HsdsCliError(`${file} ist keine lesbare JSON-Datei: ${(error as Error).message}`);
    }
  };
  if (stat.isFile()) {
    if (!target.toLowerCase().endsWith('.json')) throw new HsdsCliError(`${target}: eine .json-Datei oder einen Ordner mit dem Tabellenpaket (datapackage.json und CSV-Dateien) angeben.`);
    return { documents: [{ file: path.basename(target), content: readJson(target) }] };
  }
  const names = fs.readdirSync(target).filter((n) => fs.statSync(path.join(target, n)).isFile()).sort();
  if (names.some((n) => n.toLowerCase().endsWith('.csv'))) {
    const files: Record<string, string> = {};
    for (const name of names.filter((n) => n.toLowerCase().endsWith('.csv') || n === 'datapackage.json')) {
      files[name] = fs.readFileSync(path.join(target, name), 'utf8');
    }
    return { tabular: files, container: null };
  }
  const jsonFiles = names.filter((n) => n.toLowerCase().endsWith('.json') && n !== 'datapackage.json');
  if (jsonFiles.length === 0) throw new HsdsCliError(`${target} enthält weder CSV- noch JSON-Dateien.`);
  return { documents: jsonFiles.map((name) => ({ file: name, content: readJson(path.join(target, name)) })) };
}

const place = (p: { file: string; row: number | string | null; field: string | null }) =>
  [p.file, typeof p.row === 'number' ? `Zeile ${p.row}` : p.row ? p.row : null, p.field].filter(Boolean).join(', ');

export function formatReport(report: HsdsImportReport, office: Office): string {
  const lines: string[] = [];
  const state = report.dryRun ? 'Probelauf, nichts gespeichert' : report.stored ? 'gespeichert' : 'NICHTS gespeichert (alles oder nichts)';
  lines.push(`HSDS-Import für ${office.code}: ${state}`);
  for (const [kind, c] of Object.entries(report.counts)) {
    lines.push(`  ${kind}: ${c.created} neu, ${c.changed} geändert, ${c.unchanged} unverändert, ${c.rejected} abgelehnt`);
  }
  const changes = report.records.filter((r) => r.action === 'change');
  if (report.dryRun && changes.length) {
    lines.push(`Änderungen (${changes.length}):`);
    for (const r of changes) lines.push(`  ${r.kind} ${r.id}${r.name ? ` „${r.name}“` : ''}: ${r.fields.join(', ')}`);
  }
  if (report.problems.length) {
    lines.push(`Probleme (${report.problems.length}):`);
    for (const p of report.problems) lines.push(`  ${place(p)}: ${p.message}${p.scope === 'field' ? ' [nur das Feld]' : ' [Datensatz]'}`);
  }
  if (report.notes.length) {
    lines.push(`Hinweise (${report.notes.length}):`);
    for (const n of report.notes) lines.push(`  ${place(n)}: ${n.message}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function importHsdsCommand(database: Database, office: Office, target: string, options: { dryRun: boolean; skipInvalid: boolean }): Promise<HsdsImportReport> {
  const input = readHsdsInput(target);
  const report = await database.db.transaction((tx) =>
    importHsds({ tx, actor: systemActor(office) }, input, { ...options, onProgress: progressBar(`Importiere ${path.basename(target)} …`) }),
  );
  process.stdout.write(formatReport(report, office));
  if (!report.stored && !report.dryRun) {
    throw new HsdsCliError(`Nichts importiert: ${report.problems.length} Problem(e). Mit --skip-invalid werden die gültigen Datensätze gespeichert.`);
  }
  return report;
}

export async function exportHsdsCommand(database: Database, office: Office, folder: string): Promise<void> {
  fs.mkdirSync(path.join(folder, 'tabular'), { recursive: true });
  const { json, tabular } = await database.db.transaction(async (tx) => ({
    json: await exportHsdsJson(tx, office.id, progressBar('Exportiere JSON …')),
    tabular: await exportHsdsTabular(tx, office.id, progressBar('Exportiere Tabellen …')),
  }));
  for (const [name, content] of Object.entries(json)) fs.writeFileSync(path.join(folder, name), `${JSON.stringify(content, null, 2)}\n`);
  for (const [name, content] of Object.entries(tabular.files)) fs.writeFileSync(path.join(folder, 'tabular', name), content);
  for (const warning of tabular.warnings) process.stderr.write(`Hinweis: ${warning}\n`);
  const count = (name: keyof typeof json) => json[name].total_items;
  process.stdout.write(
    `HSDS exportiert nach ${folder}: ${count('services.json')} Angebote, ${count('organizations.json')} Organisationen, ${count('taxonomies.json')} Taxonomien, ` +
      `${count('taxonomy_terms.json')} Begriffe; Tabellenpaket in ${path.join(folder, 'tabular')}\n`,
  );
}
