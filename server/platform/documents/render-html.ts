import { barChartSvg } from './chart-svg';
import { cleanDocument } from './clean-text';
import type { Block, DocumentModel } from './document';
import { tableGrid, type TableBlock } from './table-grid';

// A standalone page: one file that opens offline and prints well, so it loads nothing — no stylesheet, font,
// script or image from anywhere. Charts are inline SVG, each followed by its data as a real table.

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const css = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans", Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 1rem; line-height: 1.5; color: #1a1a1a; background: #fff; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1, h2, h3, h4 { line-height: 1.25; margin: 1.6em 0 0.5em; }
.title { font-size: 2em; margin-top: 0; }
.subtitle { color: #4d4d4d; margin-top: 0; }
.lead { font-size: 1.15em; }
.note { font-size: 0.875em; color: #4d4d4d; }
.warning { background: #fff4ce; border-left: 0.3rem solid #8a6d00; padding: 0.6rem 0.9rem; }
.table-wrap { overflow-x: auto; margin: 0.5rem 0 1.5rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
caption { text-align: left; font-weight: bold; padding: 0 0 0.4rem; }
p, li, dd, th, td, caption, figcaption { white-space: pre-line; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid #9a9a9a; }
thead th { background: #e4eaf2; border-bottom: 2px solid #333; }
tbody th { font-weight: normal; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.total th, tr.total td { font-weight: bold; border-top: 2px solid #333; }
.table-notes { margin: 0.3rem 0 0; }
dl.fields { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; margin: 0.5rem 0 1.5rem; border-top: 1px solid #9a9a9a; }
dl.fields dt, dl.fields dd { margin: 0; padding: 0.3rem 0.5rem; border-bottom: 1px solid #9a9a9a; }
dl.fields dt { font-weight: bold; }
figure.chart { margin: 1.5rem 0 0.5rem; }
figure.chart figcaption { font-weight: bold; margin-bottom: 0.4rem; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
.chart-description { font-size: 0.875em; color: #4d4d4d; }
.page-break { border: 0; margin: 2rem 0; border-top: 1px dashed #9a9a9a; }
footer.document-footer { margin-top: 3rem; font-size: 0.875em; color: #4d4d4d; border-top: 1px solid #9a9a9a; padding-top: 0.5rem; }
@page { size: A4; margin: 2cm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h1, h2, h3, h4, caption, figcaption { break-after: avoid; page-break-after: avoid; }
  h1, h2, h3, h4 { break-inside: avoid; page-break-inside: avoid; }
  tr, figure.chart, .warning, dl.fields dt, dl.fields dd { break-inside: avoid; page-break-inside: avoid; }
  dl.fields dt { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  thead th, .warning { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .table-wrap { overflow: visible; }
  .page-break { border: 0; margin: 0; break-after: page; page-break-after: always; }
  footer.document-footer { display: none; }
}
`;

function table(block: TableBlock): string {
  const grid = tableGrid(block);
  const cellClass = (i: number) => (grid.numeric[i] ? ' class="num"' : '');
  const head = grid.labels
    .map((label, i) => (i === 0 && label === '' ? '<td></td>' : `<th scope="col"${cellClass(i)}>${escapeHtml(label)}</th>`))
    .join('');
  const rows = grid.rows
    .map((row) => {
      const cells = row.cells.map((text, i) => (i === 0 ? `<th scope="row">${escapeHtml(text)}</th>` : `<td${cellClass(i)}>${escapeHtml(text)}</td>`));
      return `<tr${row.total ? ' class="total"' : ''}>${cells.join('')}</tr>`;
    })
    .join('\n');
  const notes = (block.notes ?? []).map((note) => `<p class="note table-notes">${escapeHtml(note)}</p>`).join('\n');
  // A wide table scrolls inside its own box on a narrow screen; keyboard users reach that box by Tab.
  return `<div class="table-wrap" tabindex="0" role="region" aria-label="${escapeHtml(block.caption)}"><table>\n<caption>${escapeHtml(block.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>${notes ? `\n${notes}` : ''}</div>`;
}

function chart(block: Extract<Block, { kind: 'chart' }>, index: number): string {
  // The SVG's own <title> stays; aria-label on the element is what assistive technology announces.
  const svg = barChartSvg(block.chart, { title: block.title }).replace(
    /^<svg /,
    `<svg role="img" aria-label="${escapeHtml(block.alt)}" aria-describedby="chart-${index}-description" focusable="false" `,
  );
  return (
    `<figure class="chart">\n<figcaption>${escapeHtml(block.title)}</figcaption>\n${svg}\n` +
    `<p class="chart-description" id="chart-${index}-description"><strong>Beschreibung:</strong> ${escapeHtml(block.alt)}</p>\n</figure>\n` +
    table(block.data)
  );
}

function block(item: Block, index: number): string {
  switch (item.kind) {
    case 'heading':
      // The document title is the page's only h1; the model's headings follow one level below.
      return `<h${item.level + 1}>${escapeHtml(item.text)}</h${item.level + 1}>`;
    case 'paragraph':
      return `<p${item.style ? ` class="${item.style}"` : ''}${item.style === 'warning' ? ' role="note"' : ''}>${escapeHtml(item.text)}</p>`;
    case 'fields':
      return `<dl class="fields">\n${item.rows.map((r) => `<dt>${escapeHtml(r.label)}</dt><dd>${escapeHtml(r.value)}</dd>`).join('\n')}\n</dl>`;
    case 'list':
      return `<ul>\n${item.items.map((text) => `<li>${escapeHtml(text)}</li>`).join('\n')}\n</ul>`;
    case 'table':
      return table(item);
    case 'chart':
      return chart(item, index);
    case 'pageBreak':
      return '<hr class="page-break">';
    default: {
      const unknown: never = item;
      throw new Error(`Unbekannter Block: ${JSON.stringify(unknown)}`);
    }
  }
}

/** The document as one standalone HTML5 page with print styles; every text is escaped. */
export function renderHtml(model: DocumentModel): string {
  const doc = cleanDocument(model);
  return [
    '<!DOCTYPE html>',
    '<html lang="de">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<meta name="author" content="${escapeHtml(doc.author)}">`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1 class="title">${escapeHtml(doc.title)}</h1>`,
    ...(doc.subtitle ? [`<p class="subtitle">${escapeHtml(doc.subtitle)}</p>`] : []),
    ...doc.blocks.map(block),
    '</main>',
    ...(doc.footer ? [`<footer class="document-footer"><p>${escapeHtml(doc.footer)}</p></footer>`] : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
