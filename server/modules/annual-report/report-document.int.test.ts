import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnualReport, ReportSection } from '../../../common/api/annual-report';
import { formatEuro } from '../../../common/budget-terms';
import { helpTypeLabels } from '../../../common/meeting-terms';
import { ageBandLabels, gapKindLabels, needSourceLabels, voiceLabels } from '../../../common/need-terms';
import type { Block, DocumentModel } from '../../platform/documents/document';
import { createTestWorld, seedDemoCity, type TestWorld } from '../../test/test-app';
import { reportDocument } from './report-document';

type Cell = number | { suppressed: true };
type Table = Extract<Block, { kind: 'table' }>;

const integer = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const isHidden = (value: unknown): value is { suppressed: true } => typeof value === 'object' && value !== null && (value as { suppressed?: unknown }).suppressed === true;

/** Every hidden cell of the JSON by its path (`spaces.0.needs.byVoice.affected`). */
function hiddenPaths(value: unknown, at: string, out: string[] = []): string[] {
  if (isHidden(value)) out.push(at);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) hiddenPaths(v, at ? `${at}.${k}` : k, out);
  return out;
}

/** Where a figure of the JSON stands in the document: the table (by caption), the row (by header) and the column. */
type Place = { caption: string; row: string; column: string; path: string; value: Cell };

/**
 * The counted cells the web page shows in its tables, written down from the JSON: the overview, the needs by voice
 * chart, and for each part shown (the office unless a space is chosen, and every space) its needs and cases.
 */
function placesOf(report: AnnualReport): Place[] {
  const places: Place[] = [];
  const overviewCaption = `Überblick ${report.year}: die Sozialräume im Vergleich`;
  const overviewRow = (s: ReportSection, name: string, path: string) =>
    places.push(
      { caption: overviewCaption, row: name, column: 'Bedarfe', path: `${path}.needs.total`, value: s.needs.total },
      { caption: overviewCaption, row: name, column: 'Fälle', path: `${path}.consultations.cases`, value: s.consultations.cases },
    );
  report.spaces.forEach((s, i) => overviewRow(s, s.name, `spaces.${i}`));
  if (!report.space) overviewRow(report.overview, 'Alle Sozialräume', 'overview');
  const voiceCaption = 'Daten zum Diagramm: Bedarfe nach Stimme je Sozialraum';
  report.spaces.forEach((s, i) => {
    places.push(
      { caption: voiceCaption, row: s.name, column: 'von Betroffenen', path: `spaces.${i}.needs.byVoice.affected`, value: s.needs.byVoice['affected'] ?? 0 },
      { caption: voiceCaption, row: s.name, column: 'fachlich', path: `spaces.${i}.needs.byVoice.professional`, value: s.needs.byVoice['professional'] ?? 0 },
    );
  });
  const parts = [...(report.space ? [] : [{ s: report.overview as ReportSection, where: 'im ganzen Jugendamt', path: 'overview' }]), ...report.spaces.map((s, i) => ({ s, where: `in ${s.name}`, path: `spaces.${i}` }))];
  for (const { s, where, path } of parts) {
    const n = s.needs;
    const one = (caption: string, row: string, sub: string, value: Cell) => places.push({ caption: `${caption} ${where}`, row, column: 'Bedarfe', path: `${path}.needs.${sub}`, value });
    for (const [k, v] of Object.entries(n.byVoice)) one('Bedarfe nach Stimme', voiceLabels[k as keyof typeof voiceLabels], `byVoice.${k}`, v);
    one('Bedarfe nach Stimme', 'Alle Bedarfe', 'total', n.total);
    for (const [k, v] of Object.entries(n.bySource)) one('Bedarfe nach Quelle', needSourceLabels[k as keyof typeof needSourceLabels], `bySource.${k}`, v);
    n.byTopic.forEach((t, i) => one('Bedarfe nach Thema', t.name, `byTopic.${i}.needs`, t.needs));
    one('Bedarfe nach Thema', 'ohne Thema', 'withoutTopic', n.withoutTopic);
    for (const [k, v] of Object.entries(n.byAgeBand)) one('Bedarfe nach Altersgruppe', ageBandLabels[k as keyof typeof ageBandLabels], `byAgeBand.${k}`, v);
    one('Bedarfe nach Altersgruppe', 'ohne Altersgruppe', 'withoutAgeBand', n.withoutAgeBand);
    for (const [column, key] of [['eröffnet', 'gapsOpened'], ['geschlossen', 'gapsClosed']] as const) {
      for (const [k, v] of Object.entries(n[key])) {
        places.push({ caption: `Lücken ${where}: eröffnet und geschlossen`, row: k === 'total' ? 'Alle Lücken' : gapKindLabels[k as keyof typeof gapKindLabels], column, path: `${path}.needs.${key}.${k}`, value: v });
      }
    }
    const c = s.consultations;
    const cases = `Fälle nach der Hilfe, die sich ergab, ${where}`;
    for (const [k, v] of Object.entries(c.casesByHelpType)) places.push({ caption: cases, row: helpTypeLabels[k as keyof typeof helpTypeLabels], column: 'Fälle', path: `${path}.consultations.casesByHelpType.${k}`, value: v });
    places.push({ caption: cases, row: 'Alle Fälle', column: 'Fälle', path: `${path}.consultations.cases`, value: c.cases });
  }
  return places;
}

