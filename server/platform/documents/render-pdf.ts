import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { barChartSvg, svgSize } from './chart-svg';
import { cleanDocument } from './clean-text';
import type { Block, DocumentModel } from './document';
import { notoSansTtf } from './fonts';
import { fitColumnWidths, tableGrid, type TableBlock } from './table-grid';

// A4 with 2 cm margins, set in Noto Sans (embedded, subset), so every German letter, "€", „quotes“ and the
// no-break spaces of Intl's German formats print and come back out when the text is copied or extracted.
// Layout is done here rather than with pdfkit's own table helper: a table's header row has to repeat on every
// page it runs over, and a heading must not be left alone at the foot of a page.

const cm = 72 / 2.54;
const margin = 2 * cm;
const font = { regular: 'NotoSans', bold: 'NotoSans-Bold' } as const;
const color = { text: '#1a1a1a', muted: '#4d4d4d', rule: '#9a9a9a', strongRule: '#333333', headerFill: '#e4eaf2', warningFill: '#fff4ce', warningBar: '#8a6d00' };
const body = { size: 10, lineGap: 2 };
const cell = { size: 9, lineGap: 1, padX: 4, padY: 3 };
const headingSize: Record<1 | 2 | 3, number> = { 1: 16, 2: 13, 3: 11 };
const headingSpace: Record<1 | 2 | 3, number> = { 1: 16, 2: 12, 3: 8 };
/** Space a heading keeps for what follows it, so it is never the last line of a page. */
const keepWithNext = 3 * 14;

type Doc = PDFKit.PDFDocument;
type Outline = PDFKit.PDFOutline;

type Layout = {
  doc: Doc;
  left: number;
  width: number;
  top: number;
  bottom: number;
  /** The open outline item of each level: [root, level 1, level 2, level 3]; a skipped level stays empty. */
  outline: Array<Outline | undefined>;
};

const atPageTop = (layout: Layout) => layout.doc.y <= layout.top + 0.5;

/** Starts a new page unless `height` still fits on this one (or this page is still empty). */
function ensureSpace(layout: Layout, height: number): void {
  if (layout.doc.y + height > layout.bottom && !atPageTop(layout)) layout.doc.addPage();
}

function setFont(doc: Doc, weight: 'regular' | 'bold', size: number, fill = color.text): Doc {
  return doc.font(font[weight]).fontSize(size).fillColor(fill);
}

function writeHeading(layout: Layout, level: 1 | 2 | 3, text: string): void {
  const { doc } = layout;
  setFont(doc, 'bold', headingSize[level]);
  const height = doc.heightOfString(text, { width: layout.width });
  ensureSpace(layout, headingSpace[level] + height + keepWithNext);
  if (!atPageTop(layout)) doc.y += headingSpace[level];
  // pdfkit's types leave out where an outline item points to; `top` makes the bookmark jump to the heading itself.
  // (pdfkit subtracts `left` from the page width, so the page width puts the view at the left edge.)
  const target = { expanded: true, top: doc.y, left: doc.page.width };
  const open = layout.outline.slice(0, level);
  const parent = open.findLast((item) => item !== undefined) ?? doc.outline;
  while (open.length < level) open.push(undefined);
  open.push(parent.addItem(text, target));
  layout.outline = open;
  doc.text(text, layout.left, doc.y, { width: layout.width });
  doc.y += 4;
}

function writeParagraph(layout: Layout, block: Extract<Block, { kind: 'paragraph' }>): void {
  const { doc } = layout;
  if (block.style === 'warning') {
    const inset = 10;
    setFont(doc, 'regular', body.size);
    const textHeight = doc.heightOfString(block.text, { width: layout.width - 2 * inset, lineGap: body.lineGap });
    const boxHeight = textHeight + 2 * 7;
    ensureSpace(layout, boxHeight + 6);
    const y = doc.y + 2;
    doc.rect(layout.left, y, layout.width, boxHeight).fill(color.warningFill);
    doc.rect(layout.left, y, 3, boxHeight).fill(color.warningBar);
    setFont(doc, 'regular', body.size);
    doc.text(block.text, layout.left + inset, y + 7, { width: layout.width - 2 * inset, lineGap: body.lineGap });
    doc.y = Math.max(doc.y, y + boxHeight) + 8;
    return;
  }
  const size = block.style === 'lead' ? 11.5 : block.style === 'note' ? 8.5 : body.size;
  setFont(doc, 'regular', size, block.style === 'note' ? color.muted : color.text);
  ensureSpace(layout, 2 * (size + body.lineGap));
  doc.text(block.text, layout.left, doc.y, { width: layout.width, lineGap: body.lineGap });
  doc.y += block.style === 'note' ? 4 : 6;
}

