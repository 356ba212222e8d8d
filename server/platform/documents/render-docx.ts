import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  type IRunOptions,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { barChartSvg, escapeXml, estimateTextWidth, svgSize } from './chart-svg';
import { cleanDocument } from './clean-text';
import type { Block, DocumentModel } from './document';
import { svgToPng } from './svg-png';
import { fitColumnWidths, tableGrid, type TableBlock, type TableGrid } from './table-grid';

// Word's own building blocks, so the file stays editable: heading styles (navigation pane, table of contents),
// tables whose header row repeats on every page, the "Caption" style above tables, bullets from a numbering. The
// font is Arial: every Word has it, and LibreOffice sets it in the metric-compatible Liberation Sans.

/** A4 and 2 cm margins, in twentieths of a point. */
const page = { width: 11906, height: 16838, margin: 1134 };
const contentWidth = page.width - 2 * page.margin;
/** The same in px at 96 dpi, the unit of image sizes. */
const contentPx = { width: (contentWidth / 1440) * 96, height: ((page.height - 2 * page.margin) / 1440) * 96 };
const fontName = 'Arial';
const color = { text: '1A1A1A', muted: '4D4D4D', rule: '9A9A9A', strongRule: '333333', headerFill: 'E4EAF2', warningFill: 'FFF4CE', warningBar: '8A6D00' };
/** Sizes in half points. */
const size = { body: 20, lead: 23, note: 17, cell: 18, footer: 16 };
const cellPadding = 80;
/** The paragraph style of table cells: smaller, without the space after body paragraphs. */
const tableTextStyle = 'TableText';

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

type Body = Array<Paragraph | Table>;
type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** A text as runs, its line breaks ("\n") as Word line breaks. */
const runs = (text: string, style: RunStyle = {}): TextRun[] =>
  text.split('\n').map((line, i) => new TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) }));

const thinRule = { style: BorderStyle.SINGLE, size: 4, color: color.rule };
const strongRule = { style: BorderStyle.SINGLE, size: 8, color: color.strongRule };
const noBorder = { style: BorderStyle.NONE, size: 0, color: 'auto' };

function tableCell(text: string, options: { width: number; bold: boolean; align: 'left' | 'right'; fill?: string; topRule?: boolean; bottomRule?: boolean }): TableCell {
  // Rules and padding come from the table; a cell only sets what differs (header fill, the strong rules), since a
  // report has thousands of cells and every property is XML that docx builds, writes and Word reads.
  const borders = options.topRule || options.bottomRule ? { ...(options.topRule ? { top: strongRule } : {}), ...(options.bottomRule ? { bottom: strongRule } : {}) } : undefined;
  return new TableCell({
    width: { size: Math.round(options.width), type: WidthType.DXA },
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } } : {}),
    ...(borders ? { borders } : {}),
    children: [
      new Paragraph({
        style: tableTextStyle,
        ...(options.align === 'right' ? { alignment: AlignmentType.RIGHT } : {}),
        children: runs(text, options.bold ? { bold: true } : {}),
      }),
    ],
  });
}

/** Text width in twips, estimated for Arial/Noto Sans at the size of table cells. */
const measureTwips = (text: string, bold: boolean) => estimateTextWidth(text, size.cell / 2) * 20 * (bold ? 1.05 : 1);

function gridTable(grid: TableGrid, widths: number[], header: boolean, boldFirstColumn = false): Table {
  const align = (i: number) => (grid.numeric[i] ? 'right' : 'left');
  const rows: TableRow[] = [];
  if (header) {
    rows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: grid.labels.map((label, i) => tableCell(label, { width: widths[i] ?? 0, bold: true, align: align(i), fill: color.headerFill, bottomRule: true })),
      }),
    );
  }
  for (const row of grid.rows) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: row.cells.map((text, i) =>
          tableCell(text, { width: widths[i] ?? 0, bold: row.total || (boldFirstColumn && i === 0), align: align(i), topRule: row.total }),
        ),
      }),
    );
  }
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: widths.map((w) => Math.round(w)),
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: cellPadding, right: cellPadding },
    borders: { top: thinRule, bottom: thinRule, insideHorizontal: thinRule, left: noBorder, right: noBorder, insideVertical: noBorder },
    rows,
  });
}

function table(block: TableBlock): Body {
  const grid = tableGrid(block);
  const widths = fitColumnWidths(grid, contentWidth, measureTwips, 2 * cellPadding + 20);
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: runs(block.caption) }),
    gridTable(grid, widths, true),
    ...(block.notes ?? []).map((note) => new Paragraph({ spacing: { before: 60, after: 0 }, children: runs(note, { size: size.note, color: color.muted }) })),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

function fields(rows: ReadonlyArray<{ label: string; value: string }>): Body {
  const grid: TableGrid = { labels: ['', ''], numeric: [false, false], rows: rows.map((r) => ({ cells: [r.label, r.value], total: false })) };
  const labelWidth = Math.min(contentWidth * 0.35, Math.max(...rows.map((r) => measureTwips(r.label, true)), 800) + 2 * cellPadding + 40);
  return [gridTable(grid, [labelWidth, contentWidth - labelWidth], false, true), new Paragraph({ spacing: { before: 0, after: 120 }, children: [] })];
}

