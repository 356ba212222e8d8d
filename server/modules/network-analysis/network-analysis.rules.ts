import { type ContributionKind, contributionKinds, type TieKind, tieKinds } from '../../../common/meeting-terms';
import { type OrganizationType, organizationTypes } from '../../../common/social-space-terms';

// Pure rules of "many shoulders" (who carried the network work) and of the network graph.

export type Counts = Record<ContributionKind, number>;
export type Weights = Record<ContributionKind, number>;

export const zeroCounts = (): Counts => Object.fromEntries(contributionKinds.map((k) => [k, 0])) as Counts;

/** A person's contribution: the weighted sum of what they did. */
export const weightedScore = (counts: Counts, weights: Weights): number => contributionKinds.reduce((sum, kind) => sum + counts[kind] * weights[kind], 0);

/** A part of the whole, 0..1; nothing of nothing is 0. */
export const share = (part: number, total: number): number => (total > 0 ? part / total : 0);

/** The share of the largest contributor, 0..1. */
export const topShare = (scores: readonly number[]): number => {
  const total = scores.reduce((s, x) => s + x, 0);
  return total > 0 ? Math.max(...scores) / total : 0;
};

/**
 * Gini coefficient in its mean-absolute-difference form: G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 · n² · mean) = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 · n · total).
 * It must run over EVERY person on the team, those with nothing included: leaving out the zeros would hide exactly
 * the concentration it is meant to show. 0 when all carry the same or nobody carries anything. With n people of
 * whom one carries everything it is (n − 1) / n, approaching 1.
 */
export function gini(scores: readonly number[]): number {
  const n = scores.length;
  const total = scores.reduce((s, x) => s + x, 0);
  if (n === 0 || total <= 0) return 0;
  // Sorted, the double sum becomes one pass: Σᵢ Σⱼ |xᵢ − xⱼ| = 2 · Σᵢ (2i − n + 1) · x₍ᵢ₎ for ascending x, i from 0.
  const sorted = [...scores].sort((a, b) => a - b);
  const weighted = sorted.reduce((sum, x, i) => sum + (2 * i - n + 1) * x, 0);
  return (2 * weighted) / (2 * n * total);
}

/** 0.6153 → "62 %" (whole per cent, as the figures are read aloud in a committee). */
export const germanPercent = (fraction: number): string => `${Math.round(fraction * 100)} %`;
/** 0.4821 → "0,48". */
export const germanDecimal = (value: number, digits = 2): string => value.toFixed(digits).replace('.', ',');

/** Above this share of one person, the work no longer rests on many shoulders. */
export const concentrationLimit = 0.5;

export type Concentration = { total: number; topShare: number; gini: number; people: number; contributing: number };

/** The figures in plain German, for the page and for the committee. */
export function explain(c: Concentration): string[] {
  if (c.people === 0) return ['Im gewählten Zeitraum war niemand im Team dieses Sozialraums.'];
  if (c.total <= 0) return [`Im gewählten Zeitraum ist keine Netzwerkarbeit erfasst (${c.people} ${c.people === 1 ? 'Person' : 'Personen'} im Team).`];
  return [
    `${c.contributing} von ${c.people} ${c.people === 1 ? 'Person' : 'Personen'} im Team haben zur Netzwerkarbeit beigetragen.`,
    `Die aktivste Person trägt ${germanPercent(c.topShare)} der Netzwerkarbeit.`,
    `Gini-Koeffizient ${germanDecimal(c.gini)}: 0 hieße, alle tragen gleich viel; 1, eine Person trägt alles.`,
  ];
}

/** Set when one person carries more than half; names the person only for those who may see people. */
export function concentrationWarning(top: number, name: string | null): string | null {
  if (top <= concentrationLimit) return null;
  return `${name ?? 'Eine Person'} trägt mehr als die Hälfte der Netzwerkarbeit (${germanPercent(top)}). Die Arbeit ruht nicht auf vielen Schultern.`;
}

// ---- the network graph ----

/** One tie-making event between two organisations (a meeting both attended, a project, a contract, a referral). */
export type TieEvent = { a: string; b: string; kind: TieKind; firstOn: string; lastOn: string };
export type Tie = { source: string; target: string; weight: number; kinds: Record<TieKind, number>; firstOn: string; lastOn: string };

