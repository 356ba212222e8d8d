import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportPeriod } from '../../platform/report-period';
import { createTestWorld, type TestWorld } from '../../test/test-app';
import { networkAnalysisReport } from './index';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

const people = ['Anna Asd', 'Bernd Träger', 'Clara Schule', 'Sven Süd', 'Sara Süd'];

/**
 * Nord: ASD, outpatient provider, school and sports club; team Anna (ASD), Bernd (provider), Clara (school).
 * Süd: family centre; team Sven and Sara. Held meetings (organisers, attending organisations):
 *   M1 Nord 01.05.2024 Anna        ASD, provider           → tie ASD–provider, before 2025
 *   M2 Nord 10.02.2025 Anna        ASD, provider, school   (agenda item by Bernd) → ASD–provider (old), ASD–school, provider–school (new)
 *   M3 Nord 10.06.2025 Anna        ASD, school
 *   M4 Süd  01.03.2025 Sven        family centre, club     → family centre–club (new)
 *   M5 Süd  01.04.2025 Sara        family centre
 * Many shoulders 2025, default weights (meeting organised 3, agenda item 1):
 *   Nord: Anna 6, Bernd 1, Clara 0 → total 7, top 6/7, Gini 2·(2·6 − 2·0)/(2·3·7) = 24/42; more than half → warning
 *   Süd:  Sven 3, Sara 3 → top 1/2, not more than half → no warning
 */
