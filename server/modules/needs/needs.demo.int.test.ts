import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPrivacy } from '../../../common/privacy';
import { modules } from '../../modules';
import type { Db } from '../../platform/db/database';
import { queryRows } from '../../platform/db/database';
import type { DemoContext } from '../../platform/module';
import { createTestWorld, type TestWorld } from '../../test/test-app';
import { todayInBerlin } from '../../platform/calendar';
import { INCLUSIVE_SPORT_GAP_SPACE, seedNeeds } from './needs.demo';

const FIRST_YEAR = 2015;
const MENTALLY_ILL_PARENTS = /psychisch (?:kranke|erkrankte)\w* (?:Eltern|Elternteil)/i;
const COOKING_OR_MEETING = /koch|Elterncafé|Treffpunkt für (?:Mütter|Eltern|Väter)|Treff für (?:Eltern|Alleinerziehende|Mütter|Väter)/i;

type NeedRow = {
  id: string;
  space: string;
  year: number;
  recordedOn: string;
  source: string;
  voice: string;
  status: string;
  reviewState: string;
  text: string;
  statusNote: string;
  reviewNote: string;
  helpfulText: string;
  requirements: { inclusive: boolean; text: string };
  topicCodes: string[];
  recordedBy: string | null;
  recordedByOrg: string | null;
  language: string | null;
  knownCount: number;
  knowsNoOffers: boolean;
  helpfulCount: number;
};
type GapRow = { needId: string; topicCode: string; kind: string; reasons: string[]; state: string; openedOn: string; closedOn: string | null };

