import { describe, expect, it } from 'vitest';
import type { AnnualReport, ReportSection } from '../../../common/api/annual-report';
import type { Block, DocumentModel } from '../../platform/documents/document';
import { reportDocument } from './report-document';

const hidden = { suppressed: true } as const;
const projectCounts = { new: 0, started: 0, running: 0, completed: 0, stopped: 0, ofYear: 0 };

/** A scope with no budget, one hidden voice (and its hidden partner), and nothing else going on. */
function section(): ReportSection {
  return {
    budget: {
      lines: [],
      totals: { plannedCents: 0, carriedInCents: 0, committedCents: 0, bookedCents: 0, remainingCents: 0 },
      spaceCount: 1,
      previousYears: [],
      bookingCount: 0,
      reversalCount: 0,
      commitmentsMade: {},
    },
    projects: {
      counts: projectCounts,
      byInitiator: { affected: { ...projectCounts, ofYear: 2, running: 1, completed: 1 } },
      stoppedProjects: [],
      reached: { total: 1234, byAgeBand: {} },
      stories: [],
      withNeeds: 1,
      withoutAffectedVoice: 0,
    },
    needs: {
      total: 15,
      byVoice: { affected: hidden, professional: hidden },
      bySource: { meeting: 15 },
      byTopic: [],
      withoutTopic: 15,
      byAgeBand: {},
      withoutAgeBand: 15,
      gapsOpened: { total: 0 },
      gapsClosed: { total: 0 },
      pendingReviewAtYearEnd: 0,
    },
    offers: { counts: { added: 0, verified: 0, active: 0, stale: 0 }, byTopic: [], asOf: '2025-12-31', staleAfterMonths: 12 },
    meetings: { held: 0, cancelled: 0, organizationsAttending: 0, people: 0, agendaItems: 0, decisionsByKind: {}, tasksDone: 0, tasksOpen: 0, projectDraftsStarted: 0 },
    consultations: { held: 2, cases: hidden, casesByHelpType: {}, lowThresholdOfferFound: hidden, roles: [], complete: 0 },
    network: { manyShoulders: null, spacesWithWarning: [], organizations: 3, ties: 1, newTies: 0, density: 0.3333, isolated: 1, missingTypes: [] },
  };
}

const spaceId = '6f1c2a8e-3b7d-4c1e-9a2f-0d5e8b7c6a41';

function minimalReport(): AnnualReport {
  return {
    title: 'Bericht zur Sozialraumorientierung 2025',
    year: 2025,
    from: '2025-01-01',
    to: '2025-12-31',
    generatedAt: '2026-01-15T09:30:00.000Z',
    officeName: 'Jugendamt Testhausen',
    space: { id: spaceId, name: 'Nord', code: 'N' },
    suppressionThreshold: 5,
    overview: section(),
    spaces: [{ ...section(), spaceId, name: 'Nord', code: 'N' }],
    texts: [
      { key: 'summary', title: 'Zusammenfassung', version: 3, text: 'Erster Absatz über das Jahr.\n\nZweiter Absatz\nmit Zeilenumbruch.', writtenByName: 'Leitung', writtenAt: '2026-01-10T13:05:00.000Z' },
      { key: 'outlook', title: 'Ausblick', version: 1, text: '', writtenByName: null, writtenAt: '2026-01-10T13:05:00.000Z' },
    ],
    appendix: [{ table: 'Bedarfe nach Stimme', counted: 'angenommene Bedarfe', filters: 'Datum im Jahr' }],
  };
}

const tables = (doc: DocumentModel) => doc.blocks.flatMap((b) => (b.kind === 'table' ? [b] : b.kind === 'chart' ? [b.data] : []));
const tableOf = (doc: DocumentModel, caption: string) => {
  const found = tables(doc).find((t) => t.caption === caption);
  if (!found) throw new Error(`no table "${caption}"`);
  return found;
};
const texts = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? [b.text] : []));

