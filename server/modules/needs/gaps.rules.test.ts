import { describe, expect, it } from 'vitest';
import { emptyRequirements, type NeedRequirements } from '../../../common/api/needs';
import { classifyGap, fitReasonsOf, type NeedForMatch, type OfferForMatch, parseOpenWeek, servesAgeBands, wantedMinutes } from './gaps.rules';

const requirements = (overrides: Partial<NeedRequirements> = {}): NeedRequirements => ({ ...emptyRequirements, ...overrides });

const offer = (overrides: Partial<OfferForMatch> = {}): OfferForMatch => ({
  id: 'o1',
  status: 'active',
  topicPath: ['sport', 'freizeit'],
  minimumAge: null,
  maximumAge: null,
  targetGroups: [],
  traits: [],
  languages: [],
  openWeek: [],
  inSpace: true,
  ...overrides,
});

const need = (overrides: Partial<NeedForMatch> = {}): NeedForMatch => ({ ageBands: [], knownServiceIds: [], requirements: requirements(), ...overrides });

// Minutes of the week: Monday 00:00 = 0.
const day = (d: number, hh: number, mm = 0) => d * 1440 + hh * 60 + mm;

describe('servesAgeBands', () => {
  it('serves any band when the need names none', () => {
    expect(servesAgeBands(offer({ minimumAge: 14, maximumAge: 17 }), [])).toBe(true);
  });

  it('serves a band the offer’s ages overlap, inclusive at both ends', () => {
    const sixToThirteen = offer({ minimumAge: 6, maximumAge: 13 });
    expect(servesAgeBands(sixToThirteen, ['6-9'])).toBe(true);
    expect(servesAgeBands(sixToThirteen, ['10-13'])).toBe(true);
    expect(servesAgeBands(sixToThirteen, ['14-17'])).toBe(false);
    expect(servesAgeBands(sixToThirteen, ['0-2'])).toBe(false);
    expect(servesAgeBands(sixToThirteen, ['3-5'])).toBe(false);
    // One of several bands is enough.
    expect(servesAgeBands(sixToThirteen, ['0-2', '10-13'])).toBe(true);
    // Touching ends count: an offer up to 3 serves 3–5, one from 5 serves 3–5, one up to 2 does not.
    expect(servesAgeBands(offer({ minimumAge: 0, maximumAge: 3 }), ['3-5'])).toBe(true);
    expect(servesAgeBands(offer({ minimumAge: 5, maximumAge: 8 }), ['3-5'])).toBe(true);
    expect(servesAgeBands(offer({ minimumAge: 0, maximumAge: 2 }), ['3-5'])).toBe(false);
    expect(servesAgeBands(offer({ minimumAge: 6, maximumAge: null }), ['18-26'])).toBe(true);
    expect(servesAgeBands(offer({ minimumAge: null, maximumAge: 5 }), ['6-9'])).toBe(false);
  });

  it('treats an offer without ages as open to every age', () => {
    for (const band of ['0-2', '3-5', '6-9', '10-13', '14-17', '18-26'] as const) expect(servesAgeBands(offer(), [band]), band).toBe(true);
  });

  it('serves “parents” by target group, or when the offer names neither group nor age', () => {
    expect(servesAgeBands(offer({ targetGroups: ['parents'] }), ['parents'])).toBe(true);
    expect(servesAgeBands(offer({ targetGroups: ['single_parents'] }), ['parents'])).toBe(true);
    expect(servesAgeBands(offer({ targetGroups: ['families', 'children'] }), ['parents'])).toBe(true);
    expect(servesAgeBands(offer(), ['parents'])).toBe(true);
    expect(servesAgeBands(offer({ minimumAge: 0, maximumAge: 3 }), ['parents'])).toBe(false);
    expect(servesAgeBands(offer({ targetGroups: ['youth'] }), ['parents'])).toBe(false);
  });

  it('does not let an offer only for parents serve a child’s age band', () => {
    expect(servesAgeBands(offer({ targetGroups: ['parents'] }), ['0-2'])).toBe(false);
    expect(servesAgeBands(offer({ targetGroups: ['parents', 'expectant_parents'] }), ['3-5'])).toBe(false);
    // With children among its groups it does.
    expect(servesAgeBands(offer({ targetGroups: ['parents', 'children'], minimumAge: 0, maximumAge: 6 }), ['0-2'])).toBe(true);
  });
});

