/**
 * A document with everything a renderer has to get right, for the renderers' tests: German letters and symbols, the
 * no-break space that Intl puts before "€", typographic quotes, text that looks like markup, three heading levels, a
 * table long enough to run over a page, and a chart with two series and a hidden count.
 */
import type { Block, DocumentModel } from './document';

/** Strings each format must show exactly (up to whitespace). */
export const sampleStrings = {
  overview: 'Übersicht',
  groupSize: 'Größe der Gruppe',
  needs: 'Bedarfe äöüß',
  amount: '21.840,00\u00a0€',
  quote: '„Zitat“',
  markup: 'Eingabe <script>alert("x")</script> & Co.',
  warning: 'Achtung: Zahlen unter 5 werden nicht gezeigt.',
  chartTitle: 'Bedarfe nach Stimme und Jahr',
  chartAlt: 'Balkendiagramm: Bedarfe nach Stimme; Nord 2024 12 und 2025 9, Süd 2025 weniger als 5.',
  footer: 'Bericht zur Sozialraumorientierung 2025',
  lastTableRow: 'Projekt Nr. 40 „Spielplatz“',
  afterBreak: 'Diese Seite beginnt nach einem Seitenumbruch.',
} as const;

const euro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });

export const longTable = (rowCount: number, caption = 'Projekte und Mittel'): Extract<Block, { kind: 'table' }> => ({
  kind: 'table',
  caption,
  columns: [{ label: 'Projekt' }, { label: 'Initiative von' }, { label: 'Gebunden', numeric: true }, { label: 'Gebucht', numeric: true }],
  rows: [
    ...Array.from({ length: rowCount }, (_, i) => ({
      header: i === rowCount - 1 ? sampleStrings.lastTableRow : `Projekt Nr. ${i + 1} ${i % 7 === 0 ? 'mit einem recht langen Namen, der umbrechen muss' : ''}`.trim(),
      cells: [i % 3 === 0 ? 'Betroffene' : 'Fachkräfte', euro.format((i + 1) * 1234.5), i % 5 === 0 ? '< 5' : euro.format((i + 1) * 1000)],
    })),
    { header: 'Summe', cells: ['', sampleStrings.amount, euro.format(820_000)], total: true },
  ],
  notes: ['Gebucht: Buchungen abzüglich Stornos.'],
});

export const sampleChart = (title: string = sampleStrings.chartTitle): Extract<Block, { kind: 'chart' }> => ({
  kind: 'chart',
  title,
  alt: sampleStrings.chartAlt,
  chart: {
    series: [
      { name: '2024', pattern: 'a' },
      { name: '2025', pattern: 'b' },
    ],
    rows: [
      { label: 'Nord', values: [12, 9] },
      { label: 'Süd mit einem langen Namen des Sozialraums', values: [7, null] },
      { label: sampleStrings.groupSize, values: [1234, 880] },
    ],
    unit: 'count',
    hiddenText: '< 5',
  },
  data: {
    kind: 'table',
    caption: `Daten zu: ${title}`,
    columns: [{ label: 'Sozialraum' }, { label: '2024', numeric: true }, { label: '2025', numeric: true }],
    rows: [
      { header: 'Nord', cells: ['12', '9'] },
      { header: 'Süd mit einem langen Namen des Sozialraums', cells: ['7', '< 5'] },
      { header: sampleStrings.groupSize, cells: ['1.234', '880'] },
    ],
  },
});

export function buildSampleDocument(overrides: Partial<DocumentModel> = {}): DocumentModel {
  return {
    title: 'Bericht zur Sozialraumorientierung 2025',
    subtitle: 'Stadt Norderstedt (Demo) · erstellt am 30.11.2026',
    author: 'Jugendamt Norderstedt (Demo)',
    footer: sampleStrings.footer,
    blocks: [
      { kind: 'heading', level: 1, text: sampleStrings.overview },
      { kind: 'paragraph', text: `Die Mittel betragen ${sampleStrings.amount} je Sozialraum.`, style: 'lead' },
      {
        kind: 'fields',
        rows: [
          { label: 'Datum', value: '30.11.2026' },
          { label: 'Zuständig', value: 'Fachbereich Jugend – Sozialraumteam Nord' },
          { label: 'Zitat', value: sampleStrings.quote },
        ],
      },
      // As the committee paper writes it: `columns` label the cells only, the row header's column has none.
      {
        kind: 'table',
        caption: 'Beratungsfolge',
        columns: [{ label: 'Sitzung' }, { label: 'Rolle' }],
        rows: [{ header: 'Jugendhilfeausschuss', cells: ['12.03.2026', 'Entscheidung'] }],
      },
      { kind: 'heading', level: 2, text: sampleStrings.needs },
      { kind: 'paragraph', text: sampleStrings.markup },
      { kind: 'list', items: ['Lücke „fehlt“ geschlossen', 'Erreichbarkeit verbessert', `${sampleStrings.groupSize}: 12 Kinder`] },
      { kind: 'paragraph', text: sampleStrings.warning, style: 'warning' },
      { kind: 'heading', level: 3, text: 'Projekte im Einzelnen' },
      longTable(40),
      { kind: 'paragraph', text: 'Hinweis: Projekte ohne Buchung erscheinen mit 0,00 €.', style: 'note' },
      sampleChart(),
      { kind: 'pageBreak' },
      { kind: 'heading', level: 1, text: 'Anhang' },
      { kind: 'paragraph', text: sampleStrings.afterBreak },
    ],
    ...overrides,
  };
}

/** A document the size of a full report: `tables` tables and `charts` charts under headings. */
export function buildLargeDocument(tables = 60, charts = 15): DocumentModel {
  const blocks: Block[] = [];
  for (let i = 0; i < tables; i += 1) {
    if (i % 4 === 0) blocks.push({ kind: 'heading', level: 1, text: `Sozialraum ${i / 4 + 1}` });
    blocks.push({ kind: 'heading', level: 2, text: `Tabelle ${i + 1}` });
    blocks.push({ kind: 'paragraph', text: 'Die folgende Tabelle zeigt die Zahlen des Jahres im Vergleich zu den Vorjahren. '.repeat(2) });
    blocks.push(longTable(8 + (i % 5) * 3, `Tabelle ${i + 1}: Projekte und Mittel`));
    if (i < charts) blocks.push(sampleChart(`Diagramm ${i + 1}: Bedarfe nach Stimme`));
  }
  return buildSampleDocument({ blocks });
}
