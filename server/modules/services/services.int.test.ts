import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database';
import { auditCount, countRows, createTestWorld, type TestWorld } from '../../test/test-app';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

describe('offers: keeping them current, permissions, audit', () => {
  let world: TestWorld;
  const space = { nord: '', sued: '' };
  const org = { own: '', other: '' };
  let topics: { id: string; code: string | null; parentId: string | null }[] = [];
  const topic = (code: string) => topics.find((t) => t.code === code)?.id as string;

  const offer = (overrides: Record<string, unknown> = {}) => ({
    organizationId: org.own,
    name: 'Elterncafé im Familienzentrum',
    description: 'Offener Treff für Eltern mit Kindern bis drei Jahre.',
    minimumAge: 0,
    maximumAge: 3,
    traits: ['free_of_charge', 'no_registration'],
    languages: ['de', 'tr'],
    topicIds: [topic('familienbildung')],
    locations: [{ name: 'Familienzentrum Nord', street: 'Lindenweg 4', postalCode: '22844', city: 'Norderstedt', point: [10.005, 53.705] }],
    schedules: [{ days: ['TU', 'TH'], opensAt: '09:30', closesAt: '11:30', description: 'außer in den Ferien' }],
    phones: [{ number: '040 5555 1234', description: 'Zentrale' }],
    ...overrides,
  });

  beforeAll(async () => {
    world = await createTestWorld();
    for (const [key, lon] of [['nord', 10.0], ['sued', 10.05]] as const) {
      const r = await world.request({ method: 'POST', url: '/api/social-spaces', as: 'admin', payload: { code: key, name: key, boundary: square(lon, 53.7) } });
      space[key] = r.json().id;
    }
    for (const [key, name] of [['own', 'Familienzentrum Nord e. V.'], ['other', 'SV Süd']] as const) {
      const r = await world.request({ method: 'POST', url: '/api/organizations', as: 'admin', payload: { name, type: key === 'own' ? 'family_centre' : 'sports_club' } });
      org[key] = r.json().id;
    }
    await world.database.db.execute(sql`update users set organization_id = ${org.own} where id = ${world.users.own.provider_editor.id}`);
    const member = await world.request({
      method: 'POST',
      url: '/api/team-memberships',
      as: 'admin',
      payload: { spaceId: space.sued, userId: world.users.own.team_member.id, personName: 'Teammitglied', teamRole: 'asd', validFrom: '2020-01-01' },
    });
    expect(member.statusCode).toBe(201);
    topics = (await world.request({ method: 'GET', url: '/api/topics?office=own-office' })).json();
  });
  afterAll(() => world.close());

  it('has the German default topics, public, with a hierarchy', async () => {
    expect(topics.map((t) => t.code)).toEqual(expect.arrayContaining(['beratung', 'fruehe-hilfen', 'trauer', 'sucht', 'gewaltschutz', 'finanzielle-hilfen', 'inklusion', 'sprache-integration']));
    const child = topics.find((t) => t.code === 'erziehungsberatung');
    expect(child?.parentId).toBe(topic('beratung'));
  });

  it('creates an offer: space from the point, opening times, audit and HSDS metadata in the same transaction', async () => {
    const auditBefore = await auditCount(world.database);
    const created = await world.request({ method: 'POST', url: '/api/services', as: 'provider_editor', payload: offer() });
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({
      name: 'Elterncafé im Familienzentrum',
      organization: { id: org.own },
      spaceIds: [space.nord],
      languages: ['de', 'tr'],
      schedules: [{ days: ['TU', 'TH'], opensAt: '09:30', closesAt: '11:30' }],
      locations: [{ spaceId: space.nord, postalCode: '22844', point: [10.005, 53.705] }],
      topics: [{ id: topic('familienbildung'), name: 'Familienbildung' }],
      stale: true,
      canEdit: true,
    });
    expect(await auditCount(world.database)).toBe(auditBefore + 1);
    const metadata = await queryRows<{ field_name: string }>(world.database.db, sql`select field_name from hsds_metadata where resource_id = ${body.id}`);
    expect(metadata.map((m) => m.field_name)).toEqual(expect.arrayContaining(['name', 'description', 'status']));
    // Opening times are searchable: Tuesday 10:00 is open, Tuesday 12:00 is not.
    const open = await world.request({ method: 'GET', url: '/api/services?office=own-office&openDay=TU&openTime=10:00' });
    expect(open.json().items.map((i: { id: string }) => i.id)).toContain(body.id);
    const closed = await world.request({ method: 'GET', url: '/api/services?office=own-office&openDay=TU&openTime=12:00' });
    expect(closed.json().items.map((i: { id: string }) => i.id)).not.toContain(body.id);
  });

  it('refuses bad input with a German message naming the field, and stores nothing', async () => {
    const before = await countRows(world.database, 'services');
    const auditBefore = await auditCount(world.database);
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'name'],
      [{ minimumAge: 12, maximumAge: 6 }, 'maximumAge'],
      [{ locations: [{ postalCode: '2284', street: 'X', city: 'Y' }] }, 'locations.0.postalCode'],
      [{ schedules: [{ days: ['TU'], opensAt: '18:00', closesAt: '09:00' }] }, 'schedules.0.closesAt'],
      [{ topicIds: ['00000000-0000-4000-8000-000000000000'] }, 'topicIds'],
      [{ traits: ['gratis'] }, 'traits.0'],
    ];
    for (const [change, field] of cases) {
      const response = await world.request({ method: 'POST', url: '/api/services', as: 'admin', payload: offer(change) });
      expect(response.statusCode, JSON.stringify(change)).toBe(400);
      expect(response.json().errors.map((e: { field: string }) => e.field), JSON.stringify(change)).toContain(field);
      expect(response.json().errors[0].message).toMatch(/[a-zäöüß]/);
    }
    expect(await countRows(world.database, 'services')).toBe(before);
    expect(await auditCount(world.database)).toBe(auditBefore);
  });

  it('lets a provider editor edit only their own organisation’s offers', async () => {
    const mine = (await world.request({ method: 'POST', url: '/api/services', as: 'admin', payload: offer({ name: 'Krabbelgruppe' }) })).json();
    const theirs = (await world.request({ method: 'POST', url: '/api/services', as: 'admin', payload: offer({ name: 'Fußball für alle', organizationId: org.other }) })).json();
    const own = await world.request({ method: 'PATCH', url: `/api/services/${mine.id}`, as: 'provider_editor', payload: { description: 'Neu beschrieben' } });
    expect(own.statusCode).toBe(200);
    const foreign = await world.request({ method: 'PATCH', url: `/api/services/${theirs.id}`, as: 'provider_editor', payload: { description: 'gekapert' } });
    expect(foreign.statusCode).toBe(403);
    const moved = await world.request({ method: 'PATCH', url: `/api/services/${mine.id}`, as: 'provider_editor', payload: { organizationId: org.other } });
    expect(moved.statusCode).toBe(403);
    const created = await world.request({ method: 'POST', url: '/api/services', as: 'provider_editor', payload: offer({ organizationId: org.other }) });
    expect(created.statusCode).toBe(403);
    const stored = (await world.request({ method: 'GET', url: `/api/services/${theirs.id}` })).json();
    expect(stored.description).not.toBe('gekapert');
    expect(stored.canEdit).toBe(false);
  });

  it('lets a team member edit offers in their own spaces only', async () => {
    const north = (await world.request({ method: 'POST', url: '/api/services', as: 'admin', payload: offer({ name: 'Nord-Angebot' }) })).json();
    const southPoint = { locations: [{ name: 'Süd', street: 'Marktplatz 1', postalCode: '22846', city: 'Norderstedt', point: [10.055, 53.705] }] };
    const south = (await world.request({ method: 'POST', url: '/api/services', as: 'admin', payload: offer({ name: 'Süd-Angebot', ...southPoint }) })).json();
    expect(south.spaceIds).toEqual([space.sued]);
    const changed = await world.request({ method: 'PATCH', url: `/api/services/${south.id}`, as: 'team_member', payload: { alert: 'Im August geschlossen.' } });
    expect(changed.statusCode).toBe(200);
    // A PATCH changes only what it names.
    expect(changed.json()).toMatchObject({ name: 'Süd-Angebot', spaceIds: [space.sued], languages: ['de', 'tr'], traits: ['free_of_charge', 'no_registration'], locations: [{ street: 'Marktplatz 1' }], schedules: [{ days: ['TU', 'TH'] }] });
    expect((await world.request({ method: 'PATCH', url: `/api/services/${north.id}`, as: 'team_member', payload: { alert: 'x' } })).statusCode).toBe(403);
    // Moving an offer out of one's own spaces is refused as well.
    expect((await world.request({ method: 'PATCH', url: `/api/services/${south.id}`, as: 'team_member', payload: { spaceIds: [space.nord] } })).statusCode).toBe(403);
    expect((await world.request({ method: 'GET', url: `/api/services/${south.id}` })).json().alert).toBe('Im August geschlossen.');
  });

  it('lets anyone read and search, and nobody anonymous write', async () => {
    const listed = await world.request({ method: 'GET', url: '/api/services?office=own-office' });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().total).toBeGreaterThan(0);
    const id = listed.json().items[0].id;
    // Accents other than umlauts fold the same way on PostgreSQL 15 and PGlite (the stemmer sees normalized words).
    for (const q of ['Elterncafé', 'elterncafe', 'Elterncafes']) {
      const found = await world.request({ method: 'GET', url: `/api/services?office=own-office&q=${encodeURIComponent(q)}` });
      expect(found.json().items.map((i: { name: string }) => i.name), q).toContain('Elterncafé im Familienzentrum');
    }
    expect((await world.request({ method: 'GET', url: `/api/services/${id}` })).statusCode).toBe(200);
    // The map's clusters are fixed to the globe: a panned view (Leaflet pans to fit a popup) groups the same offers alike.
    // (Offers lie at 10.005 and 10.055: a grid starting at the view's edge put them apart here and together there.)
    const map = async (bbox: string) => (await world.request({ method: 'GET', url: `/api/map/services?office=own-office&bbox=${bbox}&zoom=9` })).json();
    const here = await map('9.9,53.6,10.2,53.8');
    const panned = await map('9.95,53.62,10.25,53.82');
    expect(here.total).toBeGreaterThan(1);
    expect(panned.features).toEqual(here.features);
    expect((await world.request({ method: 'POST', url: '/api/services', payload: offer() })).statusCode).toBe(401);
    expect((await world.request({ method: 'PATCH', url: `/api/services/${id}`, payload: { name: 'x' } })).statusCode).toBe(401);
    expect((await world.request({ method: 'POST', url: `/api/services/${id}/verify` })).statusCode).toBe(401);
    expect((await world.request({ method: 'DELETE', url: `/api/services/${id}` })).statusCode).toBe(401);
    expect((await world.request({ method: 'PATCH', url: `/api/services/${id}`, as: 'committee', payload: { name: 'x' } })).statusCode).toBe(403);
    // Another office's offer is not found for this office's staff.
    const foreignOrg = await world.request({ method: 'POST', url: '/api/organizations', as: world.users.foreign.admin, payload: { name: 'Fremd', type: 'other' } });
    const foreign = await world.request({ method: 'POST', url: '/api/services', as: world.users.foreign.admin, payload: { ...offer(), organizationId: foreignOrg.json().id, topicIds: [], locations: [] } });
    expect(foreign.statusCode).toBe(201);
    expect((await world.request({ method: 'PATCH', url: `/api/services/${foreign.json().id}`, as: 'admin', payload: { name: 'x' } })).statusCode).toBe(404);
  });

  it('verifies offers, flags stale ones per organisation, and honours the stale period setting', async () => {
    const created = (await world.request({ method: 'POST', url: '/api/services', as: 'admin', payload: offer({ name: 'Sprachcafé' }) })).json();
    const stale = await world.request({ method: 'GET', url: '/api/services/stale', as: 'provider_editor' });
    expect(stale.statusCode).toBe(200);
    const mine = stale.json().organizations.find((o: { organizationId: string }) => o.organizationId === org.own);
    expect(mine.stale.map((s: { id: string }) => s.id)).toContain(created.id);
    // A provider editor sees only their own organisation in the list.
    expect(stale.json().organizations.every((o: { organizationId: string }) => o.organizationId === org.own)).toBe(true);
    const verified = await world.request({ method: 'POST', url: `/api/services/${created.id}/verify`, as: 'provider_editor' });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ stale: false, assurerEmail: 'provider_editor@own.test' });
    expect(verified.json().assuredDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const after = (await world.request({ method: 'GET', url: '/api/services/stale', as: 'provider_editor' })).json();
    expect(after.organizations.flatMap((o: { stale: { id: string }[] }) => o.stale.map((s) => s.id))).not.toContain(created.id);
    // Backdate the confirmation to 13 months ago: stale under the default 12, current under a 24-month setting.
    await world.database.db.execute(sql`update services set assured_date = (current_date - interval '13 months')::date where id = ${created.id}`);
    expect((await world.request({ method: 'GET', url: `/api/services/${created.id}` })).json().stale).toBe(true);
    expect((await world.request({ method: 'PUT', url: '/api/service-settings', as: 'provider_editor', payload: { staleAfterMonths: 24 } })).statusCode).toBe(403);
    const setting = await world.request({ method: 'PUT', url: '/api/service-settings', as: 'admin', payload: { staleAfterMonths: 24 } });
    expect(setting.statusCode).toBe(200);
    expect((await world.request({ method: 'GET', url: `/api/services/${created.id}` })).json().stale).toBe(false);
    const onlyStale = await world.request({ method: 'GET', url: `/api/services?office=own-office&stale=true&perPage=100` });
    expect(onlyStale.json().items.map((i: { id: string }) => i.id)).not.toContain(created.id);
    await world.request({ method: 'PUT', url: '/api/service-settings', as: 'admin', payload: { staleAfterMonths: 12 } });
  });

  it('lets admins edit the topics; renaming reaches the search, a used topic cannot be deleted', async () => {
    const created = (await world.request({ method: 'POST', url: '/api/services', as: 'admin', payload: offer({ name: 'Trauergruppe', topicIds: [topic('trauer')] }) })).json();
    expect((await world.request({ method: 'PATCH', url: `/api/topics/${topic('trauer')}`, as: 'team_member', payload: { name: 'x' } })).statusCode).toBe(403);
    const renamed = await world.request({ method: 'PATCH', url: `/api/topics/${topic('trauer')}`, as: 'admin', payload: { name: 'Trauer, Abschied und Verlust' } });
    expect(renamed.statusCode).toBe(200);
    const found = await world.request({ method: 'GET', url: '/api/services?office=own-office&q=Abschied' });
    expect(found.json().items.map((i: { id: string }) => i.id)).toContain(created.id);
    const refused = await world.request({ method: 'DELETE', url: `/api/topics/${topic('trauer')}`, as: 'admin' });
    expect(refused.statusCode).toBe(409);
    const added = await world.request({ method: 'POST', url: '/api/topics', as: 'admin', payload: { name: 'Medien', parentId: topic('bildung') } });
    expect(added.statusCode).toBe(201);
    const cycle = await world.request({ method: 'PATCH', url: `/api/topics/${topic('bildung')}`, as: 'admin', payload: { parentId: added.json().id } });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().errors[0].field).toBe('parentId');
    expect((await world.request({ method: 'DELETE', url: `/api/topics/${added.json().id}`, as: 'admin' })).statusCode).toBe(204);
  });

  it('deletes a mistaken offer with its own locations, audited', async () => {
    const created = (await world.request({ method: 'POST', url: '/api/services', as: 'admin', payload: offer({ name: 'Doppelt angelegt' }) })).json();
    const locationsBefore = await countRows(world.database, 'locations');
    const auditBefore = await auditCount(world.database);
    expect((await world.request({ method: 'DELETE', url: `/api/services/${created.id}`, as: 'provider_editor' })).statusCode).toBe(204);
    expect((await world.request({ method: 'GET', url: `/api/services/${created.id}` })).statusCode).toBe(404);
    expect(await countRows(world.database, 'locations')).toBe(locationsBefore - 1);
    expect(await auditCount(world.database)).toBe(auditBefore + 1);
  });
});
