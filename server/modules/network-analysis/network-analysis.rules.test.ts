import { describe, expect, it } from 'vitest';
import { defaultContributionWeights } from '../../../common/meeting-terms';
import { organizationTypes } from '../../../common/social-space-terms';
import {
  aggregateTies,
  clipToPeriod,
  concentrationWarning,
  degrees,
  density,
  explain,
  germanDecimal,
  germanPercent,
  gini,
  missingTypes,
  pairs,
  share,
  topShare,
  weightedScore,
  zeroCounts,
} from './network-analysis.rules';

/** The textbook double sum, to check the sorted one-pass form against. */
const giniByDefinition = (xs: number[]) => {
  const n = xs.length;
  const total = xs.reduce((s, x) => s + x, 0);
  if (n === 0 || total === 0) return 0;
  let sum = 0;
  for (const a of xs) for (const b of xs) sum += Math.abs(a - b);
  return sum / (2 * n * n * (total / n));
};

describe('many shoulders: scores and concentration', () => {
  it('weights the counts (defaults: meeting organised 3, project carried 3, agenda item 1, need recorded 1)', () => {
    expect(weightedScore({ meetingOrganised: 2, projectCarried: 1, agendaItem: 4, needRecorded: 5 }, defaultContributionWeights)).toBe(2 * 3 + 1 * 3 + 4 + 5);
    expect(weightedScore(zeroCounts(), defaultContributionWeights)).toBe(0);
    expect(weightedScore({ meetingOrganised: 1, projectCarried: 0, agendaItem: 0, needRecorded: 0 }, { ...defaultContributionWeights, meetingOrganised: 0.5 })).toBe(0.5);
  });

  it('hand-computed example: four people with scores 6, 3, 1 and 0', () => {
    // Total = 6 + 3 + 1 + 0 = 10. Largest share = 6 / 10 = 0.6 → "60 %", more than half → a warning.
    // Absolute differences of the unordered pairs: |6−3| = 3, |6−1| = 5, |6−0| = 6, |3−1| = 2, |3−0| = 3, |1−0| = 1;
    // their sum is 20, over ordered pairs (i, j) twice that: 40. Mean = 10 / 4 = 2.5.
    // G = 40 / (2 · n² · mean) = 40 / (2 · 16 · 2.5) = 40 / 80 = 0.5 → "0,50".
    const scores = [6, 3, 1, 0];
    expect(topShare(scores)).toBe(0.6);
    expect(gini(scores)).toBe(0.5);
    expect(share(3, 10)).toBe(0.3);
    const sentences = explain({ total: 10, topShare: 0.6, gini: 0.5, people: 4, contributing: 3 });
    expect(sentences).toEqual([
      '3 von 4 Personen im Team haben zur Netzwerkarbeit beigetragen.',
      'Die aktivste Person trägt 60 % der Netzwerkarbeit.',
      'Gini-Koeffizient 0,50: 0 hieße, alle tragen gleich viel; 1, eine Person trägt alles.',
    ]);
    expect(concentrationWarning(0.6, 'Anna Beispiel')).toBe('Anna Beispiel trägt mehr als die Hälfte der Netzwerkarbeit (60 %). Die Arbeit ruht nicht auf vielen Schultern.');
    expect(concentrationWarning(0.6, null)).toBe('Eine Person trägt mehr als die Hälfte der Netzwerkarbeit (60 %). Die Arbeit ruht nicht auf vielen Schultern.');
  });

  it('the zeros count: leaving out the person with nothing would make the team look more even', () => {
    // Without the 0: scores 6, 3, 1, total 10, ordered-pair sum 2 · (3 + 5 + 2) = 20, G = 20 / (2 · 3 · 10) = 1/3.
    expect(gini([6, 3, 1])).toBeCloseTo(1 / 3, 12);
    expect(gini([6, 3, 1, 0])).toBeGreaterThan(gini([6, 3, 1]));
  });

  it('Gini is 0 when all carry the same or nobody carries anything, (n − 1) / n when one carries all, and agrees with the double sum', () => {
    expect(gini([4, 4, 4])).toBe(0);
    expect(gini([0, 0, 0])).toBe(0);
    expect(gini([])).toBe(0);
    expect(gini([7])).toBe(0);
    expect(gini([0, 0, 0, 9])).toBe(0.75);
    for (const xs of [[1, 2, 3, 4, 10], [0, 0, 5, 5], [2.5, 1, 0, 13, 7, 7], [12, 8, 2]]) expect(gini(xs)).toBeCloseTo(giniByDefinition(xs), 12);
  });

  it('a share of exactly one half is no warning; nothing recorded explains itself', () => {
    expect(topShare([5, 5])).toBe(0.5);
    expect(concentrationWarning(0.5, 'X')).toBeNull();
    expect(topShare([0, 0])).toBe(0);
    expect(explain({ total: 0, topShare: 0, gini: 0, people: 3, contributing: 0 })).toEqual(['Im gewählten Zeitraum ist keine Netzwerkarbeit erfasst (3 Personen im Team).']);
    expect(explain({ total: 0, topShare: 0, gini: 0, people: 0, contributing: 0 })).toEqual(['Im gewählten Zeitraum war niemand im Team dieses Sozialraums.']);
  });

  it('formats numbers the German way', () => {
    expect(germanPercent(0.6153)).toBe('62 %');
    expect(germanDecimal(0.4821)).toBe('0,48');
    expect(germanDecimal(0.3030303)).toBe('0,30');
  });
});

