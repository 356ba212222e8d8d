import { z } from 'zod';

/**
 * Import and export of Open Referral HSDS 3.0 data by admins (`/api/admin/hsds/…`). The import takes HSDS JSON as it
 * is (an object, a list, a page with `contents`, or the JSON form of the tabular package `{"services.csv": [rows]}`)
 * or the tabular data package's files as text, `{ "files": { "services.csv": "…" } }`, so that a browser can send
 * the files of a folder without multipart. The answer is the report.
 */

const flag = (name: string) =>
  z.preprocess((v) => (v === 'true' || v === '1' ? true : v === 'false' || v === '0' || v === '' ? false : v), z.boolean({ error: `${name}: true oder false angeben.` })).default(false);

export const hsdsImportQuery = z.strictObject({
  dryRun: flag('dryRun').describe('Nur prüfen und berichten, was angelegt, geändert oder belassen würde; nichts speichern.'),
  skipInvalid: flag('skipInvalid').describe('Gültige Datensätze speichern und die übrigen melden (sonst: alles oder nichts).'),
  kind: z
    .enum(['service', 'organization', 'service_at_location', 'location', 'program', 'taxonomy', 'taxonomy_term'], { error: 'kind: service, organization, service_at_location, location, program, taxonomy oder taxonomy_term.' })
    .optional()
    .describe('Art der Datensätze eines JSON-Dokuments; sonst an den Feldern erkannt.'),
});
export type HsdsImportQuery = z.infer<typeof hsdsImportQuery>;

/** The tabular package's files by name (datapackage.json, services.csv, …), each as its text. */
export const hsdsTabularBody = z.strictObject({
  files: z
    .record(z.string().regex(/^[A-Za-z0-9_.-]+\.(csv|json)$/, { error: 'Dateiname: nur Buchstaben, Ziffern, _ . - und die Endung .csv oder .json.' }), z.string())
    .refine((files) => Object.keys(files).length > 0, { error: 'Mindestens eine Datei angeben.' }),
});

/** Either the tabular files, or an HSDS JSON document of any shape the importer reads. */
export const hsdsImportBody = z.union([hsdsTabularBody, z.record(z.string(), z.unknown()), z.array(z.unknown())]).meta({ id: 'HsdsImportBody' });

export const hsdsImportProblem = z.object({
  file: z.string(),
  /** CSV: the data row from 1 (the line below the header is 1); JSON: the JSON pointer of the object ("" = the document). */
  row: z.union([z.number().int(), z.string()]).nullable(),
  field: z.string().nullable(),
  message: z.string(),
  /** record: the record is not stored; field: the record is stored without this field. */
  scope: z.enum(['record', 'field']),
});
export type HsdsImportProblem = z.infer<typeof hsdsImportProblem>;

const importCounts = z.object({ created: z.number().int(), changed: z.number().int(), unchanged: z.number().int(), rejected: z.number().int() });

export const hsdsImportReport = z
  .object({
    dryRun: z.boolean(),
    skipInvalid: z.boolean(),
    /** Whether anything was written: false for a dry run and for an all-or-nothing import with problems. */
    stored: z.boolean(),
    files: z.array(z.string()),
    /** Per HSDS kind (service, organization, location, phone, schedule, …). */
    counts: z.record(z.string(), importCounts),
    /** Records (or fields) refused, with file, row, field and the reason. */
    problems: z.array(hsdsImportProblem),
    /** What was read but is kept differently or not at all, and why (not a reason to refuse the import). */
    notes: z.array(hsdsImportProblem),
    /** The records of their own tables, with what happens (or would happen) to them and which fields change. */
    records: z.array(
      z.object({
        kind: z.string(),
        id: z.uuid(),
        name: z.string().nullable(),
        action: z.enum(['create', 'change', 'unchanged']),
        fields: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'HsdsImportReport' });
export type HsdsImportReport = z.infer<typeof hsdsImportReport>;

export const hsdsExportQuery = z.strictObject({
  format: z.enum(['json', 'tabular'], { error: 'format: json oder tabular.' }).default('json'),
});

/** The export as files: name → content (JSON documents as values, CSV as text). */
export const hsdsExportFiles = z.object({ files: z.record(z.string(), z.unknown()) }).meta({ id: 'HsdsExportFiles' });
export type HsdsExportFiles = z.infer<typeof hsdsExportFiles>;
