import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createUserBody } from '../common/api/accounts';
import { accountRoles } from '../common/roles';
import { useGermanErrors } from '../common/german-errors';
import { prepareDatabase } from './bootstrap';
import { exportHsdsCommand, HsdsCliError, importHsdsCommand } from './cli-hsds';
import { createUser, listUsers } from './modules/accounts';
import { buildAnnualReport, renderAnnualReport, type ReportExportFormat } from './modules/annual-report';
import { oparlPaperForReport } from './modules/committee-papers';
import { importSpaces, spacesOfOffice } from './modules/social-spaces';
import { BackupError, restoreBackup, writeBackup } from './platform/db/backup';
import type { Database } from './platform/db/database';
import { FolderInUseError } from './platform/db/folder-lock';
import { findOfficeByCode, listOffices } from './platform/db/offices';
import { readSettings } from './platform/env';
import { DomainError } from './platform/http/errors';

const usage = `sozialraum – Kommandozeile (arbeitet auf DATA_DIR bzw. DATABASE_URL wie der Server)

  npm run cli -- create-user --email <adresse> --role <rolle> [--role <rolle> …] [--name <name>] [--office <code>]
        Passwort von der Standardeingabe (eine Zeile), sonst wird eines erzeugt und einmal angezeigt.
        Rollen: ${accountRoles.join(', ')}
  npm run cli -- list-users [--office <code>]
  npm run cli -- list-offices
  npm run cli -- import-spaces <datei.geojson> --name-property <eigenschaft> --code-property <eigenschaft> [--office <code>]
        Sozialräume aus einer GeoJSON-FeatureCollection: neues Kürzel legt an, bekanntes aktualisiert; alles oder nichts.
  npm run cli -- import-hsds <datei.json | ordner> [--office <code>] [--dry-run] [--skip-invalid]
        Open Referral HSDS 3.0: eine JSON-Datei (Objekt, Liste oder Seite) oder ein Ordner mit dem Tabellenpaket
        (datapackage.json und CSV-Dateien). Abgleich über die id. Alles oder nichts, außer mit --skip-invalid
        (gültige Datensätze speichern, die übrigen melden); --dry-run zeigt nur, was angelegt, geändert oder belassen würde.
  npm run cli -- export-hsds <ordner> [--office <code>]
        schreibt services.json, organizations.json, taxonomies.json, taxonomy_terms.json und tabular/ (Tabellenpaket)
  npm run cli -- report <jahr> [--space <kürzel>] --format html|pdf|docx|json|oparl --out <datei> [--office <code>]
        Bericht zur Sozialraumorientierung eines Jahres (alle Sozialräume oder einer), mit denselben Zahlen wie
        GET /api/annual-report/<jahr>; in JSON kleine Anzahlen als {"suppressed": true}, sonst „< 5“.
        oparl: die Vorlage zu diesem Bericht als OParl-1.1-Paper (JSON), auch als Entwurf.
  npm run cli -- backup <datei>
  npm run cli -- restore <datei>      ersetzt den gesamten Inhalt der Datenbank durch die Sicherung
`;

class UsageError extends Error {}

const cliReportFormats = ['html', 'pdf', 'docx', 'json', 'oparl'] as const;
const isCliReportFormat = (f: string): f is (typeof cliReportFormats)[number] => (cliReportFormats as readonly string[]).includes(f);

async function readStdinLine(): Promise<string | undefined> {
  if (process.stdin.isTTY) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const line = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0]?.trim();
  return line ? line : undefined;
}

async function officeFor(database: Database, code: string | undefined) {
  if (code) {
    const office = await findOfficeByCode(database.db, code);
    if (!office) throw new UsageError(`Kein Jugendamt mit dem Kürzel "${code}".`);
    return office;
  }
  const all = await listOffices(database.db);
  if (all.length !== 1 || !all[0]) {
    throw new UsageError(`Es gibt ${all.length} Jugendämter; bitte --office angeben (${all.map((o) => o.code).join(', ')}).`);
  }
  return all[0];
}

