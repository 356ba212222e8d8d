/**
 * CSV as RFC 4180 describes it: fields separated by a delimiter, quoted with `"` when they hold the delimiter, a quote
 * or a line break, a quote inside a quoted field doubled. Reads CRLF and LF line ends and a UTF-8 byte order mark;
 * writes CRLF. Small enough to own rather than depend on.
 */

export type CsvRecord = { row: number; values: Record<string, string> };
export type CsvTable = { header: string[]; records: CsvRecord[]; problems: { row: number; message: string }[] };

/** All records as arrays of fields. An unterminated quote ends at the end of the text and is reported. */
export function parseCsvRows(text: string, delimiter = ','): { rows: string[][]; unterminatedAt: number | null } {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let quoteOpenedInRow: number | null = null;
  for (let i = 0; i < input.length; i++) {
    const c = input[i] as string;
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      quoteOpenedInRow = rows.length;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
      fieldStarted = false;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
    } else {
      // A stray quote inside an unquoted field is kept as a character, as spreadsheet programs do.
      field += c;
      fieldStarted = true;
    }
  }
  if (field !== '' || fieldStarted || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { rows, unterminatedAt: quoted ? quoteOpenedInRow : null };
}

const blank = (fields: string[]) => fields.every((f) => f.trim() === '');

/**
 * A table with a header line. `row` counts data records from 1 (the line after the header is row 1); blank records
 * are skipped but counted, so the numbers match what a spreadsheet program shows below its header line.
 */
export function parseCsvTable(text: string, delimiter = ','): CsvTable {
  const { rows, unterminatedAt } = parseCsvRows(text, delimiter);
  const problems: CsvTable['problems'] = [];
  const headerRow = rows[0] ?? [];
  const header = headerRow.map((h) => h.trim());
  const records: CsvRecord[] = [];
  rows.slice(1).forEach((fields, index) => {
    const row = index + 1;
    if (blank(fields)) return;
    if (fields.length > header.length) problems.push({ row, message: `Die Zeile hat ${fields.length} Felder, die Kopfzeile nur ${header.length}.` });
    const values: Record<string, string> = {};
    header.forEach((name, i) => {
      if (name !== '') values[name] = fields[i] ?? '';
    });
    records.push({ row, values });
  });
  if (unterminatedAt !== null) problems.push({ row: unterminatedAt, message: 'Ein Anführungszeichen wird nicht geschlossen; die Datei endet mitten im Feld.' });
  return { header, records, problems };
}

const needsQuotes = (value: string, delimiter: string) => value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r');

export function csvField(value: string, delimiter = ','): string {
  return needsQuotes(value, delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A table as CSV text: header line, then one line per row, CRLF line ends, no byte order mark. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[], delimiter = ','): string {
  return [header, ...rows].map((fields) => fields.map((f) => csvField(f, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}