describe('demo needs: 2015 to today, with the patterns of the source', () => {
  let world: TestWorld;
  let officeId = '';
  let seedMs = 0;
  const logged: string[] = [];
  let rows: NeedRow[] = [];
  let gapRows: GapRow[] = [];
  const today = todayInBerlin();
  const currentYear = new Date().getFullYear();

  const demoContext = (tx: Db, log: (line: string) => void): DemoContext => ({
    tx,
    actor: { kind: 'system', label: 'Demo-Daten', officeId },
    officeId,
    firstYear: FIRST_YEAR,
    currentYear,
    log,
  });

  /** Everything but ids, in a stable order: what "the same demo on every first start" means. */
  const fingerprint = async (tx: Db) =>
    queryRows<{ line: string }>(
      tx,
      sql`select concat_ws('|', n.recorded_on, s.code, n.source, n.voice, n.status, n.review_state, n.text, n.requirements::text,
                 cardinality(n.known_service_ids), n.knows_no_offers, cardinality(n.helpful_service_ids), n.target_group,
                 (select string_agg(g.kind || ':' || g.state || ':' || coalesce(g.closed_on::text, ''), ',' order by g.kind, g.state, g.closed_on) from gaps g where g.need_id = n.id)) as line
          from needs n join social_spaces s on s.id = n.space_id where n.office_id = ${officeId}
          order by 1`,
    );

  beforeAll(async () => {
    world = await createTestWorld();
    officeId = world.offices.own.id;
    await world.database.db.transaction(async (tx) => {
      const ctx = demoContext(tx, (line) => logged.push(line));
      // The accounts, spaces, network and offers first, as at a real first start; then the needs.
      for (const name of ['accounts', 'social-spaces', 'services']) {
        const module = modules.find((m) => m.name === name);
        if (!module?.seedDemo) throw new Error(`module ${name} has no demo seed`);
        await module.seedDemo(ctx);
      }
      const started = performance.now();
      await seedNeeds(ctx);
      seedMs = performance.now() - started;
    });
    rows = await queryRows<NeedRow>(
      world.database.db,
      sql`select n.id, s.code as space, extract(year from n.recorded_on)::int as year, n.recorded_on::text as "recordedOn", n.source, n.voice,
            n.status, n.review_state as "reviewState", n.text, n.status_note as "statusNote", n.review_note as "reviewNote",
            n.helpful_text as "helpfulText", n.requirements, n.recorded_by_user_id as "recordedBy", n.recorded_by_organization_id as "recordedByOrg",
            n.language, cardinality(n.known_service_ids)::int as "knownCount", n.knows_no_offers as "knowsNoOffers",
            cardinality(n.helpful_service_ids)::int as "helpfulCount",
            coalesce((select array_agg(t.code order by t.code) from taxonomy_terms t where t.id = any(n.topic_ids)), '{}') as "topicCodes"
          from needs n join social_spaces s on s.id = n.space_id where n.office_id = ${officeId}`,
    );
    gapRows = await queryRows<GapRow>(
      world.database.db,
      sql`select g.need_id as "needId", t.code as "topicCode", g.kind, g.reasons, g.state, g.opened_on::text as "openedOn", g.closed_on::text as "closedOn"
          from gaps g join taxonomy_terms t on t.id = g.topic_id where g.office_id = ${officeId}`,
    );
  });
  afterAll(() => world.close());

  it('seeds at least 300 needs from 2015 to this year, more in later years, none in the future, quickly', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    const byYear = new Map<number, number>();
    for (const r of rows) byYear.set(r.year, (byYear.get(r.year) ?? 0) + 1);
    for (let year = FIRST_YEAR; year <= currentYear; year++) expect(byYear.get(year) ?? 0, String(year)).toBeGreaterThan(0);
    expect([...byYear.keys()].every((y) => y >= FIRST_YEAR && y <= currentYear)).toBe(true);
    expect(byYear.get(currentYear - 1) ?? 0).toBeGreaterThan((byYear.get(FIRST_YEAR) ?? 0) * 2);
    expect(rows.every((r) => r.recordedOn <= today)).toBe(true);
    expect(logged.some((line) => /Bedarfe/.test(line))).toBe(true);
    expect(seedMs).toBeLessThan(15_000);
  });

  it('covers every space, every source and both voices; staff entries name their recorder, public ones nobody', () => {
    expect(new Set(rows.map((r) => r.space))).toEqual(new Set(['SR1', 'SR2', 'SR3', 'SR4', 'SR5']));
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set(['home_visit', 'case_closure', 'participation', 'meeting', 'public_form', 'other']));
    const voices = new Map<string, number>();
    for (const r of rows) voices.set(r.voice, (voices.get(r.voice) ?? 0) + 1);
    expect(voices.get('affected') ?? 0).toBeGreaterThan(100);
    expect(voices.get('professional') ?? 0).toBeGreaterThan(50);
    const staff = rows.filter((r) => r.source !== 'public_form');
    expect(staff.every((r) => r.recordedBy !== null && r.recordedByOrg !== null)).toBe(true);
    const publicForm = rows.filter((r) => r.source === 'public_form');
    expect(publicForm.every((r) => r.recordedBy === null && r.recordedByOrg === null && r.voice === 'affected' && r.year === currentYear)).toBe(true);
    expect(publicForm.length).toBeGreaterThanOrEqual(8);
    expect(publicForm.length).toBeLessThanOrEqual(12);
    expect(new Set(publicForm.map((r) => r.language))).toEqual(new Set(['de', 'en', 'tr', 'ar', 'ru', 'uk']));
    const pending = publicForm.filter((r) => r.reviewState === 'pending');
    expect(pending.length).toBeGreaterThanOrEqual(1);
    expect(pending.length).toBeLessThan(publicForm.length / 2);
    // Home visits asked the three questions.
    const visits = rows.filter((r) => r.source === 'home_visit' && r.voice === 'affected');
    expect(visits.some((r) => r.knowsNoOffers)).toBe(true);
    expect(visits.some((r) => r.knownCount > 0)).toBe(true);
    expect(visits.filter((r) => r.requirements.text).length).toBeGreaterThan(5);
    expect(rows.filter((r) => r.source === 'case_closure').some((r) => r.helpfulCount > 0 && r.helpfulText)).toBe(true);
  });

  it(`inclusive sport stays missing in ${INCLUSIVE_SPORT_GAP_SPACE}: no inclusive sports offer there, so no gap is "reach"`, async () => {
    const [offers] = await queryRows<{ n: number }>(
      world.database.db,
      sql`select count(*)::int as n from services s join social_spaces sp on sp.id = any(s.space_ids)
          where s.office_id = ${officeId} and sp.code = ${INCLUSIVE_SPORT_GAP_SPACE} and s.status = 'active' and 'inclusive' = any(s.traits)
            and exists (select 1 from taxonomy_terms t where t.id = any(s.topic_path) and t.code = 'sport')`,
    );
    expect(offers?.n).toBe(0);
    const inclusiveSport = rows.filter((r) => r.space === INCLUSIVE_SPORT_GAP_SPACE && r.topicCodes.includes('sport') && r.requirements.inclusive);
    expect(inclusiveSport.length).toBeGreaterThanOrEqual(10);
    expect(new Set(inclusiveSport.map((r) => r.voice))).toEqual(new Set(['affected', 'professional']));
    const ids = new Set(inclusiveSport.map((r) => r.id));
    const sportGaps = gapRows.filter((g) => ids.has(g.needId) && g.topicCode === 'sport');
    expect(sportGaps.length).toBe(inclusiveSport.length);
    expect(sportGaps.filter((g) => g.kind === 'reach')).toEqual([]);
    expect(sportGaps.some((g) => g.kind === 'missing')).toBe(true);
    expect(sportGaps.filter((g) => g.kind === 'fit').length).toBeGreaterThan(0);
    expect(sportGaps.filter((g) => g.kind === 'fit').every((g) => g.reasons.includes('inclusion'))).toBe(true);
    expect(sportGaps.filter((g) => g.state === 'open').length).toBeGreaterThan(sportGaps.length / 2);
  });

  it('an offer for children of mentally ill parents is named only by professionals, in several spaces', () => {
    const named = rows.filter((r) => MENTALLY_ILL_PARENTS.test(r.text) || MENTALLY_ILL_PARENTS.test(r.helpfulText));
    expect(named.length).toBeGreaterThanOrEqual(8);
    expect(named.filter((r) => r.voice !== 'professional')).toEqual([]);
    expect(new Set(named.map((r) => r.space)).size).toBeGreaterThanOrEqual(3);
    expect(named.every((r) => r.topicCodes.includes('psychische-gesundheit'))).toBe(true);
  });

  it('cooking groups and meeting places are named by the parents themselves', () => {
    const named = rows.filter((r) => COOKING_OR_MEETING.test(r.text));
    expect(named.length).toBeGreaterThanOrEqual(15);
    expect(named.filter((r) => r.voice !== 'affected')).toEqual([]);
    expect(named.filter((r) => !['home_visit', 'participation', 'public_form'].includes(r.source))).toEqual([]);
    expect(new Set(named.map((r) => r.space)).size).toBeGreaterThanOrEqual(4);
  });

  it('gives every accepted need one gap per topic, none to pending entries, and closes the gaps of needs that are no longer open', () => {
    const gapsByNeed = new Map<string, GapRow[]>();
    for (const g of gapRows) gapsByNeed.set(g.needId, [...(gapsByNeed.get(g.needId) ?? []), g]);
    const accepted = rows.filter((r) => r.reviewState === 'accepted');
    expect(gapRows.length).toBe(accepted.reduce((sum, r) => sum + r.topicCodes.length, 0));
    for (const need of accepted) {
      const own = gapsByNeed.get(need.id) ?? [];
      expect(own.map((g) => g.topicCode).sort(), need.text).toEqual([...need.topicCodes].sort());
      expect(own.every((g) => g.state === (need.status === 'open' ? 'open' : 'closed')), need.text).toBe(true);
    }
    for (const need of rows.filter((r) => r.reviewState === 'pending')) expect(gapsByNeed.get(need.id) ?? []).toEqual([]);
    expect(new Set(gapRows.map((g) => g.kind))).toEqual(new Set(['missing', 'reach', 'fit']));
    // Opened in one year and closed in a later one: the history the heat map counts.
    expect(gapRows.filter((g) => g.closedOn && g.closedOn.slice(0, 4) > g.openedOn.slice(0, 4)).length).toBeGreaterThan(10);
    expect(gapRows.every((g) => g.openedOn <= today && (g.closedOn ?? g.openedOn) <= today && (g.closedOn ?? g.openedOn) >= g.openedOn)).toBe(true);
  });

  it('has open, referred, taken-up and closed needs; referrals tie the recorder to the offer', async () => {
    const statuses = new Set(rows.map((r) => r.status));
    expect(statuses).toEqual(new Set(['open', 'referred', 'project', 'closed']));
    const recent = rows.filter((r) => r.year === currentYear && r.reviewState === 'accepted');
    expect(recent.filter((r) => r.status === 'open').length).toBeGreaterThan(recent.length * 0.7);
    expect(rows.filter((r) => r.status !== 'open').every((r) => r.statusNote.length >= 3)).toBe(true);
    const referrals = await queryRows<{ needId: string; from: string | null; to: string | null; referredOn: string; recordedOn: string }>(
      world.database.db,
      sql`select r.need_id as "needId", r.from_organization_id as "from", r.to_organization_id as "to", r.referred_on::text as "referredOn", n.recorded_on::text as "recordedOn"
          from referrals r join needs n on n.id = r.need_id where r.office_id = ${officeId}`,
    );
    const referred = rows.filter((r) => r.status === 'referred');
    expect(referred.length).toBeGreaterThan(20);
    expect(new Set(referrals.map((r) => r.needId))).toEqual(new Set(referred.map((r) => r.id)));
    expect(referrals.every((r) => r.from && r.to && r.referredOn >= r.recordedOn && r.referredOn <= today)).toBe(true);
  });

  it('passes the privacy guard with every text', () => {
    const texts = rows.flatMap((r) => [r.text, r.requirements.text, r.helpfulText, r.statusNote, r.reviewNote]).filter(Boolean);
    const refused = texts.filter((t) => !checkPrivacy(t).ok);
    expect(refused).toEqual([]);
  });

  it('is the same demo on every first start', async () => {
    const before = (await fingerprint(world.database.db)).map((r) => r.line);
    const again = await world.database.db
      .transaction(async (tx) => {
        await tx.execute(sql`delete from needs where office_id = ${officeId}`);
        await seedNeeds(demoContext(tx, () => undefined));
        const lines = (await fingerprint(tx)).map((r) => r.line);
        // Leave the first run in place.
        throw Object.assign(new Error('rollback'), { lines });
      })
      .catch((error: unknown) => (error as { lines?: string[] }).lines ?? []);
    expect(again.length).toBe(before.length);
    expect(again).toEqual(before);
  });
});