function paragraph(block: Extract<Block, { kind: 'paragraph' }>): Paragraph {
  switch (block.style) {
    case 'lead':
      return new Paragraph({ children: runs(block.text, { size: size.lead }) });
    case 'note':
      return new Paragraph({ children: runs(block.text, { size: size.note, color: color.muted }) });
    case 'warning':
      return new Paragraph({
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: color.warningFill },
        border: { left: { style: BorderStyle.SINGLE, size: 24, color: color.warningBar, space: 8 } },
        indent: { left: 200, right: 200 },
        spacing: { before: 120, after: 180 },
        children: runs(block.text),
      });
    case undefined:
      return new Paragraph({ children: runs(block.text) });
    default: {
      const unknown: never = block.style;
      throw new Error(`Unbekannter Absatzstil: ${String(unknown)}`);
    }
  }
}

function chart(block: Extract<Block, { kind: 'chart' }>): Body {
  const svg = barChartSvg(block.chart, { title: block.title, width: 640 });
  const svgPx = svgSize(svg);
  // Fit the page: at most its width, and short enough to stand on one page below its title.
  const scale = Math.min(1, contentPx.width / svgPx.width, (contentPx.height - 80) / svgPx.height);
  return [
    new Paragraph({ keepNext: true, spacing: { before: 240, after: 80 }, children: runs(block.title, { bold: true, size: size.body + 2 }) }),
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: 'svg',
          data: Buffer.from(svg, 'utf8'),
          fallback: { type: 'png', data: svgToPng(svg, 2) },
          transformation: { width: Math.round(svgPx.width * scale), height: Math.round(svgPx.height * scale) },
          altText: { name: block.title, title: block.title, description: block.alt },
        }),
      ],
    }),
    new Paragraph({
      children: [new TextRun({ text: 'Beschreibung: ', bold: true, size: size.note, color: color.muted }), ...runs(block.alt, { size: size.note, color: color.muted })],
    }),
    ...table(block.data),
  ];
}

function blockBody(block: Block): Body {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: headingLevels[block.level], children: runs(block.text) })];
    case 'paragraph':
      return [paragraph(block)];
    case 'fields':
      return fields(block.rows);
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'table':
      return table(block);
    case 'chart':
      return chart(block);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    default: {
      const unknown: never = block;
      throw new Error(`Unbekannter Block: ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * docx writes no language into the document properties (docProps/core.xml), so the file is written here in full:
 * the same fields docx writes, plus dc:language.
 */
function coreProperties(model: DocumentModel, now: Date): string {
  const date = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(model.title)}</dc:title>` +
    (model.subtitle ? `<dc:subject>${escapeXml(model.subtitle)}</dc:subject>` : '') +
    `<dc:creator>${escapeXml(model.author)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(model.author)}</cp:lastModifiedBy>` +
    '<dc:language>de-DE</dc:language>' +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The document as DOCX: Word headings, tables with repeating header rows, charts as SVG with a PNG fallback. */
export async function renderDocx(input: DocumentModel): Promise<Uint8Array> {
  const model = cleanDocument(input);
  const children: Body = [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(model.title) })];
  if (model.subtitle) children.push(new Paragraph({ spacing: { after: 240 }, children: runs(model.subtitle, { size: size.lead, color: color.muted }) }));
  for (const block of model.blocks) children.push(...blockBody(block));

  const footer = new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: color.rule, space: 4 } },
        children: [
          new TextRun({ text: model.footer ?? '', size: size.footer, color: color.muted }),
          new TextRun({ children: [new Tab(), 'Seite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES], size: size.footer, color: color.muted }),
        ],
      }),
    ],
  });

  const document = new Document({
    title: model.title,
    creator: model.author,
    lastModifiedBy: model.author,
    ...(model.subtitle ? { subject: model.subtitle } : {}),
    styles: {
      default: {
        document: { run: { font: fontName, size: size.body, color: color.text, language: { value: 'de-DE' } }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: fontName, size: 40, bold: true, color: color.text }, paragraph: { spacing: { after: 80 } } },
        heading1: { run: { font: fontName, size: 32, bold: true, color: color.text }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 0 } },
        heading2: { run: { font: fontName, size: 26, bold: true, color: color.text }, paragraph: { spacing: { before: 280, after: 100 }, keepNext: true, keepLines: true, outlineLevel: 1 } },
        heading3: { run: { font: fontName, size: 22, bold: true, color: color.text }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 2 } },
        caption: { run: { font: fontName, size: size.body, bold: true, italics: false, color: color.text }, paragraph: { spacing: { before: 120, after: 60 }, keepNext: true } },
      },
      paragraphStyles: [
        {
          id: tableTextStyle,
          name: 'Table Text',
          basedOn: 'Normal',
          quickFormat: true,
          run: { size: size.cell },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: page.margin, bottom: page.margin, left: page.margin, right: page.margin, header: 567, footer: 567 },
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
  return Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: coreProperties(model, new Date()) }]);
}
