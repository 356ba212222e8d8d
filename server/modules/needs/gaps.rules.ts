import type { NeedRequirements } from '../../../common/api/needs';
import { type AgeBand, ageBandYears, type FitReason, type GapKind, timeOfDayMinutes } from '../../../common/need-terms';

/**
 * The written rules of the gap analysis (ARCHITECTURE.md, "Needs and gaps"). One gap per need and topic:
 *  - missing: no active offer in the need's space matches the topic (or a narrower one) and the age band;
 *  - reach:   a matching offer exists, but the family did not name any of them among the offers they know
 *             (also when nobody asked, e.g. a professional's assessment: the offer did not reach them); the
 *             matches are listed with those that suit the family's requirements first;
 *  - fit:     the family knew a matching offer and still named the need — the reasons are what the offer lacks of
 *             what they said an offer must be like (time, cost, language, distance, childcare, accessibility,
 *             inclusion). With no such reason found, it is still `fit`: the reason is in their own words.
 * Pure functions: the database part is in gaps.ts.
 */

export type OfferForMatch = {
  id: string;
  status: string;
  /** The offer's topics and all their broader topics. */
  topicPath: readonly string[];
  minimumAge: number | null;
  maximumAge: number | null;
  targetGroups: readonly string[];
  traits: readonly string[];
  languages: readonly string[];
  /** Opening times as [start, end) minutes of the week, Monday 00:00 = 0; empty when unknown. */
  openWeek: ReadonlyArray<readonly [number, number]>;
  /** Has a place inside the need's space (not only a service area or online). */
  inSpace: boolean;
};

export type NeedForMatch = {
  ageBands: readonly AgeBand[];
  knownServiceIds: readonly string[];
  requirements: NeedRequirements;
};

export type GapDecision = { kind: GapKind; reasons: FitReason[]; matchServiceIds: string[] };

const parentGroups = new Set(['parents', 'families', 'single_parents', 'expectant_parents']);

/** Whether an offer serves one of the age bands (no bands: any offer). */
export function servesAgeBands(offer: OfferForMatch, bands: readonly AgeBand[]): boolean {
  if (bands.length === 0) return true;
  const onlyParents = offer.targetGroups.length > 0 && offer.targetGroups.every((g) => parentGroups.has(g));
  return bands.some((band) => {
    if (band === 'parents') return offer.targetGroups.some((g) => parentGroups.has(g)) || (offer.targetGroups.length === 0 && offer.minimumAge === null && offer.maximumAge === null);
    if (onlyParents) return false;
    const [from, to] = ageBandYears[band];
    return (offer.minimumAge ?? 0) <= to && (offer.maximumAge ?? 200) >= from;
  });
}

export const matchesNeed = (offer: OfferForMatch, topicId: string, bands: readonly AgeBand[]): boolean =>
  offer.status === 'active' && offer.topicPath.includes(topicId) && servesAgeBands(offer, bands);

/** The minutes of the week the family said suit them. */
export function wantedMinutes(times: NeedRequirements['times']): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let day = 0; day < 7; day++) {
    const base = day * 1440;
    if (day >= 5) {
      if (times.includes('weekend')) ranges.push([base, base + 1440]);
      continue;
    }
    for (const time of times) if (time !== 'weekend') ranges.push([base + timeOfDayMinutes[time][0], base + timeOfDayMinutes[time][1]]);
  }
  return ranges;
}

const overlaps = (a: ReadonlyArray<readonly [number, number]>, b: ReadonlyArray<readonly [number, number]>) =>
  a.some(([s1, e1]) => b.some(([s2, e2]) => s1 < e2 && s2 < e1));

/** What an offer lacks of what the family said an offer must be like. Unknown opening times are not held against it. */
export function fitReasonsOf(requirements: NeedRequirements, offer: OfferForMatch): FitReason[] {
  const reasons: FitReason[] = [];
  if (requirements.times.length && offer.openWeek.length && !overlaps(wantedMinutes(requirements.times), offer.openWeek)) reasons.push('time');
  if (requirements.freeOfCharge && !offer.traits.includes('free_of_charge')) reasons.push('cost');
  if (requirements.languages.length) {
    // An offer that names no language is held in German.
    const spoken = offer.languages.length ? offer.languages : ['de'];
    if (!requirements.languages.some((l) => spoken.includes(l))) reasons.push('language');
  }
  if (requirements.nearby && !offer.inSpace) reasons.push('distance');
  if (requirements.childcare && !offer.traits.includes('childcare')) reasons.push('childcare');
  if (requirements.accessible && !offer.traits.includes('barrier_free')) reasons.push('accessibility');
  if (requirements.inclusive && !offer.traits.includes('inclusive')) reasons.push('inclusion');
  return reasons;
}

/** Decides the gap of one need and topic against the offers of the need's space. */
export function classifyGap(need: NeedForMatch, topicId: string, offersInSpace: readonly OfferForMatch[]): GapDecision {
  const candidates = offersInSpace.filter((o) => matchesNeed(o, topicId, need.ageBands));
  if (candidates.length === 0) return { kind: 'missing', reasons: [], matchServiceIds: [] };
  const known = candidates.filter((o) => need.knownServiceIds.includes(o.id));
  if (known.length === 0) {
    // The offers to bring to the family, those that suit what they said they need first.
    const ranked = candidates.map((o, i) => ({ id: o.id, misses: fitReasonsOf(need.requirements, o).length, i })).sort((a, b) => a.misses - b.misses || a.i - b.i);
    return { kind: 'reach', reasons: [], matchServiceIds: ranked.map((r) => r.id) };
  }
  // The known offer that comes closest decides the reasons: what even the best of them lacks.
  const best = known.map((o) => ({ o, reasons: fitReasonsOf(need.requirements, o) })).sort((a, b) => a.reasons.length - b.reasons.length)[0];
  return { kind: 'fit', reasons: best?.reasons ?? [], matchServiceIds: known.map((o) => o.id) };
}

/** `{[600,1080),[2040,2520)}` (PostgreSQL int4multirange text) as pairs. */
export function parseOpenWeek(text: string | null): Array<[number, number]> {
  if (!text) return [];
  return [...text.matchAll(/([[(])(-?\d*),(-?\d*)([\])])/g)].map((m) => {
    const start = Number(m[2]) + (m[1] === '(' ? 1 : 0);
    const end = Number(m[3]) + (m[4] === ']' ? 1 : 0);
    return [start, end] as [number, number];
  });
}
