import type { Block } from './document';

export type TableBlock = Extract<Block, { kind: 'table' }>;

/** A table as a rectangle of cells, the row header first, the way every renderer lays it out. */
export type TableGrid = {
  /** One label per column, the row header's column first ('' when the table gives it none). */
  labels: string[];
  numeric: boolean[];
  rows: Array<{ cells: string[]; total: boolean }>;
};

/**
 * `columns` may describe the cells only (the row header's column then has no label) or the row header's column as
 * well, as its first entry: both occur, and both are read the same way here. Short rows are padded with ''.
 */
export function tableGrid(table: TableBlock): TableGrid {
  const cellCount = Math.max(0, ...table.rows.map((row) => row.cells.length), table.columns.length - 1);
  const columns = table.columns.length === cellCount + 1 ? table.columns : [{ label: '' }, ...table.columns];
  const width = cellCount + 1;
  const labels = Array.from({ length: width }, (_, i) => columns[i]?.label ?? '');
  const numeric = Array.from({ length: width }, (_, i) => i > 0 && columns[i]?.numeric === true);
  const rows = table.rows.map((row) => ({
    cells: [row.header, ...Array.from({ length: cellCount }, (_, i) => row.cells[i] ?? '')],
    total: row.total === true,
  }));
  return { labels, numeric, rows };
}

/** How wide a text is in the unit of the page, set in bold or not. */
export type MeasureText = (text: string, bold: boolean) => number;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const longestWord = (text: string, measure: MeasureText, bold: boolean) => Math.max(0, ...text.split(/\s+/).map((word) => measure(word, bold)));

/**
 * Column widths that fill `width`: every column gets at least its longest word (a number: all of it, numbers do not
 * wrap), the rest goes to the columns that would otherwise wrap, by how much they want. When everything fits on one
 * line, the first column — the row headers, the longest texts — takes the spare width. `padding` is a cell's
 * horizontal padding, both sides together.
 */
export function fitColumnWidths(grid: TableGrid, width: number, measure: MeasureText, padding: number): number[] {
  const natural = grid.labels.map(() => padding);
  const minimum = grid.labels.map(() => padding);
  const take = (text: string, column: number, bold: boolean, isLabel: boolean) => {
    const full = measure(text, bold) + padding;
    natural[column] = Math.max(natural[column] ?? 0, full);
    const least = grid.numeric[column] && !isLabel ? full : longestWord(text, measure, bold) + padding;
    minimum[column] = Math.max(minimum[column] ?? 0, least);
  };
  grid.labels.forEach((label, i) => take(label, i, true, true));
  for (const row of grid.rows) row.cells.forEach((text, i) => take(text, i, row.total, false));
  if (sum(natural) <= width) return natural.map((w, i) => (i === 0 ? w + width - sum(natural) : w));
  if (sum(minimum) >= width) {
    // Even the longest words do not fit: the numbers keep their width if they can, the texts share the rest.
    const numbers = sum(minimum.filter((_, i) => grid.numeric[i]));
    const texts = sum(minimum) - numbers;
    const fixed = numbers <= width * 0.6 && texts > 0 ? numbers : 0;
    return minimum.map((w, i) => (fixed > 0 && grid.numeric[i] ? w : (w * (width - fixed)) / (sum(minimum) - fixed)));
  }
  const spare = width - sum(minimum);
  const wanted = natural.map((w, i) => w - (minimum[i] ?? 0));
  return minimum.map((w, i) => w + (spare * (wanted[i] ?? 0)) / sum(wanted));
}