function writeList(layout: Layout, items: readonly string[]): void {
  const { doc } = layout;
  const indent = 14;
  setFont(doc, 'regular', body.size);
  for (const item of items) {
    ensureSpace(layout, body.size + body.lineGap + 2);
    const y = doc.y;
    doc.circle(layout.left + 4, y + body.size * 0.68, 1.8).fill(color.text);
    setFont(doc, 'regular', body.size);
    doc.text(item, layout.left + indent, y, { width: layout.width - indent, lineGap: body.lineGap });
    doc.y += 2;
  }
  doc.y += 4;
}

// --- tables ---

type Grid = {
  widths: number[];
  align: Array<'left' | 'right'>;
  header?: string[];
  rows: Array<{ cells: string[]; total: boolean }>;
  /** The first column in bold (the labels of a fields block). */
  boldFirstColumn?: boolean;
};

type RowKind = 'header' | 'body' | 'total';

function rowHeight(doc: Doc, grid: Grid, cells: string[], kind: RowKind): number {
  let height = 0;
  cells.forEach((text, i) => {
    setFont(doc, kind !== 'body' || (grid.boldFirstColumn && i === 0) ? 'bold' : 'regular', cell.size);
    const w = (grid.widths[i] ?? 0) - 2 * cell.padX;
    height = Math.max(height, doc.heightOfString(text || ' ', { width: w, lineGap: cell.lineGap }));
  });
  return height + 2 * cell.padY;
}

function drawRow(layout: Layout, grid: Grid, cells: string[], kind: RowKind, height: number): void {
  const { doc } = layout;
  const y = doc.y;
  if (kind === 'header') doc.rect(layout.left, y, layout.width, height).fill(color.headerFill);
  let x = layout.left;
  cells.forEach((text, i) => {
    const w = grid.widths[i] ?? 0;
    setFont(doc, kind !== 'body' || (grid.boldFirstColumn && i === 0) ? 'bold' : 'regular', cell.size);
    if (text) doc.text(text, x + cell.padX, y + cell.padY, { width: w - 2 * cell.padX, align: grid.align[i] ?? 'left', lineGap: cell.lineGap });
    x += w;
  });
  const strong = kind === 'header';
  doc
    .moveTo(layout.left, y + height)
    .lineTo(layout.left + layout.width, y + height)
    .lineWidth(strong ? 1 : 0.5)
    .strokeColor(strong ? color.strongRule : color.rule)
    .stroke();
  if (kind === 'total') doc.moveTo(layout.left, y).lineTo(layout.left + layout.width, y).lineWidth(1).strokeColor(color.strongRule).stroke();
  doc.y = y + height;
}

/** Draws the grid, starting a new page (and repeating the header row there) whenever the next row does not fit. */
function drawGrid(layout: Layout, grid: Grid, caption?: string): void {
  const { doc } = layout;
  const header = grid.header;
  const headerHeight = header ? rowHeight(doc, grid, header, 'header') : 0;
  const heights = grid.rows.map((row) => rowHeight(doc, grid, row.cells, row.total ? 'total' : 'body'));
  let captionHeight = 0;
  if (caption) {
    setFont(doc, 'bold', body.size);
    captionHeight = doc.heightOfString(caption, { width: layout.width }) + 4;
  }
  // The caption stays with the header row and the first two rows.
  ensureSpace(layout, captionHeight + headerHeight + (heights[0] ?? 0) + (heights[1] ?? 0));
  if (caption) {
    setFont(doc, 'bold', body.size);
    doc.text(caption, layout.left, doc.y, { width: layout.width });
    doc.y += 4;
  }
  if (header) drawRow(layout, grid, header, 'header', headerHeight);
  grid.rows.forEach((row, i) => {
    const height = heights[i] ?? 0;
    if (doc.y + height > layout.bottom) {
      doc.addPage();
      if (header) drawRow(layout, grid, header, 'header', headerHeight);
    }
    drawRow(layout, grid, row.cells, row.total ? 'total' : 'body', height);
  });
}

function writeTable(layout: Layout, table: TableBlock): void {
  const { doc } = layout;
  const grid = tableGrid(table);
  const measure = (text: string, bold: boolean) => setFont(doc, bold ? 'bold' : 'regular', cell.size).widthOfString(text);
  const widths = fitColumnWidths(grid, layout.width, measure, 2 * cell.padX + 1);
  drawGrid(layout, { widths, align: grid.numeric.map((n) => (n ? 'right' : 'left')), header: grid.labels, rows: grid.rows }, table.caption);
  doc.y += 4;
  for (const note of table.notes ?? []) {
    setFont(doc, 'regular', 8.5, color.muted);
    ensureSpace(layout, 12);
    doc.text(note, layout.left, doc.y, { width: layout.width, lineGap: 1 });
    doc.y += 2;
  }
  doc.y += 8;
}