async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(usage);
    return;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      role: { type: 'string', multiple: true },
      name: { type: 'string' },
      office: { type: 'string' },
      'name-property': { type: 'string' },
      'code-property': { type: 'string' },
      'dry-run': { type: 'boolean' },
      'skip-invalid': { type: 'boolean' },
      space: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const settings = readSettings();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const { database } = await prepareDatabase(settings, { allowDemo: false, log });
  try {
    switch (command) {
      case 'create-user': {
        const office = await officeFor(database, values.office);
        const password = await readStdinLine();
        const parsed = createUserBody.safeParse({
          email: values.email,
          displayName: values.name ?? values.email?.split('@')[0] ?? '',
          roles: values.role ?? [],
          ...(password ? { password } : {}),
        });
        if (!parsed.success) {
          throw new UsageError(parsed.error.issues.map((i) => `--${i.path[0] === 'roles' ? 'role' : String(i.path[0])}: ${i.message}`).join('\n'));
        }
        const created = await database.db.transaction((tx) =>
          createUser({ tx, actor: { kind: 'system', label: 'Kommandozeile', officeId: office.id } }, { ...parsed.data, officeId: office.id }),
        );
        process.stdout.write(`Konto angelegt: ${created.user.email} (${created.user.roles.join(', ')}) im Jugendamt ${office.code}\n`);
        if (created.generatedPassword) process.stdout.write(`Erzeugtes Passwort (wird nur jetzt angezeigt): ${created.generatedPassword}\n`);
        return;
      }
      case 'list-users': {
        const office = await officeFor(database, values.office);
        const users = await database.db.transaction((tx) =>
          listUsers({ tx, actor: { kind: 'system', label: 'Kommandozeile', officeId: office.id } }, { includeInactive: true }),
        );
        for (const u of users) process.stdout.write(`${u.email}\t${u.displayName}\t${u.roles.join(',')}\t${u.active ? 'aktiv' : 'deaktiviert'}\n`);
        return;
      }
      case 'import-spaces': {
        const file = positionals[0];
        const nameProperty = values['name-property'];
        const codeProperty = values['code-property'];
        if (!file || !nameProperty || !codeProperty) {
          throw new UsageError('Bitte angeben: import-spaces <datei> --name-property <eigenschaft> --code-property <eigenschaft>');
        }
        let collection: unknown;
        try {
          collection = JSON.parse(fs.readFileSync(file, 'utf8'));
        } catch (error) {
          throw new UsageError(`${file} ist keine lesbare JSON-Datei: ${(error as Error).message}`);
        }
        const office = await officeFor(database, values.office);
        const result = await database.db.transaction((tx) =>
          importSpaces(
            { tx, actor: { kind: 'system', label: 'Kommandozeile', officeId: office.id } },
            { collection, nameProperty, codeProperty, source: path.basename(file) },
          ),
        );
        process.stdout.write(`Sozialräume importiert: ${result.created} neu, ${result.updated} aktualisiert (${office.code}).\n`);
        return;
      }
      case 'import-hsds': {
        const target = positionals[0];
        if (!target) throw new UsageError('Bitte eine Datei oder einen Ordner angeben: npm run cli -- import-hsds <datei.json | ordner>');
        const office = await officeFor(database, values.office);
        await importHsdsCommand(database, office, target, { dryRun: values['dry-run'] ?? false, skipInvalid: values['skip-invalid'] ?? false });
        return;
      }
      case 'export-hsds': {
        const folder = positionals[0];
        if (!folder) throw new UsageError('Bitte den Zielordner angeben: npm run cli -- export-hsds <ordner>');
        await exportHsdsCommand(database, await officeFor(database, values.office), folder);
        return;
      }
      case 'report': {
        const year = Number(positionals[0]);
        if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError('Bitte das Berichtsjahr angeben: npm run cli -- report <jahr> --format pdf --out <datei>');
        const format = values.format ?? 'json';
        if (!isCliReportFormat(format)) throw new UsageError(`Das Format "${format}" gibt es nicht; möglich: ${cliReportFormats.join(', ')}.`);
        if (!values.out) throw new UsageError('Bitte die Zieldatei angeben: --out <datei>');
        const office = await officeFor(database, values.office);
        const built = await database.db.transaction(async (tx) => {
          const ctx = { tx, actor: { kind: 'system' as const, label: 'Kommandozeile', officeId: office.id } };
          const space = values.space ? (await spacesOfOffice(tx, office.id)).find((s) => s.code === values.space) : undefined;
          if (values.space && !space) throw new UsageError(`Keinen Sozialraum mit dem Kürzel "${values.space}" im Jugendamt ${office.code}.`);
          if (format === 'oparl') {
            const paper = await oparlPaperForReport(ctx, { year, spaceId: space?.id ?? null, publicUrl: settings.publicUrl });
            if (!paper) throw new UsageError(`Zum Bericht ${year}${space ? ` (${space.code})` : ''} gibt es noch keine Vorlage; bitte unter /vorlagen anlegen.`);
            return { oparl: paper, label: `Vorlage ${paper.reference}` };
          }
          const report = await buildAnnualReport(ctx, { year, spaceId: space?.id });
          return { report, label: `${report.title}${report.space ? ` – ${report.space.name}` : ''}` };
        });
        const bytes = 'oparl' in built ? `${JSON.stringify(built.oparl, null, 2)}\n` : (await renderAnnualReport(built.report, format as ReportExportFormat)).bytes;
        fs.writeFileSync(values.out, bytes);
        process.stdout.write(`${built.label}: ${values.out}\n`);
        return;
      }
      case 'list-offices': {
        for (const o of await listOffices(database.db)) process.stdout.write(`${o.code}\t${o.name}\n`);
        return;
      }
      case 'backup': {
        const file = positionals[0];
        if (!file) throw new UsageError('Bitte die Zieldatei angeben: npm run cli -- backup <datei>');
        const counts = await writeBackup(database, file);
        process.stdout.write(`Sicherung geschrieben: ${file} (${Object.values(counts).reduce((a, b) => a + b, 0)} Zeilen)\n`);
        return;
      }
      case 'restore': {
        const file = positionals[0];
        if (!file) throw new UsageError('Bitte die Sicherungsdatei angeben: npm run cli -- restore <datei>');
        const counts = await restoreBackup(database, file);
        process.stdout.write(`Zurückgespielt aus ${file}: ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ')}\n`);
        return;
      }
      default:
        throw new UsageError(`Unbekannter Befehl "${command}".\n\n${usage}`);
    }
  } finally {
    await database.close();
  }
}

useGermanErrors();
run(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof FolderInUseError || error instanceof BackupError || error instanceof HsdsCliError) {
      process.stderr.write(`Fehler: ${error.message}\n`);
    } else if (error instanceof DomainError) {
      process.stderr.write(`Fehler: ${error.detail ?? error.code}\n`);
      for (const e of error.fieldErrors ?? []) process.stderr.write(`  ${e.field}: ${e.message}\n`);
    } else {
      process.stderr.write(`Fehler: ${(error as Error).stack ?? String(error)}\n`);
    }
    process.exit(1);
  },
);
