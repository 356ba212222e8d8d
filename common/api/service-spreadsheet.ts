import { z } from 'zod';

// The office spreadsheet of offers (CSV for German Excel, XLSX): download, template and import.

export const sheetFormats = ['csv', 'xlsx'] as const;

const flag = z
  .enum(['true', 'false', '1', '0', ''], { error: 'true oder false angeben.' })
  .optional()
  .transform((v) => v === 'true' || v === '1');

export const sheetImportQuery = z.strictObject({
  format: z.enum(sheetFormats, { error: 'Format: csv oder xlsx.' }).default('csv'),
  /** Check and report only: nothing is stored. */
  dryRun: flag,
  /** Store the valid rows and report the others (default: all or nothing). */
  skipInvalid: flag,
});
export type SheetImportQuery = z.infer<typeof sheetImportQuery>;

/** CSV as the body (text/csv), or JSON: `content` for CSV text, `contentBase64` for an XLSX (or CSV) file. */
export const sheetImportBody = z.union([
  z.string().describe('CSV-Text (Content-Type text/csv)'),
  z
    .strictObject({
      content: z.string().optional().describe('CSV-Text'),
      contentBase64: z.string().optional().describe('Datei als Base64 (XLSX oder CSV)'),
    })
    .refine((b) => (b.content === undefined) !== (b.contentBase64 === undefined), { error: 'Genau eines von content oder contentBase64 angeben.', path: ['content'] }),
]);
export type SheetImportBody = z.infer<typeof sheetImportBody>;

export const sheetImportError = z.object({
  /** Row number as the spreadsheet shows it (the header is row 1); null for the file as a whole. */
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
  /** "Zeile 7, Spalte „PLZ“: fünf Ziffern." */
  text: z.string(),
});
export type SheetImportError = z.infer<typeof sheetImportError>;

export const sheetImportResult = z
  .object({
    format: z.enum(sheetFormats),
    dryRun: z.boolean(),
    /** Whether anything was stored (false for a dry run and for an import stopped by errors). */
    stored: z.boolean(),
    rows: z.number().int(),
    created: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    invalid: z.number().int(),
    errors: z.array(sheetImportError),
    warnings: z.array(z.string()),
    items: z.array(
      z.object({
        row: z.number().int(),
        action: z.enum(['create', 'update', 'unchanged', 'invalid']),
        id: z.uuid().nullable(),
        name: z.string(),
        /** The columns whose values change. */
        changes: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'ServiceSheetImportResult' });
export type SheetImportResult = z.infer<typeof sheetImportResult>;