const tablesOf = (blocks: readonly Block[]): Table[] => blocks.flatMap((b) => (b.kind === 'table' ? [b] : b.kind === 'chart' ? [b.data] : []));

function cellAt(doc: DocumentModel, place: Place): string | undefined {
  const table = tablesOf(doc.blocks).find((t) => t.caption === place.caption);
  const column = table?.columns.findIndex((c) => c.label === place.column) ?? -1;
  const rows = table?.rows.filter((r) => r.header === place.row) ?? [];
  expect(rows, `${place.caption} / ${place.row}`).toHaveLength(1);
  expect(column, `${place.caption} / ${place.column}`).toBeGreaterThan(0);
  return rows[0]?.cells[column - 1];
}

/** The blocks under each level-2 heading. */
function partsOf(doc: DocumentModel): Map<string, Block[]> {
  const parts = new Map<string, Block[]>();
  let current: Block[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'heading' && block.level === 2) parts.set(block.text, (current = []));
    else current.push(block);
  }
  return parts;
}

/** Every string a renderer will print. */
function allText(doc: DocumentModel): string[] {
  const table = (t: Table) => [t.caption, ...t.columns.map((c) => c.label), ...t.rows.flatMap((r) => [r.header, ...r.cells]), ...(t.notes ?? [])];
  return [
    doc.title,
    doc.subtitle ?? '',
    doc.author,
    doc.footer ?? '',
    ...doc.blocks.flatMap((b): string[] => {
      switch (b.kind) {
        case 'heading':
        case 'paragraph':
          return [b.text];
        case 'fields':
          return b.rows.flatMap((r) => [r.label, r.value]);
        case 'list':
          return [...b.items];
        case 'table':
          return table(b);
        case 'chart':
          return [b.title, b.alt, ...b.chart.series.map((s) => s.name), ...b.chart.rows.flatMap((r) => [r.label, ...r.values.map(String)]), ...table(b.data)];
        case 'pageBreak':
          return [];
      }
    }),
  ];
}

