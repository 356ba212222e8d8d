import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBerlin } from '../../platform/calendar';
import type { ReportPeriod } from '../../platform/report-period';
import { createTestWorld, type TestWorld } from '../../test/test-app';
import { servicesReport } from './index';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

// The offers' figures for the annual report, checked by hand. Offers are made through the API (so today); to make
// one older, the test moves its creation day (also in the change history) and, where said, its verification day in
// the database.
describe('offers: figures for the annual report', () => {
  let world: TestWorld;
  let officeId = '';
  const space = { nord: '', sued: '' };
  let orgId = '';
  let topics: { id: string; code: string | null }[] = [];
  const topic = (code: string) => topics.find((t) => t.code === code)?.id as string;
  const today = todayInBerlin();
  const Y = Number(today.slice(0, 4));
  const o: Record<string, string> = {};

  const request = async (method: 'POST' | 'PATCH', url: string, payload: object, status: number) => {
    const response = await world.request({ method, url, as: 'admin', payload });
    expect(response.statusCode, `${url} ${response.body}`).toBe(status);
    return response.json().id as string;
  };
  const offer = (name: string, spaceId: string, topicCode: string) => request('POST', '/api/services', { organizationId: orgId, name, spaceIds: [spaceId], topicIds: [topic(topicCode)] }, 201);
  const verify = (id: string) => request('POST', `/api/services/${id}/verify`, {}, 200);
  const backdate = async (id: string, createdOn: string, assuredOn?: string) => {
    await world.database.db.execute(sql`update services set created_at = ${`${createdOn}T12:00:00+01:00`}::timestamptz where id = ${id}`);
    // The change history says when the offer was created, too.
    await world.database.db.execute(sql`update hsds_metadata set last_action_date = ${createdOn}::date where resource_id = ${id} and last_action_type = 'create'`);
    if (assuredOn) await world.database.db.execute(sql`update services set assured_date = ${assuredOn}::date where id = ${id}`);
  };
  const period = (spaceId: string | null, y = Y): ReportPeriod => ({ officeId, year: y, from: `${y}-01-01`, to: `${y}-12-31`, spaceId });
  const ofTopic = (figures: Awaited<ReturnType<typeof servicesReport>>['figures'], code: string) => {
    const entry = figures.byTopic.find((t) => t.code === code);
    if (!entry) throw new Error(`no topic ${code}`);
    return { added: entry.added, verified: entry.verified, active: entry.active, stale: entry.stale };
  };

  beforeAll(async () => {
    world = await createTestWorld();
    officeId = world.users.own.admin.officeId;
    space.nord = await request('POST', '/api/social-spaces', { code: 'NORD', name: 'Nord', boundary: square(10.0, 53.7) }, 201);
    space.sued = await request('POST', '/api/social-spaces', { code: 'SUED', name: 'Süd', boundary: square(10.05, 53.7) }, 201);
    orgId = await request('POST', '/api/organizations', { name: 'Familienzentrum Nord e. V.', type: 'family_centre' }, 201);
    topics = (await world.request({ method: 'GET', url: '/api/topics?office=own-office' })).json();

    // O1 nord: new this year, verified today.
    o.o1 = await offer('Elterncafé', space.nord, 'familienbildung');
    await verify(o.o1);
    // O2 sued: new this year, never verified → stale.
    o.o2 = await offer('Kinderturnen', space.sued, 'sport');
    // O3 nord: two years old, last verified on the last day of the year before last → stale now (whatever today's
    // date), still current at the end of last year (12 months to the day).
    o.o3 = await offer('Erziehungsberatung', space.nord, 'erziehungsberatung');
    await backdate(o.o3, `${Y - 2}-05-01`, `${Y - 2}-12-31`);
    // O4 sued: from last June, verified in December last year, set inactive today (so active at the end of last year).
    o.o4 = await offer('Trauergruppe', space.sued, 'trauer');
    await backdate(o.o4, `${Y - 1}-06-01`, `${Y - 1}-12-15`);
    await request('PATCH', `/api/services/${o.o4}`, { status: 'inactive' }, 200);
    // O5 nord: from last February, first verified today (so unverified, stale, at the end of last year).
    o.o5 = await offer('Familienbildung am Abend', space.nord, 'familienbildung');
    await verify(o.o5);
    await backdate(o.o5, `${Y - 1}-02-01`);
  });
  afterAll(() => world.close());

  it('counts the whole office: added, verified, active and stale on the reference day, by top-level topic', async () => {
    const { figures, appendix } = await servicesReport(world.database.db, period(null));
    expect(figures.asOf).toBe(today);
    expect(figures.staleAfterMonths).toBe(12);
    expect(figures.counts).toEqual({ added: 2, verified: 2, active: 4, stale: 2 });
    expect(ofTopic(figures, 'eltern-familie')).toEqual({ added: 1, verified: 2, active: 2, stale: 0 });
    expect(ofTopic(figures, 'freizeit-sport')).toEqual({ added: 1, verified: 0, active: 1, stale: 1 });
    expect(ofTopic(figures, 'beratung')).toEqual({ added: 0, verified: 0, active: 1, stale: 1 });
    expect(ofTopic(figures, 'trauer')).toEqual({ added: 0, verified: 0, active: 0, stale: 0 });
    // Only top-level topics, each once.
    expect(figures.byTopic.find((t) => t.code === 'sport')).toBeUndefined();
    expect(new Set(figures.byTopic.map((t) => t.topicId)).size).toBe(figures.byTopic.length);
    expect(appendix.map((a) => a.table)).toEqual(['Angebote', 'Angebote nach Thema']);
    expect(appendix[0]?.counted).toContain('seit mehr als 12 Monaten');
  });

  it('counts one space', async () => {
    expect((await servicesReport(world.database.db, period(space.nord))).figures.counts).toEqual({ added: 1, verified: 2, active: 3, stale: 1 });
    expect((await servicesReport(world.database.db, period(space.sued))).figures.counts).toEqual({ added: 1, verified: 0, active: 1, stale: 1 });
  });

  it('shows last year as it was at its end: status and verification from the change history', async () => {
    const { figures } = await servicesReport(world.database.db, period(null, Y - 1));
    expect(figures.asOf).toBe(`${Y - 1}-12-31`);
    // Existing then: O3, O4, O5. Added: O4, O5. Verified: O4 (December). Active: all three (O4 was deactivated only
    // today). Stale: O5 (its first verification was today); O3's verification was exactly 12 months old: not stale.
    expect(figures.counts).toEqual({ added: 2, verified: 1, active: 3, stale: 1 });
    expect(ofTopic(figures, 'beratung')).toEqual({ added: 0, verified: 0, active: 1, stale: 0 });
    expect(ofTopic(figures, 'trauer')).toEqual({ added: 1, verified: 1, active: 1, stale: 0 });
    const foreign = await servicesReport(world.database.db, { ...period(null), officeId: world.users.foreign.admin.officeId });
    expect(foreign.figures.counts).toEqual({ added: 0, verified: 0, active: 0, stale: 0 });
  });
});
