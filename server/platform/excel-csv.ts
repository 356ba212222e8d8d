/**
 * CSV as German Excel opens it: semicolons, UTF-8 with BOM, CRLF, decimal commas. One writer for every export
 * (offers, the gap analysis, the treasury's bookings), so each gets the same protection against CSV injection.
 */
export type ExcelCell = string | number | null;

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
// A cell that starts like a formula would be run by Excel (CSV injection); an apostrophe keeps it text. Text that
// already starts with apostrophes before such a character gets one more, so that reading strips exactly one.
// A plain number in German form ("-12,34") is no formula and stays as it is, so that Excel reads it as a number.
const formulaStart = /^'*[=+\-@\t\r]/;
const germanNumber = /^-?\d+(,\d+)?$/;

function csvField(cell: ExcelCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  const text = formulaStart.test(cell) && !germanNumber.test(cell) ? `'${cell}` : cell;
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeExcelCsv(rows: readonly (readonly ExcelCell[])[]): Buffer {
  return Buffer.concat([BOM, Buffer.from(rows.map((row) => row.map(csvField).join(';')).join('\r\n') + '\r\n', 'utf8')]);
}