describe('network analysis: figures for the annual report', () => {
  let world: TestWorld;
  let officeId = '';
  const space = { nord: '', sued: '' };
  const org = { asd: '', provider: '', school: '', club: '', centre: '' };
  const member = { anna: '', bernd: '', clara: '', sven: '', sara: '' };
  const period = (year: number, spaceId: string | null): ReportPeriod => ({ officeId, year, from: `${year}-01-01`, to: `${year}-12-31`, spaceId });

  const post = async (url: string, payload: object) => {
    const response = await world.request({ method: 'POST', url, as: 'admin', payload });
    expect(response.statusCode, `${url} ${response.body}`).toBe(201);
    return response.json().id as string;
  };
  const uuids = (ids: string[]) => `{${ids.join(',')}}`;
  async function meeting(spaceId: string, day: string, organizers: string[], attending: string[], agendaBy: string[] = []) {
    const result = await world.database.db.execute(
      sql`insert into meetings (office_id, space_ids, title, starts_at, ends_at, state, organizer_membership_ids)
          values (${officeId}, ${uuids([spaceId])}::uuid[], 'Netzwerktreffen', ${`${day}T16:00:00+01:00`}::timestamptz, ${`${day}T18:00:00+01:00`}::timestamptz,
                  'held', ${uuids(organizers)}::uuid[]) returning id`,
    );
    const id = (result as unknown as { rows: { id: string }[] }).rows[0]?.id as string;
    for (const organizationId of attending) await world.database.db.execute(sql`insert into meeting_attendance (meeting_id, organization_id, head_count) values (${id}, ${organizationId}, 1)`);
    for (const [i, by] of agendaBy.entries()) await world.database.db.execute(sql`insert into agenda_items (meeting_id, position, title, brought_by_membership_id) values (${id}, ${i + 1}, 'Thema', ${by})`);
  }

  beforeAll(async () => {
    world = await createTestWorld();
    officeId = world.offices.own.id;
    space.nord = await post('/api/social-spaces', { code: 'NORD', name: 'Nord', boundary: square(10.0, 53.7) });
    space.sued = await post('/api/social-spaces', { code: 'SUED', name: 'Süd', boundary: square(10.05, 53.7) });
    org.asd = await post('/api/organizations', { name: 'ASD Nord', type: 'asd', spaceIds: [space.nord] });
    org.provider = await post('/api/organizations', { name: 'Jugendhilfe Nord gGmbH', type: 'provider_outpatient', spaceIds: [space.nord] });
    org.school = await post('/api/organizations', { name: 'Grundschule Nord', type: 'school', spaceIds: [space.nord] });
    org.club = await post('/api/organizations', { name: 'SV Nord', type: 'sports_club', spaceIds: [space.nord] });
    org.centre = await post('/api/organizations', { name: 'Familienzentrum Süd', type: 'family_centre', spaceIds: [space.sued] });
    const membership = (spaceId: string, personName: string, organizationId: string, teamRole: string) =>
      post('/api/team-memberships', { spaceId, organizationId, personName, teamRole, validFrom: '2020-01-01' });
    member.anna = await membership(space.nord, 'Anna Asd', org.asd, 'asd');
    member.bernd = await membership(space.nord, 'Bernd Träger', org.provider, 'provider_outpatient');
    member.clara = await membership(space.nord, 'Clara Schule', org.school, 'school_social_worker');
    member.sven = await membership(space.sued, 'Sven Süd', org.centre, 'family_centre_coordinator');
    member.sara = await membership(space.sued, 'Sara Süd', org.centre, 'family_centre_coordinator');

    await meeting(space.nord, '2024-05-01', [member.anna], [org.asd, org.provider]);
    await meeting(space.nord, '2025-02-10', [member.anna], [org.asd, org.provider, org.school], [member.bernd]);
    await meeting(space.nord, '2025-06-10', [member.anna], [org.asd, org.school]);
    await meeting(space.sued, '2025-03-01', [member.sven], [org.centre, org.club]);
    await meeting(space.sued, '2025-04-01', [member.sara], [org.centre]);
  });
  afterAll(() => world.close());

  const noName = (value: unknown) => {
    const text = JSON.stringify(value);
    for (const name of people) expect(text).not.toContain(name.split(' ')[0]);
  };

  it('gives one space its many shoulders without a name and its network with the new ties', async () => {
    const { figures, appendix } = await networkAnalysisReport(world.database.db, period(2025, space.nord));
    expect(figures.manyShoulders).toMatchObject({ total: 7, explanation: ['2 von 3 Personen im Team haben zur Netzwerkarbeit beigetragen.', 'Die aktivste Person trägt 86 % der Netzwerkarbeit.', expect.stringMatching(/^Gini-Koeffizient 0,57:/)] });
    expect(figures.manyShoulders?.topShare).toBeCloseTo(6 / 7, 10);
    expect(figures.manyShoulders?.gini).toBeCloseTo(24 / 42, 10);
    expect(figures.manyShoulders?.warning).toBe('Eine Person trägt mehr als die Hälfte der Netzwerkarbeit (86 %). Die Arbeit ruht nicht auf vielen Schultern.');
    // Three types of one person each: combined into one row of three people.
    expect(figures.manyShoulders?.byOrganizationType).toEqual([{ organizationType: 'grouped', score: 7, share: 1, people: 3 }]);
    expect(figures.spacesWithWarning).toEqual([]);
    // ASD, provider, school, club; ASD–provider (known since 2024), ASD–school, provider–school; the club has no tie in Nord.
    expect(figures).toMatchObject({ organizations: 4, ties: 3, newTies: 2, density: 0.5, isolated: 1 });
    expect(figures.missingTypes).toHaveLength(9);
    expect(figures.missingTypes).toContainEqual({ type: 'sports_club', message: 'kein Sportverein beteiligt' });
    expect(figures.missingTypes.map((t) => t.type)).not.toContain('school');
    expect(appendix.map((a) => a.filters)).toEqual(['Sozialraum Nord; 01.01.2025–31.12.2025; ohne Namen; Organisationsarten mit weniger als drei Personen zusammengefasst', 'Sozialraum Nord; 01.01.2025–31.12.2025']);
    noName({ figures, appendix });

    const sued = await networkAnalysisReport(world.database.db, period(2025, space.sued));
    expect(sued.figures.manyShoulders).toMatchObject({ total: 6, topShare: 0.5, gini: 0, warning: null, byOrganizationType: [] });
    // Family centre and the club it met (tied in from Nord): one tie, new.
    expect(sued.figures).toMatchObject({ organizations: 2, ties: 1, newTies: 1, density: 1, isolated: 0 });
    noName(sued);
  });

  it('office-wide gives the network of all spaces and the spaces with a warning, by name', async () => {
    const { figures } = await networkAnalysisReport(world.database.db, period(2025, null));
    expect(figures.manyShoulders).toBeNull();
    expect(figures.spacesWithWarning).toEqual([{ spaceId: space.nord, name: 'Nord' }]);
    expect(figures).toMatchObject({ organizations: 5, ties: 4, newTies: 3, density: 0.4, isolated: 0 });
    expect(figures.missingTypes).toHaveLength(7);
    noName(figures);
  });

  it('counts a year by its own events: in 2024 the one tie was new, in 2026 there is none', async () => {
    const y2024 = await networkAnalysisReport(world.database.db, period(2024, null));
    expect(y2024.figures).toMatchObject({ ties: 1, newTies: 1, spacesWithWarning: [{ spaceId: space.nord, name: 'Nord' }] });
    const y2026 = await networkAnalysisReport(world.database.db, period(2026, space.nord));
    expect(y2026.figures).toMatchObject({ ties: 0, newTies: 0, isolated: 4, manyShoulders: { total: 0, topShare: 0, warning: null } });
  });
});
