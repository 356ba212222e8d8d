import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/document-text';
import { buildLargeDocument, buildSampleDocument, longTable, sampleStrings } from './document.fixture';
import { renderPdf } from './render-pdf';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

type TextItem = { str: string; x: number; right: number; y: number };
type OutlineNode = { title: string; items: OutlineNode[] };

/** What pdf.js (Firefox's viewer) reads from the file: the text items of each page, the outline, the metadata. */
async function readPdf(bytes: Uint8Array) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: TextItem[][] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.flatMap((item) => ('str' in item && item.str.trim() ? [{ str: item.str, x: item.transform[4] as number, right: (item.transform[4] as number) + item.width, y: item.transform[5] as number }] : [])));
  }
  const toNode = (item: { title: string; items: unknown[] }): OutlineNode => ({ title: item.title, items: (item.items as Array<{ title: string; items: unknown[] }>).map(toNode) });
  const outline = ((await document.getOutline()) ?? []).map(toNode);
  const info: Record<string, unknown> = Object.fromEntries(Object.entries((await document.getMetadata()).info));
  await document.destroy();
  return { pages, outline, info, pageText: (n: number) => normalise((pages[n - 1] ?? []).map((i) => i.str).join(' ')) };
}

describe('document as PDF', async () => {
  const bytes = await renderPdf(buildSampleDocument());
  const pdf = await readPdf(bytes);

  it('has all the text, German letters, symbols and the no-break space of "21.840,00 €" included', async () => {
    const text = await pdfText(bytes);
    for (const value of Object.values(sampleStrings)) expect(text).toContain(normalise(value));
    expect(text).toContain('Eingabe <script>alert("x")</script> & Co.');
    expect(text).toContain('Beschreibung: Balkendiagramm');
    // Every font is embedded Noto Sans: no standard font, which could not show "„" or the narrow no-break space.
    expect(Buffer.from(bytes).toString('latin1')).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });

  it('runs over pages, each with the footer and "Seite X von Y", the table header repeated', () => {
    const count = pdf.pages.length;
    expect(count).toBeGreaterThan(2);
    for (let n = 1; n <= count; n += 1) {
      expect(pdf.pageText(n)).toContain(`Seite ${n} von ${count}`);
      expect(pdf.pageText(n)).toContain(sampleStrings.footer);
    }
    // The 40-row table starts on page 1 and ends on page 2, where its header row comes first again.
    expect(pdf.pageText(1)).toContain('Projekt Initiative von Gebunden Gebucht Projekt Nr. 1 ');
    expect(pdf.pageText(2).startsWith('Projekt Initiative von Gebunden Gebucht Projekt Nr.')).toBe(true);
    expect(pdf.pageText(2)).toContain(`${sampleStrings.lastTableRow} Betroffene 49.380,00 € 40.000,00 € Summe 21.840,00 € 820.000,00 €`);
    // The page break: "Anhang" opens the last page.
    expect(pdf.pageText(count).startsWith(`Anhang ${sampleStrings.afterBreak}`)).toBe(true);
  });

  it('right-aligns the numeric columns', () => {
    const amounts = pdf.pages.slice(0, 2).flat().filter((item) => /^[\d.]+,\d\d\s€$/.test(item.str) && item.x > 300);
    expect(amounts.length).toBeGreaterThan(70);
    const rightEdges = [...new Set(amounts.map((item) => Math.round(item.right)))];
    // Two numeric columns; a rounding step may split an edge into neighbours.
    const columns = rightEdges.sort((a, b) => a - b).filter((edge, i, all) => i === 0 || edge - (all[i - 1] ?? 0) > 2);
    expect(columns).toHaveLength(2);
  });

  it('has the headings as outline, nested by level, and its metadata', () => {
    expect(pdf.outline).toEqual([
      { title: 'Übersicht', items: [{ title: 'Bedarfe äöüß', items: [{ title: 'Projekte im Einzelnen', items: [] }] }] },
      { title: 'Anhang', items: [] },
    ]);
    expect(pdf.info.Title).toBe('Bericht zur Sozialraumorientierung 2025');
    expect(pdf.info.Author).toBe('Jugendamt Norderstedt (Demo)');
    expect(pdf.info.Language).toBe('de-DE');
    expect(Buffer.from(bytes).toString('latin1')).toContain('/DisplayDocTitle true');
  });

  it('puts the chart (drawn, with its text) before its description and data table', () => {
    const text = normalise(pdf.pages.flat().map((i) => i.str).join(' '));
    const chart = text.indexOf(`${sampleStrings.chartTitle} 2024 2025`);
    expect(chart).toBeGreaterThan(0);
    // Axis labels and the hidden count are text of the drawn SVG.
    expect(text.slice(chart)).toMatch(/^Bedarfe nach Stimme und Jahr 2024 2025 0 250 500 750 1\.000 1\.250 Nord Süd mit einem langen Namen des Sozialraums < 5 Größe der Gruppe Beschreibung: /);
    expect(text.indexOf('Daten zu: Bedarfe nach Stimme und Jahr Sozialraum 2024 2025 Nord 12 9')).toBeGreaterThan(chart);
  });

  it('prints pasted control characters as line breaks or not at all, and fits a chart taller than a page on one', async () => {
    const rows = Array.from({ length: 45 }, (_, i) => ({ label: `Zeile ${i + 1}`, values: [i * 100, null] }));
    const file = await renderPdf(
      buildSampleDocument({
        blocks: [
          { kind: 'paragraph', text: 'Erste Zeile\u000bzweite\u0001 Zeile\tmit Tab' },
          { kind: 'chart', title: 'Lang', alt: 'Viele Zeilen', chart: { series: [{ name: 'a', pattern: 'a' }, { name: 'b', pattern: 'b' }], rows, unit: 'euro-cents', hiddenText: '< 5' }, data: longTable(2) },
        ],
      }),
    );
    const { pages } = await readPdf(file);
    const first = pages[0]?.map((item) => item.str) ?? [];
    expect(first).toContain('Erste Zeile');
    expect(first).toContain('zweite Zeile mit Tab');
    const chartPage = pages.find((page) => page.some((item) => item.str === 'Zeile 1')) ?? [];
    expect(chartPage.some((item) => item.str === 'Zeile 45')).toBe(true);
    // Nothing of the chart reaches into the bottom margin (2 cm = 56.7 pt), where only the footer stands.
    const chartItems = chartPage.filter((item) => !item.str.startsWith('Seite') && item.str !== sampleStrings.footer);
    expect(Math.min(...chartItems.map((item) => item.y))).toBeGreaterThan(56.7);
  });

  it('renders a document of report size (60 tables, 15 charts) quickly', async () => {
    const large = buildLargeDocument(60, 15);
    const started = performance.now();
    const file = await renderPdf(large);
    const elapsed = performance.now() - started;
    const { pages, outline } = await readPdf(file);
    expect(pages.length).toBeGreaterThan(30);
    expect(outline).toHaveLength(15);
    // Measured at 0.3–0.8 s; the bound leaves room for a busy CI machine and still catches a slow path (a font
    // read as WOFF took seconds).
    expect(elapsed).toBeLessThan(4000);
  });
});
