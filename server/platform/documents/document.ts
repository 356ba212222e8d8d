/**
 * A document in a format-neutral shape: the yearly report and the committee paper are built once as blocks, and
 * every format (HTML, PDF, DOCX) renders the very same blocks. So a figure cannot differ between formats: each
 * renderer prints the text it is given and computes nothing.
 */

/** A horizontal bar chart. `null` is a hidden count: it gets no bar, the chart prints `hiddenText` ("< 5") there. */
export type BarChart = {
  /** One or two series; `pattern` a is solid, b is hatched, so the chart reads without colour. */
  series: ReadonlyArray<{ name: string; pattern: 'a' | 'b' }>;
  rows: ReadonlyArray<{ label: string; values: ReadonlyArray<number | null> }>;
  /** How the axis labels are written. */
  unit: 'euro-cents' | 'count';
  /** What stands where a hidden count would be, e.g. "< 5". */
  hiddenText: string;
};

export type TableColumn = { label: string; numeric?: boolean };
export type TableRow = {
  /** The row header (first cell, a `th`). */
  header: string;
  /** The other cells, already formatted ("21.840,00 €", "< 5", "36 %"). */
  cells: readonly string[];
  /** A sum row, set in bold. */
  total?: boolean;
};

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; style?: 'lead' | 'note' | 'warning' }
  /** Label and value pairs, e.g. the paper's "Datum", "Zuständig". */
  | { kind: 'fields'; rows: ReadonlyArray<{ label: string; value: string }> }
  | { kind: 'list'; items: readonly string[] }
  /** `columns` starts with the row header's column, so it has one entry more than each row has `cells`. */
  | { kind: 'table'; caption: string; columns: readonly TableColumn[]; rows: readonly TableRow[]; notes?: readonly string[] }
  /**
   * A chart with its text alternative. Renderers draw the SVG (`barChartSvg`), give it `alt` as its accessible
   * name / description, and print `data` as a real table right below it.
   */
  | { kind: 'chart'; title: string; alt: string; chart: BarChart; data: Extract<Block, { kind: 'table' }> }
  | { kind: 'pageBreak' };

export type DocumentModel = {
  /** Document title (PDF/DOCX metadata and the first heading). */
  title: string;
  /** A line under the title, e.g. "Stadt Norderstedt (Demo) · erstellt am 30.11.2026". */
  subtitle?: string;
  /** Author for the metadata, e.g. the office's name. */
  author: string;
  /** Printed in every page footer of PDF and DOCX, e.g. "Bericht zur Sozialraumorientierung 2025". */
  footer?: string;
  blocks: readonly Block[];
};

/** A rendered file, ready to be sent or written. */
export type RenderedFile = { bytes: Uint8Array; contentType: string; fileName: string };

export const documentFormats = ['html', 'pdf', 'docx'] as const;
export type DocumentFormat = (typeof documentFormats)[number];

export const contentTypes: Record<DocumentFormat | 'json', string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
};