/** Every pair of a set of organisations, each pair once (for shared meetings and projects). */
export function pairs(ids: readonly string[]): [string, string][] {
  const unique = [...new Set(ids)].sort();
  const result: [string, string][] = [];
  for (let i = 0; i < unique.length; i++) for (let j = i + 1; j < unique.length; j++) result.push([unique[i] as string, unique[j] as string]);
  return result;
}

/** Adds up the events per pair of organisations: weight 1 per event, the counts per kind, the first and last day. */
export function aggregateTies(events: readonly TieEvent[]): Tie[] {
  const ties = new Map<string, Tie>();
  for (const event of events) {
    if (event.a === event.b) continue;
    const [source, target] = event.a < event.b ? [event.a, event.b] : [event.b, event.a];
    const key = `${source}|${target}`;
    const tie = ties.get(key) ?? { source, target, weight: 0, kinds: Object.fromEntries(tieKinds.map((k) => [k, 0])) as Record<TieKind, number>, firstOn: event.firstOn, lastOn: event.lastOn };
    tie.weight += 1;
    tie.kinds[event.kind] += 1;
    if (event.firstOn < tie.firstOn) tie.firstOn = event.firstOn;
    if (event.lastOn > tie.lastOn) tie.lastOn = event.lastOn;
    ties.set(key, tie);
  }
  return [...ties.values()].sort((x, y) => y.weight - x.weight || x.source.localeCompare(y.source) || x.target.localeCompare(y.target));
}

/** Share of the possible ties that exist among the nodes shown: ties / (n · (n − 1) / 2); 0 below two nodes. */
export const density = (nodeCount: number, tieCount: number): number => (nodeCount < 2 ? 0 : tieCount / ((nodeCount * (nodeCount - 1)) / 2));

/** Per node: how many organisations it is tied to, and the sum of the weights of those ties. */
export function degrees(nodeIds: readonly string[], ties: readonly Tie[]): Map<string, { degree: number; weightedDegree: number }> {
  const result = new Map(nodeIds.map((id) => [id, { degree: 0, weightedDegree: 0 }]));
  for (const tie of ties) {
    for (const id of [tie.source, tie.target]) {
      const entry = result.get(id);
      if (entry) {
        entry.degree += 1;
        entry.weightedDegree += tie.weight;
      }
    }
  }
  return result;
}

/** The organisation types in the singular with the right "kein/keine", for the missing-link messages. */
export const missingTypePhrases: Record<Exclude<OrganizationType, 'other'>, string> = {
  asd: 'kein ASD',
  provider_outpatient: 'kein ambulanter Träger',
  provider_residential: 'kein stationärer Träger',
  family_centre: 'kein Familienzentrum',
  youth_work: 'keine Einrichtung der Offenen Kinder- und Jugendarbeit',
  school: 'keine Schule',
  kita: 'keine Kita',
  school_social_work: 'keine Schulsozialarbeit',
  street_social_work: 'keine Straßensozialarbeit',
  sports_club: 'kein Sportverein',
  parents_initiative: 'keine Elterninitiative',
  counselling_centre: 'keine Beratungsstelle',
};
const isPhrased = (type: string): type is keyof typeof missingTypePhrases => type in missingTypePhrases;

/**
 * The organisation types (of `organizationTypes`, without `other`; only the `considered` ones when a filter is set)
 * of which no organisation has a tie: "kein Sportverein beteiligt".
 */
export function missingTypes(nodes: readonly { type: string; degree: number }[], considered?: readonly string[]): { type: string; message: string }[] {
  const tied = new Set(nodes.filter((n) => n.degree > 0).map((n) => n.type));
  return organizationTypes
    .filter((type) => isPhrased(type) && (!considered || considered.includes(type)) && !tied.has(type))
    .map((type) => ({ type, message: `${missingTypePhrases[type as keyof typeof missingTypePhrases]} beteiligt` }));
}

/** The part of a span that lies in the period, or nothing: how a project or contract dates its ties. */
export function clipToPeriod(span: { start: string; end: string | null }, period: { from: string; to: string }): { firstOn: string; lastOn: string } | null {
  const firstOn = span.start > period.from ? span.start : period.from;
  const lastOn = span.end === null || span.end > period.to ? period.to : span.end;
  return firstOn <= lastOn ? { firstOn, lastOn } : null;
}