// The demo city's report of last year as a document: the figures, hidden cells and notes of the web page, with the
// budget of 21.840,00 € in every space.
describe('demo: the annual report as a format-neutral document', () => {
  let world: TestWorld;
  const year = new Date().getFullYear() - 1;
  let office: AnnualReport;
  let space: AnnualReport;

  const fetchReport = async (query = '') => {
    const response = await world.request({ method: 'GET', url: `/api/annual-report/${year}${query}`, as: 'committee' });
    expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
    return response.json() as AnnualReport;
  };

  beforeAll(async () => {
    world = await createTestWorld();
    await seedDemoCity(world, { currentYear: year + 1 });
    office = await fetchReport();
    // The space with the most hidden cells, so that its own report has "< 5" to show.
    const ranked = [...office.spaces].sort((a, b) => hiddenPaths(b, '').length - hiddenPaths(a, '').length);
    space = await fetchReport(`?spaceId=${ranked[0]?.spaceId ?? ''}`);
  }, 180_000);
  afterAll(() => world.close());

  const both = () => [
    { name: 'office', report: office },
    { name: 'space', report: space },
  ];

  it('shows every cell of the page as the JSON has it, "< 5" for each hidden one and nowhere else', () => {
    for (const { name, report } of both()) {
      const doc = reportDocument(report);
      const t = report.suppressionThreshold;
      const places = placesOf(report);
      for (const place of places) expect(cellAt(doc, place), `${name}: ${place.path}`).toBe(isHidden(place.value) ? `< ${t}` : integer.format(place.value));

      // Every hidden cell of the JSON is in the document; in a space's report the overview is that space.
      const placed = new Set(places.map((p) => p.path));
      const hidden = hiddenPaths(report, '').filter((p) => p.startsWith('overview.') || p.startsWith('spaces.'));
      expect(hidden.length, `${name}: the demo has hidden cells`).toBeGreaterThan(0);
      const inSentences = /\.(needs\.pendingReviewAtYearEnd|consultations\.lowThresholdOfferFound)$/;
      for (const path of hidden) {
        const own = report.space ? path.replace(/^overview\./, 'spaces.0.') : path;
        if (!inSentences.test(own)) expect(placed.has(own), `${name}: ${path} is in a table`).toBe(true);
      }

      const shownHidden = places.filter((p) => isHidden(p.value)).length;
      const documentHidden = tablesOf(doc.blocks).flatMap((x) => x.rows.flatMap((r) => r.cells)).filter((c) => c === `< ${t}`).length;
      expect(documentHidden, name).toBe(shownHidden);
    }
  });

  it('puts the hidden counts of the sentences as "< 5" into the sentences', () => {
    for (const { name, report } of both()) {
      const doc = reportDocument(report);
      const t = report.suppressionThreshold;
      const parts = partsOf(doc);
      const text = (c: Cell) => (isHidden(c) ? `< ${t}` : integer.format(c));
      const scopes = [...(report.space ? [] : [{ heading: 'Alle Sozialräume zusammen', s: report.overview as ReportSection }]), ...report.spaces.map((s) => ({ heading: `Sozialraum ${s.name}`, s }))];
      for (const { heading, s } of scopes) {
        const sentences = (parts.get(heading) ?? []).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
        expect(sentences, `${name}: ${heading}`).toContain(`Am Jahresende noch ungeprüfte Einträge aus dem Online-Formular: ${text(s.needs.pendingReviewAtYearEnd)}.`);
        expect(sentences.some((x) => x.includes(`Kollegiale Beratungen mit ${text(s.consultations.cases)} besprochenen Fällen`) && x.includes(`Für ${text(s.consultations.lowThresholdOfferFound)} Fälle`)), `${name}: ${heading}`).toBe(true);
        // The note that explains "< 5" stands in every part that hides a cell.
        const hidesHere = hiddenPaths(s.needs, '').length + hiddenPaths(s.consultations, '').length > 0;
        const noted = (parts.get(heading) ?? []).some((b) => (b.kind === 'paragraph' && b.style === 'note' && b.text.startsWith(`„< ${t}“`)) || (b.kind === 'table' && (b.notes ?? []).some((n) => n.startsWith(`„< ${t}“`))));
        expect(noted, `${name}: ${heading} explains "< ${t}"`).toBe(hidesHere);
      }
    }
  });

  it('shows 21.840,00 € planned in every space, and a heading for every space', () => {
    expect(formatEuro(2_184_000)).toBe('21.840,00 €');
    for (const { name, report } of both()) {
      const doc = reportDocument(report);
      const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level} ${b.text}`] : []));
      expect(report.spaces.length, name).toBeGreaterThan(0);
      for (const s of report.spaces) {
        expect(headings, name).toContain(`2 Sozialraum ${s.name}`);
        const budget = tablesOf(doc.blocks).find((x) => x.caption === `Budget je Haushaltslinie in ${s.name}`);
        expect(budget?.columns.map((c) => c.label), `${name}: ${s.name}`).toEqual(['Haushaltslinie', 'Plan', 'Gebunden', 'Gebucht', 'Verfügbar']);
        expect(budget?.rows.at(-1), `${name}: ${s.name}`).toMatchObject({ header: 'Summe', total: true, cells: ['21.840,00 €', formatEuro(s.budget.totals.committedCents), formatEuro(s.budget.totals.bookedCents), formatEuro(s.budget.totals.remainingCents)] });
      }
    }
    const doc = reportDocument(office);
    // The office's report starts every one of its spaces on a new page.
    doc.blocks.forEach((b, i) => {
      if (b.kind === 'heading' && b.level === 2 && b.text.startsWith('Sozialraum ')) expect(doc.blocks[i - 1]?.kind, b.text).toBe('pageBreak');
    });
    expect(doc.title).toBe(`Bericht zur Sozialraumorientierung ${year}`);
    expect(reportDocument(space).title).toBe(`Bericht zur Sozialraumorientierung ${year} – ${space.space?.name ?? '?'}`);
  });

  it('ends with the appendix, which lists every entry of the JSON', () => {
    for (const { name, report } of both()) {
      const doc = reportDocument(report);
      const last = [...partsOf(doc).keys()].at(-1);
      expect(last, name).toBe('Anhang: Wie gezählt wurde');
      const appendix = partsOf(doc).get('Anhang: Wie gezählt wurde')?.find((b): b is Table => b.kind === 'table');
      expect(report.appendix.length, name).toBeGreaterThan(5);
      expect(appendix?.rows.map((r) => [r.header, ...r.cells]), name).toEqual(report.appendix.map((a) => [a.table, a.counted, a.filters]));
    }
  });

  it('gives every chart its alt text and a data table with a row per bar group', () => {
    for (const { name, report } of both()) {
      const charts = reportDocument(report).blocks.filter((b) => b.kind === 'chart');
      // The needs by voice, and the budget over the years for the office (if shown) and every space.
      expect(charts.length, name).toBe(1 + report.spaces.length + (report.space ? 0 : 1));
      for (const chart of charts) {
        expect(chart.alt.trim().length, `${name}: ${chart.title}`).toBeGreaterThan(chart.title.length);
        expect(chart.data.rows.map((r) => r.header), `${name}: ${chart.title}`).toEqual(chart.chart.rows.map((r) => r.label));
        expect(chart.chart.rows.length, `${name}: ${chart.title}`).toBeGreaterThan(0);
        for (const row of chart.chart.rows) expect(row.values).toHaveLength(chart.chart.series.length);
      }
      // A hidden count has no bar: its value is null, and the table says "< 5".
      const voice = charts.find((c) => c.title === 'Bedarfe nach Stimme je Sozialraum');
      const hiddenVoices = report.spaces.flatMap((s) => [s.needs.byVoice['affected'], s.needs.byVoice['professional']]).filter(isHidden).length;
      expect(voice?.chart.rows.flatMap((r) => r.values).filter((v) => v === null).length, name).toBe(hiddenVoices);
    }
  });

  it('prints the texts of the staff and the stories of the projects, and no "NaN", "undefined" or "[object"', () => {
    for (const { name, report } of both()) {
      const doc = reportDocument(report);
      for (const text of allText(doc)) expect(text, name).not.toMatch(/NaN|undefined|\[object/);
      const paragraphs = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
      for (const s of report.spaces) {
        for (const story of s.projects.stories) {
          if (story.successes.trim()) expect(paragraphs, `${name}: ${story.title}`).toContain(story.successes.replace(/\s+/g, ' ').trim());
          if (story.difficulties.trim()) expect(paragraphs, `${name}: ${story.title}`).toContain(story.difficulties.replace(/\s+/g, ' ').trim());
        }
        for (const stopped of s.projects.stoppedProjects) {
          const table = tablesOf(doc.blocks).find((x) => x.caption === `Eingestellte Projekte in ${s.name}`);
          expect(table?.rows.some((r) => r.header === stopped.title && r.cells.includes(stopped.reason.replace(/\s+/g, ' ').trim())), `${name}: ${stopped.title}`).toBe(true);
        }
      }
    }
    const paragraphs = reportDocument(office).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    const written = office.texts.filter((t) => t.text.trim());
    expect(written.length).toBe(4);
    for (const t of written) for (const para of t.text.split(/\n{2,}/)) expect(paragraphs).toContain(para.replace(/\s+/g, ' ').trim());
    expect(office.spaces.some((s) => s.projects.stories.length > 0)).toBe(true);
  });
});