describe('wantedMinutes', () => {
  it('is empty when the family named no time', () => {
    expect(wantedMinutes([])).toEqual([]);
  });

  it('covers Monday to Friday for a time of day', () => {
    expect(wantedMinutes(['morning'])).toEqual([0, 1, 2, 3, 4].map((d) => [day(d, 6), day(d, 12)]));
    expect(wantedMinutes(['evening'])).toEqual([0, 1, 2, 3, 4].map((d) => [day(d, 17), day(d, 22)]));
  });

  it('covers Saturday and Sunday all day for the weekend, and only then', () => {
    expect(wantedMinutes(['weekend'])).toEqual([
      [day(5, 0), day(6, 0)],
      [day(6, 0), day(7, 0)],
    ]);
    expect(wantedMinutes(['afternoon']).every(([s]) => s < day(5, 0))).toBe(true);
  });

  it('combines several times', () => {
    const ranges = wantedMinutes(['morning', 'afternoon', 'weekend']);
    expect(ranges).toHaveLength(5 * 2 + 2);
    expect(ranges).toContainEqual([day(2, 12), day(2, 17)]);
    expect(ranges).toContainEqual([day(6, 0), day(7, 0)]);
  });
});

describe('fitReasonsOf', () => {
  it('finds nothing when the offer has all the family asked for', () => {
    const wanted = requirements({ times: ['afternoon'], freeOfCharge: true, languages: ['tr'], nearby: true, childcare: true, accessible: true, inclusive: true });
    const good = offer({
      openWeek: [[day(1, 15), day(1, 18)]],
      traits: ['free_of_charge', 'childcare', 'barrier_free', 'inclusive'],
      languages: ['de', 'tr'],
      inSpace: true,
    });
    expect(fitReasonsOf(wanted, good)).toEqual([]);
    expect(fitReasonsOf(requirements(), offer())).toEqual([]);
  });

  it('names each requirement the offer does not meet', () => {
    expect(fitReasonsOf(requirements({ freeOfCharge: true }), offer())).toEqual(['cost']);
    expect(fitReasonsOf(requirements({ languages: ['ar'] }), offer({ languages: ['de', 'tr'] }))).toEqual(['language']);
    expect(fitReasonsOf(requirements({ nearby: true }), offer({ inSpace: false }))).toEqual(['distance']);
    expect(fitReasonsOf(requirements({ childcare: true }), offer())).toEqual(['childcare']);
    expect(fitReasonsOf(requirements({ accessible: true }), offer({ traits: ['inclusive'] }))).toEqual(['accessibility']);
    expect(fitReasonsOf(requirements({ inclusive: true }), offer({ traits: ['barrier_free'] }))).toEqual(['inclusion']);
    const all = fitReasonsOf(
      requirements({ times: ['evening'], freeOfCharge: true, languages: ['ru'], nearby: true, childcare: true, accessible: true, inclusive: true }),
      offer({ openWeek: [[day(0, 9), day(0, 11)]], inSpace: false }),
    );
    expect([...all].sort()).toEqual(['accessibility', 'childcare', 'cost', 'distance', 'inclusion', 'language', 'time']);
  });

  it('compares times of day with the opening hours, the end being exclusive', () => {
    const mornings = offer({ openWeek: [[day(1, 9, 30), day(1, 11, 30)]] });
    expect(fitReasonsOf(requirements({ times: ['evening'] }), mornings)).toEqual(['time']);
    expect(fitReasonsOf(requirements({ times: ['morning'] }), mornings)).toEqual([]);
    expect(fitReasonsOf(requirements({ times: ['weekend'] }), mornings)).toEqual(['time']);
    // Open until 12:00 does not reach into the afternoon (12:00–17:00); open until 12:01 does.
    expect(fitReasonsOf(requirements({ times: ['afternoon'] }), offer({ openWeek: [[day(3, 10), day(3, 12)]] }))).toEqual(['time']);
    expect(fitReasonsOf(requirements({ times: ['afternoon'] }), offer({ openWeek: [[day(3, 10), day(3, 12) + 1]] }))).toEqual([]);
    expect(fitReasonsOf(requirements({ times: ['weekend'] }), offer({ openWeek: [[day(5, 10), day(5, 12)]] }))).toEqual([]);
  });

  it('does not hold unknown opening times against an offer', () => {
    expect(fitReasonsOf(requirements({ times: ['evening'] }), offer({ openWeek: [] }))).toEqual([]);
  });

  it('takes an offer that names no language as held in German', () => {
    expect(fitReasonsOf(requirements({ languages: ['de'] }), offer({ languages: [] }))).toEqual([]);
    expect(fitReasonsOf(requirements({ languages: ['tr'] }), offer({ languages: [] }))).toEqual(['language']);
    // Any one of the family’s languages is enough.
    expect(fitReasonsOf(requirements({ languages: ['ar', 'de'] }), offer({ languages: [] }))).toEqual([]);
  });
});