describe('reportDocument: the yearly report as a format-neutral document', () => {
  const doc = reportDocument(minimalReport(), { generatedOn: '2026-01-15' });

  it('titles the document with the space, and names office and day in the subtitle', () => {
    expect(doc.title).toBe('Bericht zur Sozialraumorientierung 2025 – Nord');
    expect(doc.footer).toBe(doc.title);
    expect(doc.author).toBe('Jugendamt Testhausen');
    expect(doc.subtitle).toBe('Jugendamt Testhausen · erstellt am 15.01.2026');
    // Without a day given, the office's day of generatedAt (00:30 in Berlin is still the 1st, UTC says the 31st).
    expect(reportDocument({ ...minimalReport(), generatedAt: '2025-12-31T23:30:00.000Z' }).subtitle).toBe('Jugendamt Testhausen · erstellt am 01.01.2026');
  });

  it('writes "< 5" for every hidden cell, never a number, and adds the note', () => {
    const voice = tableOf(doc, 'Bedarfe nach Stimme in Nord');
    expect(voice.columns).toEqual([{ label: 'Stimme' }, { label: 'Bedarfe', numeric: true }]);
    expect(voice.rows).toEqual([
      { header: 'von Betroffenen genannt', cells: ['< 5'] },
      { header: 'fachliche Einschätzung', cells: ['< 5'] },
      { header: 'Alle Bedarfe', cells: ['15'], total: true },
    ]);
    expect(tableOf(doc, 'Fälle nach der Hilfe, die sich ergab, in Nord').rows).toEqual([{ header: 'Alle Fälle', cells: ['< 5'], total: true }]);
    expect(tableOf(doc, 'Überblick 2025: die Sozialräume im Vergleich').rows).toEqual([{ header: 'Nord', cells: ['0,00 €', '0,00 €', '0', '15', '0', '0', '2', '< 5'] }]);
    const all = texts(doc.blocks);
    expect(all).toContain('2 Kollegiale Beratungen mit < 5 besprochenen Fällen; 0 davon mit allen geforderten Rollen. Für < 5 Fälle wurde ein niedrigschwelliges Angebot gefunden.');
    expect(all).toContain('„< 5“: eine kleine Anzahl, oder eine Zelle, aus der sich eine kleine Anzahl zurückrechnen ließe – zum Schutz der Familien nicht veröffentlicht.');
    expect(tableOf(doc, 'Überblick 2025: die Sozialräume im Vergleich').notes).toHaveLength(1);
  });

  it('draws a hidden count as no bar, with the page\'s sentence as alt', () => {
    const chart = doc.blocks.find((b) => b.kind === 'chart' && b.title === 'Bedarfe nach Stimme je Sozialraum');
    expect(chart).toMatchObject({
      alt: 'Balkendiagramm. Bedarfe nach Stimme je Sozialraum. Angenommene Bedarfe des Jahres, von Betroffenen genannt und fachlich eingeschätzt, in 1 Sozialraum. Kleine Anzahlen erscheinen als „< 5“ ohne Balken.',
      chart: { unit: 'count', hiddenText: '< 5', rows: [{ label: 'Nord', values: [null, null] }] },
      data: { caption: 'Daten zum Diagramm: Bedarfe nach Stimme je Sozialraum', rows: [{ header: 'Nord', cells: ['< 5', '< 5'] }] },
    });
  });

  it('says so when there is no budget, and draws no empty chart', () => {
    const all = texts(doc.blocks);
    expect(all).toContain('Für dieses Jahr ist kein Haushalt angelegt.');
    expect(all).toContain('Budget im Vergleich der Vorjahre: Nord. Für diese Jahre gibt es keine Haushaltszahlen.');
    expect(tables(doc).some((t) => t.caption.startsWith('Budget je Haushaltslinie'))).toBe(false);
    expect(doc.blocks.filter((b) => b.kind === 'chart')).toHaveLength(1);
  });

  it('gives a text block its paragraphs and leaves an empty block out', () => {
    const at = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Zusammenfassung');
    expect(doc.blocks[at - 1]).toEqual({ kind: 'heading', level: 2, text: 'Zusammenfassung, Erfolge, Schwierigkeiten und Ausblick' });
    expect(doc.blocks.slice(at + 1, at + 4)).toEqual([
      { kind: 'paragraph', text: 'Erster Absatz über das Jahr.' },
      { kind: 'paragraph', text: 'Zweiter Absatz mit Zeilenumbruch.' },
      { kind: 'paragraph', text: 'Fassung 3, von Leitung, 10.01.2026, 14:05', style: 'note' },
    ]);
    expect(texts(doc.blocks)).not.toContain('Ausblick');
  });

  it('writes the sentences of projects and network in the page\'s words', () => {
    const all = texts(doc.blocks);
    expect(all).toContain(
      'Von Betroffenen angestoßen: 2 Projekte im Jahr, davon 1 gelaufen, 1 abgeschlossen und 0 eingestellt; von Fachkräften angestoßen: keine Projekte im Jahr. 1 Projekt antwortet auf erfasste Bedarfe. Erreicht wurden 1.234 Menschen (wer in zwei Projekten war, zählt doppelt).',
    );
    expect(all).toContain('3 Organisationen mit 1 Verbindungen, davon 0 neu in diesem Jahr. Dichte 0,33 (33 % der möglichen Verbindungen); 1 Organisationen ohne Verbindung.');
    expect(all).toContain('Für dieses Jahr ist dazu nichts festgehalten.');
  });

  it('puts one space on no new page, the office\'s several spaces each on a new one, and the appendix last', () => {
    expect(doc.blocks.some((b) => b.kind === 'pageBreak')).toBe(false);
    expect(texts(doc.blocks)).not.toContain('Alle Sozialräume zusammen');
    const otherId = '0b9d7c4e-2a1f-4e3d-8c5b-7a6f5e4d3c2b';
    const office = reportDocument({ ...minimalReport(), space: null, spaces: [...minimalReport().spaces, { ...section(), spaceId: otherId, name: 'Süd', code: 'S' }] });
    expect(office.title).toBe('Bericht zur Sozialraumorientierung 2025');
    const level2 = office.blocks.flatMap((b, i) => (b.kind === 'heading' && b.level === 2 ? [{ text: b.text, before: office.blocks[i - 1]?.kind }] : []));
    expect(level2).toEqual([
      { text: 'Überblick', before: 'paragraph' },
      { text: 'Alle Sozialräume zusammen', before: 'chart' },
      { text: 'Sozialraum Nord', before: 'pageBreak' },
      { text: 'Sozialraum Süd', before: 'pageBreak' },
      { text: 'Zusammenfassung, Erfolge, Schwierigkeiten und Ausblick', before: 'paragraph' },
      { text: 'Anhang: Wie gezählt wurde', before: 'paragraph' },
    ]);
    expect(office.blocks.at(-1)).toEqual({
      kind: 'table',
      caption: 'Wie gezählt wurde: je Tabelle, was gezählt wurde und mit welchen Filtern',
      columns: [{ label: 'Tabelle' }, { label: 'Gezählt wurde' }, { label: 'Filter' }],
      rows: [{ header: 'Bedarfe nach Stimme', cells: ['angenommene Bedarfe', 'Datum im Jahr'] }],
    });
    expect(tableOf(office, 'Überblick 2025: die Sozialräume im Vergleich').rows.at(-1)).toEqual({ header: 'Alle Sozialräume', cells: ['0,00 €', '0,00 €', '0', '15', '0', '0', '2', '< 5'], total: true });
  });
});
