import { describe, expect, it } from 'vitest';
import type { AnnualReport, ReportSection } from '../../../common/api/annual-report';
import { defaultResolutionTemplate, type Paper, unknownPlaceholders } from '../../../common/api/committee-papers';
import { fillTemplate, financialImpactOf, formatEuroProse, paperContentOf, placeholderValues, statementOfFactsOf } from './paper-content';

const projectCounts = { new: 2, started: 1, running: 7, completed: 3, stopped: 1, ofYear: 10 };
const line = (kind: string, label: string, plannedCents: number, accountCodes: string[], spaceCount = 1) => ({
  kind,
  label,
  accountCodes,
  resolutions: [],
  spaceCount,
  plannedCents,
  carriedInCents: 0,
  committedCents: 0,
  bookedCents: 0,
  remainingCents: plannedCents,
});
const section = (lines: ReportSection['budget']['lines']): ReportSection => {
  const plannedCents = lines.reduce((s, l) => s + l.plannedCents, 0);
  return {
    budget: {
      lines,
      totals: { plannedCents, carriedInCents: 0, committedCents: 0, bookedCents: 123_45, remainingCents: plannedCents },
      spaceCount: 1,
      previousYears: [],
      bookingCount: 0,
      reversalCount: 0,
      commitmentsMade: {},
    },
    projects: { counts: projectCounts, byInitiator: {}, stoppedProjects: [], reached: { total: 0, byAgeBand: {} }, stories: [], withNeeds: 0, withoutAffectedVoice: 0 },
    needs: { total: 0, byVoice: {}, bySource: {}, byTopic: [], withoutTopic: 0, byAgeBand: {}, withoutAgeBand: 0, gapsOpened: {}, gapsClosed: {}, pendingReviewAtYearEnd: 0 },
    offers: { counts: { added: 0, verified: 0, active: 0, stale: 0 }, byTopic: [], asOf: '2025-12-31', staleAfterMonths: 12 },
    meetings: { held: 8, cancelled: 0, organizationsAttending: 0, people: 0, agendaItems: 0, decisionsByKind: {}, tasksDone: 0, tasksOpen: 0, projectDraftsStarted: 0 },
    consultations: { held: 24, cases: 0, casesByHelpType: {}, lowThresholdOfferFound: 0, roles: [], complete: 0 },
    network: { manyShoulders: null, spacesWithWarning: [], organizations: 0, ties: 0, newTies: 0, density: 0, isolated: 0, missingTypes: [] },
  };
};
const spaceIds = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
const standard = () => [line('case_consultation', 'Kollegiale Beratung', 936_000, ['36300.531800']), line('network_work', 'Netzwerkarbeit', 1_248_000, ['36300.531800'])];

function reportOf(spaceLines: ReportSection['budget']['lines'][], summary?: string): AnnualReport {
  const spaces = spaceLines.map((lines, i) => ({ ...section(lines), spaceId: spaceIds[i] ?? '', name: `Raum ${i + 1}`, code: `SR${i + 1}` }));
  const same = (kind: string) => spaces.flatMap((sp) => sp.budget.lines.filter((x) => x.kind === kind));
  const merged = standard().map((l) => ({
    ...l,
    spaceCount: same(l.kind).length,
    plannedCents: same(l.kind).reduce((s, x) => s + x.plannedCents, 0),
    accountCodes: [...new Set(same(l.kind).flatMap((x) => x.accountCodes))].sort(),
  }));
  return {
    title: 'Bericht zur Sozialraumorientierung 2025',
    year: 2025,
    from: '2025-01-01',
    to: '2025-12-31',
    generatedAt: '2026-03-01T10:00:00.000Z',
    officeName: 'Stadt Probe',
    space: null,
    suppressionThreshold: 5,
    overview: section(merged),
    spaces,
    texts: summary ? [{ key: 'summary', title: 'Zusammenfassung', version: 1, text: summary, writtenByName: null, writtenAt: '2026-02-01T10:00:00.000Z' }] : [],
    appendix: [],
  };
}

