import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, countRows, createTestWorld, type TestWorld } from '../../test/test-app';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

describe('network of actors: organisations, teams, contracts, the network model', () => {
  let world: TestWorld;
  const space: Record<'nord' | 'sued', string> = { nord: '', sued: '' };
  const org: Record<'asd' | 'amb1' | 'amb2' | 'club', string> = { asd: '', amb1: '', amb2: '', club: '' };

  beforeAll(async () => {
    world = await createTestWorld();
    for (const [key, lon] of [['nord', 10.0], ['sued', 10.05]] as const) {
      const r = await world.request({ method: 'POST', url: '/api/social-spaces', as: 'admin', payload: { code: key, name: key, boundary: square(lon, 53.7) } });
      space[key] = r.json().id;
    }
    const make = async (key: keyof typeof org, name: string, type: string) => {
      const r = await world.request({
        method: 'POST',
        url: '/api/organizations',
        as: 'head_of_department',
        payload: { name, type, spaceIds: [space.nord], email: 'team@traeger.example', website: 'https://traeger.example', point: [10.005, 53.705] },
      });
      expect(r.statusCode, name).toBe(201);
      org[key] = r.json().id;
    };
    await make('asd', 'ASD Nord', 'asd');
    await make('amb1', 'Ambulant Eins e. V.', 'provider_outpatient');
    await make('amb2', 'Ambulant Zwei gGmbH', 'provider_outpatient');
    await make('club', 'SV Nord', 'sports_club');
  });
  afterAll(() => world.close());

  it('keeps organisations HSDS-like and public, and lets a provider editor change only their own', async () => {
    const listed = await world.request({ method: 'GET', url: `/api/organizations?office=own-office&spaceId=${space.nord}` });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().map((o: { name: string }) => o.name)).toEqual(['Ambulant Eins e. V.', 'Ambulant Zwei gGmbH', 'ASD Nord', 'SV Nord']);
    expect(listed.json()[0]).toMatchObject({ typeLabel: 'Freier Träger ambulant', point: [10.005, 53.705], spaceIds: [space.nord] });
    await world.database.db.execute(sql`update users set organization_id = ${org.amb1} where id = ${world.users.own.provider_editor.id}`);
    const own = await world.request({ method: 'PATCH', url: `/api/organizations/${org.amb1}`, as: 'provider_editor', payload: { description: 'Ambulante Hilfen im Norden' } });
    expect(own.statusCode).toBe(200);
    const other = await world.request({ method: 'PATCH', url: `/api/organizations/${org.amb2}`, as: 'provider_editor', payload: { description: 'fremd' } });
    expect(other.statusCode).toBe(403);
    // A PATCH changes only what it names: e-mail, website, point and spaces stay (zod 4 applies defaults inside optional()).
    expect(own.json()).toMatchObject({ email: 'team@traeger.example', website: 'https://traeger.example', point: [10.005, 53.705], spaceIds: [space.nord] });
  });

  it('exports organisations as HSDS records', async () => {
    const response = await world.request({ method: 'GET', url: '/api/organizations/hsds?office=own-office' });
    expect(response.statusCode).toBe(200);
    const sv = response.json().find((o: { name: string }) => o.name === 'SV Nord');
    expect(sv).toMatchObject({ id: org.club, email: 'team@traeger.example', locations: [{ latitude: 53.705, longitude: 10.005, location_type: 'physical' }] });
  });

  it('refuses unknown types, foreign spaces and parent cycles, naming the field', async () => {
    const unknown = await world.request({ method: 'POST', url: '/api/organizations', as: 'admin', payload: { name: 'X', type: 'music_school' } });
    expect(unknown.json().errors[0].field).toBe('type');
    const added = await world.request({ method: 'POST', url: '/api/organization-types', as: 'admin', payload: { code: 'music_school', label: 'Musikschule' } });
    expect(added.statusCode).toBe(201);
    expect((await world.request({ method: 'POST', url: '/api/organizations', as: 'admin', payload: { name: 'Musikschule', type: 'music_school' } })).statusCode).toBe(201);
    const foreignSpace = await world.request({ method: 'POST', url: '/api/organizations', as: world.users.foreign.admin, payload: { name: 'Y', type: 'kita', spaceIds: [space.nord] } });
    expect(foreignSpace.json().errors[0].field).toBe('spaceIds');
    await world.request({ method: 'PATCH', url: `/api/organizations/${org.amb2}`, as: 'admin', payload: { parentId: org.amb1 } });
    const cycle = await world.request({ method: 'PATCH', url: `/api/organizations/${org.amb1}`, as: 'admin', payload: { parentId: org.amb2 } });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().errors[0]).toMatchObject({ field: 'parentId', message: expect.stringContaining('Kreis') });
  });

  it('shows a team to managers and to its own members only, never to the public', async () => {
    const add = await world.request({
      method: 'POST',
      url: '/api/team-memberships',
      as: 'head_of_department',
      payload: { spaceId: space.nord, organizationId: org.asd, userId: world.users.own.team_member.id, personName: 'Frau Team', teamRole: 'asd', validFrom: '2020-01-01', fte: 0.75 },
    });
    expect(add.statusCode).toBe(201);
    expect(add.json()).toMatchObject({ fte: 0.75, organizationName: 'ASD Nord' });
    expect((await world.request({ method: 'GET', url: `/api/social-spaces/${space.nord}/team` })).statusCode).toBe(401);
    expect((await world.request({ method: 'GET', url: `/api/social-spaces/${space.nord}/team`, as: 'team_member' })).json()).toHaveLength(1);
    expect((await world.request({ method: 'GET', url: `/api/social-spaces/${space.sued}/team`, as: 'team_member' })).statusCode).toBe(403);
    expect((await world.request({ method: 'GET', url: `/api/social-spaces/${space.nord}/team`, as: 'committee' })).statusCode).toBe(403);
    expect((await world.request({ method: 'GET', url: `/api/social-spaces/${space.nord}/team`, as: world.users.foreign.head_of_department })).statusCode).toBe(404);
  });

  it('lets a team member change nothing, in their own space or another', async () => {
    for (const spaceId of [space.nord, space.sued]) {
      const response = await world.request({ method: 'POST', url: '/api/team-memberships', as: 'team_member', payload: { spaceId, personName: 'Ich', teamRole: 'key_person', validFrom: '2021-01-01' } });
      expect(response.statusCode).toBe(403);
      expect((await world.request({ method: 'PATCH', url: `/api/social-spaces/${spaceId}`, as: 'team_member', payload: { name: 'x' } })).statusCode).toBe(403);
    }
  });

  it('refuses an unknown role and a self-contradicting period, and writes nothing', async () => {
    const rows = await countRows(world.database, 'team_memberships');
    const audits = await auditCount(world.database);
    const role = await world.request({ method: 'POST', url: '/api/team-memberships', as: 'admin', payload: { spaceId: space.nord, personName: 'X', teamRole: 'wizard', validFrom: '2020-01-01' } });
    expect(role.statusCode).toBe(400);
    expect(role.json().errors[0]).toMatchObject({ field: 'teamRole', message: expect.stringContaining('Unbekannte Rolle im Team') });
    const period = await world.request({ method: 'POST', url: '/api/team-memberships', as: 'admin', payload: { spaceId: space.nord, personName: 'X', teamRole: 'asd', validFrom: '2020-01-01', validTo: '2019-12-31' } });
    expect(period.statusCode).toBe(400);
    expect(period.json().errors[0].field).toBe('validTo');
    const foreignAccount = await world.request({
      method: 'POST',
      url: '/api/team-memberships',
      as: 'admin',
      payload: { spaceId: space.nord, userId: world.users.foreign.team_member.id, personName: 'X', teamRole: 'asd', validFrom: '2020-01-01' },
    });
    expect(foreignAccount.json().errors[0].field).toBe('userId');
    const contract = await world.request({ method: 'POST', url: '/api/contracts', as: 'admin', payload: { organizationId: org.amb1, spaceId: space.nord, kind: 'outpatient', validFrom: '2017-01-01', validTo: '2016-12-31' } });
    expect(contract.json().errors[0].field).toBe('validTo');
    expect(await countRows(world.database, 'team_memberships')).toBe(rows);
    expect(await countRows(world.database, 'contracts')).toBe(0);
    expect(await auditCount(world.database)).toBe(audits);
  });

  it('checks contract overlaps by the network model in force', async () => {
    await world.request({ method: 'POST', url: '/api/network-model', as: 'admin', payload: { model: 'team', validFrom: '2017-01-01' } });
    const wrong = await world.request({ method: 'POST', url: '/api/network-model', as: 'admin', payload: { model: 'networker', validFrom: '2025-01-01' } });
    expect((await world.request({ method: 'DELETE', url: `/api/network-model/${wrong.json().id}`, as: 'admin' })).statusCode).toBe(204);
    await world.request({ method: 'POST', url: '/api/network-model', as: 'admin', payload: { model: 'single_provider', validFrom: '2025-01-01' } });
    const first = await world.request({ method: 'POST', url: '/api/contracts', as: 'admin', payload: { organizationId: org.amb1, spaceId: space.nord, kind: 'outpatient', validFrom: '2017-01-01', validTo: '2024-12-31' } });
    expect(first.statusCode).toBe(201);
    const second = await world.request({ method: 'POST', url: '/api/contracts', as: 'admin', payload: { organizationId: org.amb2, spaceId: space.nord, kind: 'outpatient', validFrom: '2020-01-01' } });
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toMatch(/schon einen ambulanten Träger: Ambulant Eins/);
    const residential = await world.request({ method: 'POST', url: '/api/contracts', as: 'admin', payload: { organizationId: org.amb2, spaceId: space.nord, kind: 'residential', validFrom: '2017-01-01', validTo: '2024-12-31' } });
    expect(residential.statusCode).toBe(201);
    // From 2025 one provider per space: a second organisation is refused even for the other kind.
    const single = await world.request({ method: 'POST', url: '/api/contracts', as: 'admin', payload: { organizationId: org.amb1, spaceId: space.nord, kind: 'outpatient', validFrom: '2025-01-01' } });
    expect(single.statusCode).toBe(201);
    const another = await world.request({ method: 'POST', url: '/api/contracts', as: 'admin', payload: { organizationId: org.amb2, spaceId: space.nord, kind: 'residential', validFrom: '2025-01-01' } });
    expect(another.statusCode).toBe(409);
    expect(another.json().detail).toMatch(/nur einen Träger/);
    const listed = await world.request({ method: 'GET', url: `/api/social-spaces/${space.nord}/contracts`, as: 'team_member' });
    expect(listed.json().contracts).toHaveLength(3);
    expect((await world.request({ method: 'GET', url: `/api/social-spaces/${space.nord}/contracts` })).statusCode).toBe(401);
  });

  it('shows what the model requires and warns where a space falls short of the minimum positions', async () => {
    await world.request({ method: 'PUT', url: '/api/network-model/minimums', as: 'admin', payload: { minimums: [{ kind: 'family_centre', minimumFte: 0.5 }] } });
    await world.request({ method: 'POST', url: '/api/positions', as: 'admin', payload: { organizationId: org.club, spaceId: space.nord, kind: 'family_centre', fte: 0.25, validFrom: '2015-08-01' } });
    const check = await world.request({ method: 'GET', url: '/api/network-model/check?date=2025-06-01', as: 'committee' });
    expect(check.statusCode).toBe(200);
    const body = check.json();
    expect(body.model).toBe('single_provider');
    expect(body.modelFindings[0].message).toMatch(/rechtlich prüfen/);
    const nord = body.spaces.find((s: { spaceId: string }) => s.spaceId === space.nord);
    expect(nord.findings.map((f: { code: string }) => f.code)).toEqual(['minimum_family_centre']);
    const sued = body.spaces.find((s: { spaceId: string }) => s.spaceId === space.sued);
    expect(sued.findings.map((f: { code: string }) => f.code)).toEqual(['no_asd', 'single_provider_count', 'minimum_family_centre']);
    const figures = await world.request({ method: 'GET', url: '/api/social-spaces/figures?date=2021-01-01', as: 'committee' });
    expect(figures.json().find((f: { spaceId: string }) => f.spaceId === space.nord)).toMatchObject({ teamMembers: 1, teamFte: 0.75, contracts: 2, positionsFte: 0.25 });
  });
});
