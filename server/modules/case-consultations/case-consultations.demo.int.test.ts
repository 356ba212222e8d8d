import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRequiredConsultationRoles } from '../../../common/meeting-terms';
import { modules } from '../../modules';
import { todayInBerlin } from '../../platform/calendar';
import { queryRows } from '../../platform/db/database';
import { assertNoPersonalData } from '../../platform/privacy-guard';
import { createTestWorld, type TestWorld } from '../../test/test-app';
import { seedCaseConsultations } from './case-consultations.demo';

const FIRST_YEAR = 2015;

type ConsultationRow = {
  id: string;
  space: string;
  spaceId: string;
  heldOn: string;
  year: number;
  month: number;
  participants: { teamRole: string; membershipId: string | null }[];
  note: string;
  createdInFuture: boolean;
};
type CaseRow = { consultationId: string; position: number; helpType: string; found: boolean; note: string; year: number };
type MembershipRow = { id: string; spaceId: string; teamRole: string; validFrom: string; validTo: string | null };

describe('demo collegial case consultations: monthly per space from 2015, anonymous cases', () => {
  let world: TestWorld;
  let officeId = '';
  const logged: string[] = [];
  let rows: ConsultationRow[] = [];
  let cases: CaseRow[] = [];
  let memberships: MembershipRow[] = [];
  const today = todayInBerlin();
  const currentYear = new Date().getFullYear();
  const spaces = ['SR1', 'SR2', 'SR3', 'SR4', 'SR5'];
  /** The roles the source requires on a day: the networker only while the network model had one (until 2016). */
  const requiredOn = (date: string) => defaultRequiredConsultationRoles.filter((r) => r !== 'networker' || date < '2017-01-01');
  const missingOf = (r: ConsultationRow) => requiredOn(r.heldOn).filter((role) => !r.participants.some((p) => p.teamRole === role));

  beforeAll(async () => {
    world = await createTestWorld();
    officeId = world.offices.own.id;
    await world.database.db.transaction(async (tx) => {
      const ctx = { tx, actor: { kind: 'system' as const, label: 'Demo-Daten', officeId }, officeId, firstYear: FIRST_YEAR, currentYear, log: (line: string) => logged.push(line) };
      for (const name of ['accounts', 'social-spaces']) {
        const module = modules.find((m) => m.name === name);
        if (!module?.seedDemo) throw new Error(`module ${name} has no demo seed`);
        await module.seedDemo(ctx);
      }
      await seedCaseConsultations(ctx);
    });
    const db = world.database.db;
    rows = await queryRows<ConsultationRow>(
      db,
      sql`select c.id, s.code as space, c.space_id as "spaceId", c.held_on::text as "heldOn", extract(year from c.held_on)::int as year,
            extract(month from c.held_on)::int as month, c.participants, c.note, (c.created_at > now() or c.updated_at > now()) as "createdInFuture"
          from case_consultations c join social_spaces s on s.id = c.space_id where c.office_id = ${officeId} order by c.held_on`,
    );
    cases = await queryRows<CaseRow>(
      db,
      sql`select k.consultation_id as "consultationId", k.position, k.help_type as "helpType", k.low_threshold_offer_found as found, k.note,
            extract(year from c.held_on)::int as year
          from consultation_cases k join case_consultations c on c.id = k.consultation_id where c.office_id = ${officeId}`,
    );
    memberships = await queryRows<MembershipRow>(
      db,
      sql`select id, space_id as "spaceId", team_role as "teamRole", valid_from::text as "validFrom", valid_to::text as "validTo" from team_memberships where office_id = ${officeId}`,
    );
  });
  afterAll(() => world.close());

  it('meets once a month in every space from 2015 up to today, never in the future', () => {
    for (const space of spaces) {
      const own = rows.filter((r) => r.space === space);
      for (let year = FIRST_YEAR; year < currentYear; year++) {
        const ofYear = own.filter((r) => r.year === year);
        expect(ofYear, `${space} ${year}`).toHaveLength(12);
        expect(new Set(ofYear.map((r) => r.month)).size).toBe(12);
      }
      const thisYear = own.filter((r) => r.year === currentYear);
      const month = Number(today.slice(5, 7));
      expect(thisYear.length).toBeGreaterThanOrEqual(month - 1);
      expect(thisYear.length).toBeLessThanOrEqual(month);
      expect(new Set(thisYear.map((r) => r.month)).size).toBe(thisYear.length);
    }
    expect(rows.every((r) => r.heldOn <= today && !r.createdInFuture)).toBe(true);
  });

  it('lists participants by team role with the space’s memberships of that day, the networker only until 2016', () => {
    const byId = new Map(memberships.map((m) => [m.id, m]));
    for (const r of rows) {
      expect(r.participants.some((p) => p.teamRole === 'asd'), `${r.space} ${r.heldOn}`).toBe(true);
      expect(r.participants.some((p) => p.teamRole === 'networker')).toBe(r.heldOn < '2017-01-01');
      for (const p of r.participants) {
        if (!p.membershipId) continue;
        const m = byId.get(p.membershipId);
        expect(m?.spaceId).toBe(r.spaceId);
        expect(m?.teamRole).toBe(p.teamRole);
        expect(m && m.validFrom <= r.heldOn && (m.validTo === null || m.validTo >= r.heldOn)).toBe(true);
      }
    }
    // Where the team has nobody in a role on that day, the role still takes part, without a membership.
    expect(rows.some((r) => r.participants.some((p) => p.membershipId === null))).toBe(true);
    expect(rows.filter((r) => r.participants.some((p) => p.membershipId !== null)).length).toBe(rows.length);
  });

  it('misses a role in about one consultation in eight, most often the residential provider, and says so', () => {
    const missing = rows.filter((r) => missingOf(r).length > 0);
    expect(missing.length / rows.length).toBeGreaterThan(1 / 16);
    expect(missing.length / rows.length).toBeLessThan(1 / 5);
    expect(missing.every((r) => missingOf(r).length === 1)).toBe(true);
    const counts = new Map<string, number>();
    for (const r of missing) for (const role of missingOf(r)) counts.set(role, (counts.get(role) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    expect(ranked[0]?.[0]).toBe('provider_residential');
    expect(counts.size).toBeGreaterThanOrEqual(2);
    expect(counts.has('asd')).toBe(false);
    expect(missing.every((r) => /verhindert/.test(r.note))).toBe(true);
  });

  it('discusses 2–6 anonymous cases each, more of them ending in an offer of the space from 2017', () => {
    for (const r of rows) {
      const own = cases.filter((c) => c.consultationId === r.id);
      expect(own.length, `${r.space} ${r.heldOn}`).toBeGreaterThanOrEqual(2);
      expect(own.length).toBeLessThanOrEqual(6);
      expect(own.map((c) => c.position).sort((a, b) => a - b)).toEqual(own.map((_, i) => i + 1));
    }
    const share = (list: CaseRow[]) => list.filter((c) => c.helpType === 'space_offer').length / list.length;
    const before = cases.filter((c) => c.year <= 2016);
    const after = cases.filter((c) => c.year >= 2019);
    expect(share(after)).toBeGreaterThan(share(before) + 0.1);
    for (const type of ['space_offer', 'outpatient', 'residential', 'referral', 'none']) expect(cases.some((c) => c.helpType === type), type).toBe(true);
    const found = cases.filter((c) => c.found);
    expect(found.length).toBeGreaterThan(cases.length / 5);
    expect(found.length).toBeLessThan(cases.length * 0.8);
    const foundShare = (type: string) => cases.filter((c) => c.helpType === type && c.found).length / cases.filter((c) => c.helpType === type).length;
    expect(foundShare('space_offer')).toBeGreaterThan(0.8);
    expect(foundShare('residential')).toBeLessThan(0.2);
    expect(cases.filter((c) => c.note !== '').length).toBeGreaterThan(cases.length * 0.7);
  });

  it('holds no name and no case number: every note passes the privacy guard', () => {
    const notes = [...cases.map((c) => c.note), ...rows.map((r) => r.note)].filter(Boolean);
    expect(notes.length).toBeGreaterThan(1000);
    for (const text of new Set(notes)) expect(() => assertNoPersonalData({ note: text }), text).not.toThrow();
    // The guard does refuse a named case: the check above can fail.
    expect(() => assertNoPersonalData({ note: 'Familie Petersen, Az. 51.2-1234/23: ambulante Hilfe.' })).toThrow();
  });

  it('logs what it wrote', () => {
    expect(logged.some((line) => /kollegiale Beratungen .* Fällen/.test(line))).toBe(true);
  });
});