describe('classifyGap', () => {
  it('is missing when no offer matches topic and age', () => {
    expect(classifyGap(need(), 'trauer', [offer()])).toEqual({ kind: 'missing', reasons: [], matchServiceIds: [] });
    expect(classifyGap(need({ ageBands: ['14-17'] }), 'sport', [offer({ minimumAge: 6, maximumAge: 13 })]).kind).toBe('missing');
    expect(classifyGap(need(), 'sport', [])).toEqual({ kind: 'missing', reasons: [], matchServiceIds: [] });
  });

  it('does not count offers that are not active', () => {
    for (const status of ['inactive', 'defunct', 'temporarily closed']) {
      expect(classifyGap(need(), 'sport', [offer({ status })]).kind, status).toBe('missing');
    }
  });

  it('matches a need for a broader topic with an offer of a narrower one (via the offer’s topic path)', () => {
    expect(classifyGap(need(), 'freizeit', [offer({ topicPath: ['sport', 'freizeit'] })]).kind).toBe('reach');
    // …but not a need for the narrower topic with an offer of only the broader one.
    expect(classifyGap(need(), 'sport', [offer({ topicPath: ['freizeit'] })]).kind).toBe('missing');
  });

  it('is reach when matching offers exist and the family named none of them, listing all matches', () => {
    const offers = [offer({ id: 'a' }), offer({ id: 'b' }), offer({ id: 'c', topicPath: ['kultur'] })];
    expect(classifyGap(need(), 'sport', offers)).toEqual({ kind: 'reach', reasons: [], matchServiceIds: ['a', 'b'] });
    // Knowing an offer that does not match the topic does not make it fit.
    expect(classifyGap(need({ knownServiceIds: ['c'] }), 'sport', offers).kind).toBe('reach');
    // Knowing an offer that does not serve the age band does not either.
    const ages = [offer({ id: 'small', minimumAge: 0, maximumAge: 5 }), offer({ id: 'big', minimumAge: 10, maximumAge: 17 })];
    expect(classifyGap(need({ ageBands: ['14-17'], knownServiceIds: ['small'] }), 'sport', ages)).toEqual({ kind: 'reach', reasons: [], matchServiceIds: ['big'] });
  });

  it('lists the offers of a reach gap that suit the family first, in their order otherwise', () => {
    const offers = [offer({ id: 'paid', traits: [] }), offer({ id: 'free-tr', traits: ['free_of_charge'], languages: ['tr'] }), offer({ id: 'free', traits: ['free_of_charge'] })];
    const wants = need({ requirements: requirements({ freeOfCharge: true, languages: ['tr'] }) });
    expect(classifyGap(wants, 'sport', offers).matchServiceIds).toEqual(['free-tr', 'free', 'paid']);
    expect(classifyGap(need(), 'sport', offers).matchServiceIds).toEqual(['paid', 'free-tr', 'free']);
  });

  it('is fit when the family knew a matching offer, with what it lacks', () => {
    const decision = classifyGap(need({ knownServiceIds: ['a'], requirements: requirements({ freeOfCharge: true }) }), 'sport', [offer({ id: 'a' }), offer({ id: 'b' })]);
    expect(decision).toEqual({ kind: 'fit', reasons: ['cost'], matchServiceIds: ['a'] });
  });

  it('is fit without reasons when the known offer meets every stated requirement (the reason is in their words)', () => {
    expect(classifyGap(need({ knownServiceIds: ['a'] }), 'sport', [offer({ id: 'a' })])).toEqual({ kind: 'fit', reasons: [], matchServiceIds: ['a'] });
  });

  it('takes the reasons of the known offer that comes closest', () => {
    const wanted = requirements({ freeOfCharge: true, inclusive: true, childcare: true });
    const far = offer({ id: 'far', traits: [] });
    const close = offer({ id: 'close', traits: ['free_of_charge', 'inclusive'] });
    const decision = classifyGap(need({ knownServiceIds: ['far', 'close'], requirements: wanted }), 'sport', [far, close]);
    expect(decision.kind).toBe('fit');
    expect(decision.reasons).toEqual(['childcare']);
    expect([...decision.matchServiceIds].sort()).toEqual(['close', 'far']);
  });
});

describe('parseOpenWeek', () => {
  it('reads nothing from null or an empty multirange', () => {
    expect(parseOpenWeek(null)).toEqual([]);
    expect(parseOpenWeek('{}')).toEqual([]);
  });

  it('reads canonical [a,b) ranges as they are', () => {
    expect(parseOpenWeek('{[600,1080),[2040,2520)}')).toEqual([
      [600, 1080],
      [2040, 2520],
    ]);
    expect(parseOpenWeek('{[0,10)}')).toEqual([[0, 10]]);
  });

  it('turns (a,b] bounds into the half-open [a+1,b+1)', () => {
    expect(parseOpenWeek('{(599,1079]}')).toEqual([[600, 1080]]);
    expect(parseOpenWeek('{[600,1079]}')).toEqual([[600, 1080]]);
    expect(parseOpenWeek('{(599,1080)}')).toEqual([[600, 1080]]);
  });
});