const paper: Paper = {
  id: '00000000-0000-4000-8000-00000000000a',
  reference: 'B 26/0042',
  name: 'Bericht zur Sozialraumorientierung 2025',
  paperType: 'Berichtsvorlage',
  date: '2026-03-12',
  year: 2025,
  publishedAt: null,
  spaceId: null,
  responsibleUnitId: '00000000-0000-4000-8000-00000000000b',
  responsibleUnitName: 'Fachbereich Jugend',
  relatedPapers: [],
  resolutionTemplate: defaultResolutionTemplate,
  consultations: [],
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
};

describe('the committee paper from the report', () => {
  it('writes whole euros as councils do, and cents where there are any', () => {
    expect(formatEuroProse(2_184_000)).toBe('21.840 €');
    expect(formatEuroProse(10_920_000)).toBe('109.200 €');
    expect(formatEuroProse(2_184_050)).toBe('21.840,50 €');
    expect(formatEuroProse(0)).toBe('0 €');
  });

  it('fills the default template with the sums of the budget lines: jährlich 21.840 € pro Sozialraum', () => {
    const report = reportOf([standard(), standard()]);
    const content = paperContentOf(paper, report);
    expect(content.financialImpact.perSpaceCents).toBe(2_184_000);
    expect(content.financialImpact.totalCents).toBe(4_368_000);
    expect(content.financialImpact.accountCodes).toEqual(['36300.531800']);
    expect(content.resolutionProposal).toContain('wie bisher jährlich 21.840 € pro Sozialraum zur Verfügung zu stellen (43.680 € für 2 Sozialräume)');
    expect(content.resolutionProposal).toContain('im Haushalt 2026 auf dem Produktkonto 36300.531800');
    expect(content.financialImpact.text).toBe(
      'Im Haushalt 2025 stehen je Sozialraum 21.840 € (Kollegiale Beratung 9.360 € und Netzwerkarbeit 12.480 €), zusammen 43.680 € für 2 Sozialräume auf dem Produktkonto 36300.531800 zur Verfügung.',
    );
  });

  it('names the range when the spaces have different amounts, and follows a changed plan', () => {
    const smaller = [line('case_consultation', 'Kollegiale Beratung', 936_000, ['36300.531800']), line('network_work', 'Netzwerkarbeit', 1_000_000, ['36300.531801'])];
    const report = reportOf([standard(), smaller]);
    const impact = financialImpactOf(report);
    expect(impact.perSpaceCents).toBeNull();
    expect(impact.totalCents).toBe(2_184_000 + 1_936_000);
    expect(impact.accountCodes).toEqual(['36300.531800', '36300.531801']);
    expect(placeholderValues(report, impact).betrag_pro_sozialraum).toBe('19.360 € bis 21.840 €');
    expect(impact.text).toContain('je Sozialraum zwischen 19.360 € und 21.840 €');
    expect(impact.text).toContain('Produktkonto 36300.531800 und 36300.531801');
  });

  it('says so when there is no budget', () => {
    const impact = financialImpactOf(reportOf([[]]));
    expect(impact.spaces).toEqual([]);
    expect(impact.text).toContain('kein Haushalt');
  });

  it('finds unknown placeholders and leaves them visible rather than guessing', () => {
    expect(unknownPlaceholders('jährlich {betrag_pro_sozialraum} für {jahr} und {betrag}')).toEqual(['betrag']);
    expect(unknownPlaceholders(defaultResolutionTemplate)).toEqual([]);
    const values = placeholderValues(reportOf([standard()]), financialImpactOf(reportOf([standard()])));
    expect(fillTemplate('{jahr}/{folgejahr}: {anzahl_sozialraeume} × {betrag_pro_sozialraum} {unbekannt}', values)).toBe('2025/2026: 1 × 21.840 € {unbekannt}');
  });

  it('takes the Sachverhalt from the summary text block, or writes one from the figures', () => {
    expect(statementOfFactsOf(reportOf([standard()], 'Unser Jahr war gut.'))).toBe('Unser Jahr war gut.');
    const made = statementOfFactsOf(reportOf([standard(), standard()]));
    expect(made).toContain('in 2 Sozialräumen');
    expect(made).toContain('7 Projekte und Maßnahmen liefen, 2 kamen neu hinzu, 3 wurden abgeschlossen und 1 eingestellt');
    expect(made).toContain('8 Netzwerktreffen und 24 kollegiale Beratungen');
  });
});