describe('network graph', () => {
  const [a, b, c, d] = ['a', 'b', 'c', 'd'];

  it('adds up events per pair, in either direction, with weight, kinds and first/last day; no tie to oneself', () => {
    const ties = aggregateTies([
      { a, b, kind: 'meeting', firstOn: '2024-03-01', lastOn: '2024-03-01' },
      { a: b, b: a, kind: 'meeting', firstOn: '2024-06-01', lastOn: '2024-06-01' },
      { a, b, kind: 'project', firstOn: '2024-01-01', lastOn: '2024-12-31' },
      { a: c, b: a, kind: 'referral', firstOn: '2024-05-05', lastOn: '2024-05-05' },
      { a, b: a, kind: 'referral', firstOn: '2024-05-05', lastOn: '2024-05-05' },
    ]);
    expect(ties).toEqual([
      { source: a, target: b, weight: 3, kinds: { meeting: 2, project: 1, contract: 0, referral: 0 }, firstOn: '2024-01-01', lastOn: '2024-12-31' },
      { source: a, target: c, weight: 1, kinds: { meeting: 0, project: 0, contract: 0, referral: 1 }, firstOn: '2024-05-05', lastOn: '2024-05-05' },
    ]);
  });

  it('pairs each organisation once with every other', () => {
    expect(pairs([c, a, b, a])).toEqual([[a, b], [a, c], [b, c]]);
    expect(pairs([a])).toEqual([]);
  });

  it('density, degree, weighted degree (hand-computed: 4 nodes, 2 ties → 2 / 6)', () => {
    const ties = aggregateTies([
      { a, b, kind: 'meeting', firstOn: '2024-01-01', lastOn: '2024-01-01' },
      { a, b, kind: 'contract', firstOn: '2024-01-01', lastOn: '2024-12-31' },
      { a, b: c, kind: 'project', firstOn: '2024-01-01', lastOn: '2024-01-01' },
    ]);
    expect(density(4, ties.length)).toBeCloseTo(1 / 3, 12);
    expect(density(1, 0)).toBe(0);
    expect(density(2, 1)).toBe(1);
    const deg = degrees([a, b, c, d], ties);
    expect(deg.get(a)).toEqual({ degree: 2, weightedDegree: 3 });
    expect(deg.get(b)).toEqual({ degree: 1, weightedDegree: 2 });
    expect(deg.get(d)).toEqual({ degree: 0, weightedDegree: 0 });
  });

  it('names the organisation types without a tie, with kein/keine right, never "other"', () => {
    const nodes = [
      { type: 'sports_club', degree: 0 },
      { type: 'school', degree: 2 },
      { type: 'asd', degree: 1 },
      { type: 'other', degree: 0 },
    ];
    const missing = missingTypes(nodes);
    expect(missing.map((m) => m.type)).toEqual(organizationTypes.filter((t) => !['school', 'asd', 'other'].includes(t)));
    expect(missing).toContainEqual({ type: 'sports_club', message: 'kein Sportverein beteiligt' });
    expect(missing).toContainEqual({ type: 'kita', message: 'keine Kita beteiligt' });
    expect(missing).toContainEqual({ type: 'family_centre', message: 'kein Familienzentrum beteiligt' });
    expect(missingTypes(nodes, ['sports_club', 'school'])).toEqual([{ type: 'sports_club', message: 'kein Sportverein beteiligt' }]);
    expect(missingTypes([{ type: 'asd', degree: 0 }], ['asd'])).toEqual([{ type: 'asd', message: 'kein ASD beteiligt' }]);
  });

  it('dates a span by the part of it in the period', () => {
    expect(clipToPeriod({ start: '2015-01-01', end: null }, { from: '2024-01-01', to: '2024-12-31' })).toEqual({ firstOn: '2024-01-01', lastOn: '2024-12-31' });
    expect(clipToPeriod({ start: '2024-03-01', end: '2024-05-31' }, { from: '2024-01-01', to: '2024-12-31' })).toEqual({ firstOn: '2024-03-01', lastOn: '2024-05-31' });
    expect(clipToPeriod({ start: '2025-03-01', end: null }, { from: '2024-01-01', to: '2024-12-31' })).toBeNull();
  });
});
