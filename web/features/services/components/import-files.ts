// Reading import files in the browser: JSON parsed, CSV decoded (UTF-8, or Windows-1252 as older Excel saves it),
// XLSX as base64. The server gets the content in a JSON body; nothing is uploaded before the user asks for it.

// The server's limits for these routes: 20 MB of HSDS JSON, 40 MB for a spreadsheet (XLSX grows by a third as Base64).
export const MAX_HSDS_BYTES = 20 * 1024 * 1024;
export const MAX_SHEET_BYTES = 25 * 1024 * 1024;

export type ReadImport<R> = { summary: string; request: R };

const decimal = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${decimal.format(Math.max(1, bytes / 1024))} KB` : `${decimal.format(bytes / 1024 / 1024)} MB`);

function checkSize(files: File[], max: number) {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > max) throw new Error(`${files.length === 1 ? 'Die Datei ist' : 'Die Dateien sind zusammen'} ${sizeText(total)} groß; höchstens ${sizeText(max)} auf einmal.`);
}

const extension = (name: string) => /\.([^.]+)$/.exec(name.toLowerCase())?.[1] ?? '';

/** Text of a CSV file: UTF-8 (with or without BOM), else Windows-1252. */
export async function readCsvText(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export async function readBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

async function readJson(file: File): Promise<unknown> {
  try {
    return JSON.parse(await file.text()) as unknown;
  } catch {
    throw new Error(`„${file.name}“ ist kein gültiges JSON.`);
  }
}

const recordCount = (json: unknown): number => {
  if (Array.isArray(json)) return json.length;
  if (json && typeof json === 'object' && Array.isArray((json as { contents?: unknown }).contents)) return (json as { contents: unknown[] }).contents.length;
  return 1;
};

/**
 * HSDS: one JSON file (an object, a list or a page like the official examples), or the files of a tabular data
 * package (datapackage.json and the CSV files, chosen together).
 */
export type HsdsFiles = { body: unknown; fileName: string | null };

export async function readHsdsFiles(chosen: FileList | File[]): Promise<ReadImport<HsdsFiles>> {
  const files = [...chosen];
  if (files.length === 0) throw new Error('Bitte eine Datei auswählen.');
  checkSize(files, MAX_HSDS_BYTES);
  const csv = files.filter((f) => extension(f.name) === 'csv');
  const json = files.filter((f) => extension(f.name) === 'json');
  const other = files.filter((f) => !['csv', 'json'].includes(extension(f.name)));
  if (other.length) throw new Error(`Nicht lesbar: ${other.map((f) => `„${f.name}“`).join(', ')}. Erwartet werden .json- oder .csv-Dateien.`);
  if (csv.length === 0) {
    if (json.length > 1) throw new Error('Bitte nur eine JSON-Datei auf einmal – oder die CSV-Dateien eines Tabellen-Pakets mit ihrer datapackage.json.');
    const [file] = json;
    if (!file) throw new Error('Bitte eine Datei auswählen.');
    const body = await readJson(file);
    const n = recordCount(body);
    return { summary: `„${file.name}“: ${n === 1 ? '1 Datensatz' : `${n} Datensätze`}.`, request: { body, fileName: file.name } };
  }
  if (json.some((f) => f.name !== 'datapackage.json')) throw new Error('Zu einem Tabellen-Paket gehört nur die datapackage.json, keine weiteren JSON-Dateien.');
  const entries = await Promise.all(files.map(async (f) => [f.name, await readCsvText(f)] as const));
  const names = files.map((f) => f.name).sort();
  return { summary: `Tabellen-Paket mit ${files.length} Dateien: ${names.join(', ')}.`, request: { body: { files: Object.fromEntries(entries) }, fileName: null } };
}

export type SpreadsheetRequest = { format: 'csv' | 'xlsx'; body: { content: string } | { contentBase64: string } };

/** The office's spreadsheet: one CSV (semicolons, German headers) or one XLSX file. */
export async function readSpreadsheet(chosen: FileList | File[]): Promise<ReadImport<SpreadsheetRequest>> {
  const files = [...chosen];
  const [file] = files;
  if (!file) throw new Error('Bitte eine Datei auswählen.');
  checkSize(files, MAX_SHEET_BYTES);
  const ext = extension(file.name);
  if (ext === 'csv') return { summary: `„${file.name}“ (${sizeText(file.size)}), CSV.`, request: { format: 'csv', body: { content: await readCsvText(file) } } };
  if (ext === 'xlsx') return { summary: `„${file.name}“ (${sizeText(file.size)}), Excel.`, request: { format: 'xlsx', body: { contentBase64: await readBase64(file) } } };
  throw new Error(`„${file.name}“: erwartet wird eine .csv- oder .xlsx-Datei.`);
}