function writeFields(layout: Layout, rows: ReadonlyArray<{ label: string; value: string }>): void {
  const { doc } = layout;
  setFont(doc, 'bold', cell.size);
  const labelWidth = Math.min(layout.width * 0.35, Math.max(...rows.map((r) => doc.widthOfString(r.label)), 40) + 2 * cell.padX + 2);
  const grid: Grid = {
    widths: [labelWidth, layout.width - labelWidth],
    align: ['left', 'left'],
    rows: rows.map((r) => ({ cells: [r.label, r.value], total: false })),
    boldFirstColumn: true,
  };
  drawGrid(layout, grid);
  doc.y += 10;
}

// --- charts ---

function writeChart(layout: Layout, block: Extract<Block, { kind: 'chart' }>): void {
  const { doc } = layout;
  const svg = barChartSvg(block.chart, { title: block.title });
  const size = svgSize(svg);
  setFont(doc, 'bold', body.size + 1);
  const titleHeight = doc.heightOfString(block.title, { width: layout.width }) + 4;
  // A chart taller than a page is scaled down to fit on one.
  const fullPage = layout.bottom - layout.top - titleHeight - 8;
  const scale = Math.min(layout.width / size.width, fullPage / size.height);
  const height = size.height * scale;
  ensureSpace(layout, titleHeight + height + 8);
  doc.y += 4;
  setFont(doc, 'bold', body.size + 1);
  doc.text(block.title, layout.left, doc.y, { width: layout.width });
  doc.y += 4;
  const y = doc.y;
  // svg-to-pdfkit draws an SVG at the size its width and height say; scaling is done here, in points per px.
  doc.save().translate(layout.left, y).scale(scale);
  SVGtoPDF(doc, svg, 0, 0, {
    assumePt: true,
    fontCallback: (_family, bold) => (bold ? font.bold : font.regular),
    warningCallback: (message) => {
      throw new Error(`Diagramm „${block.title}“: ${message}`);
    },
  });
  doc.restore();
  doc.y = y + height + 6;
  ensureSpace(layout, 2 * 12);
  setFont(doc, 'bold', 8.5, color.muted).text('Beschreibung: ', layout.left, doc.y, { width: layout.width, continued: true, lineGap: 1 });
  setFont(doc, 'regular', 8.5, color.muted).text(block.alt, { lineGap: 1 });
  doc.y += 8;
  writeTable(layout, block.data);
}

function writeFooters(doc: Doc, footer: string | undefined): void {
  const range = doc.bufferedPageRange();
  const width = doc.page.width - 2 * margin;
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const y = doc.page.height - margin + 14;
    // The footer sits in the bottom margin; without this, pdfkit would start a new page for it.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.moveTo(margin, y - 5).lineTo(margin + width, y - 5).lineWidth(0.5).strokeColor(color.rule).stroke();
    setFont(doc, 'regular', 8, color.muted);
    if (footer) doc.text(footer, margin, y, { width: width * 0.72, height: 12, ellipsis: true });
    doc.text(`Seite ${i - range.start + 1} von ${range.count}`, margin, y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}

/** The document as PDF: A4, embedded Noto Sans, outline from the headings, footer with page numbers. */
export async function renderPdf(input: DocumentModel): Promise<Uint8Array> {
  const model = cleanDocument(input);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    bufferPages: true,
    pdfVersion: '1.7',
    lang: 'de-DE',
    displayTitle: true,
    info: { Title: model.title, Author: model.author, ...(model.subtitle ? { Subject: model.subtitle } : {}), Creator: 'sozialraum' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont(font.regular, notoSansTtf('regular'));
  doc.registerFont(font.bold, notoSansTtf('bold'));

  const layout: Layout = { doc, left: margin, width: doc.page.width - 2 * margin, top: margin, bottom: doc.page.height - margin, outline: [doc.outline] };
  setFont(doc, 'bold', 20).text(model.title, layout.left, doc.y, { width: layout.width });
  if (model.subtitle) setFont(doc, 'regular', 11, color.muted).text(model.subtitle, { width: layout.width });
  doc.y += 10;

  for (const block of model.blocks) {
    switch (block.kind) {
      case 'heading':
        writeHeading(layout, block.level, block.text);
        break;
      case 'paragraph':
        writeParagraph(layout, block);
        break;
      case 'fields':
        writeFields(layout, block.rows);
        break;
      case 'list':
        writeList(layout, block.items);
        break;
      case 'table':
        writeTable(layout, block);
        break;
      case 'chart':
        writeChart(layout, block);
        break;
      case 'pageBreak':
        if (!atPageTop(layout)) doc.addPage();
        break;
      default: {
        const unknown: never = block;
        throw new Error(`Unbekannter Block: ${JSON.stringify(unknown)}`);
      }
    }
  }
  writeFooters(doc, model.footer);
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
