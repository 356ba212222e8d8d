import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, countRows, createTestWorld, type TestWorld } from '../../test/test-app';
import { containsPoint, interiorPoint, type Boundary } from './geometry';

const berlinFile = new URL('../../../test-data/berlin-lor/berlin-lor-forecast-areas-from-2021.geojson', import.meta.url);
const berlin = JSON.parse(fs.readFileSync(berlinFile, 'utf8')) as {
  features: { properties: { id: string; name: string }; geometry: Boundary }[];
};

const square = (lon: number, lat: number, size = 0.01): Boundary => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]],
});

describe('social spaces: Berlin LOR import, point lookup, export round trip', () => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld();
  });
  afterAll(() => world.close());

  it('imports the 58 forecast areas as they are, names intact', async () => {
    const response = await world.request({
      method: 'POST',
      url: '/api/social-spaces/import',
      as: 'head_of_department',
      payload: { collection: JSON.parse(fs.readFileSync(berlinFile, 'utf8')), nameProperty: 'name', codeProperty: 'id', source: 'LOR Berlin, CC BY 4.0' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ created: 58, updated: 0 });
    const list = (await world.request({ method: 'GET', url: '/api/social-spaces', as: 'committee' })).json() as { code: string; name: string }[];
    expect(list).toHaveLength(58);
    const byCode = new Map(list.map((s) => [s.code, s.name]));
    for (const f of berlin.features) expect(byCode.get(f.properties.id)).toBe(f.properties.name);
    expect([...byCode.values()]).toContain('Treptow-Köpenick 3');
    expect([...byCode.values()].some((n) => /[äöüß]/.test(n))).toBe(true);
  });

  it('puts a point inside each area into that area', async () => {
    for (const feature of berlin.features) {
      const [lon, lat] = interiorPoint(feature.geometry);
      expect(containsPoint(feature.geometry, lon, lat)).toBe(true);
      const response = await world.request({ method: 'GET', url: `/api/social-spaces/locate?lon=${lon}&lat=${lat}&office=own-office` });
      expect(response.json().space?.code, feature.properties.name).toBe(feature.properties.id);
    }
    const outside = await world.request({ method: 'GET', url: '/api/social-spaces/locate?lon=10.0&lat=53.7&office=own-office' });
    expect(outside.json()).toEqual({ space: null });
  });

  it('exports GeoJSON that imports again to the same boundaries', async () => {
    const exported = await world.request({ method: 'GET', url: '/api/social-spaces/export?office=own-office' });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('application/geo+json');
    const collection = exported.json();
    expect(collection.features).toHaveLength(58);
    const reimport = await world.request({
      method: 'POST',
      url: '/api/social-spaces/import',
      as: world.users.foreign.admin,
      payload: { collection, nameProperty: 'name', codeProperty: 'code' },
    });
    expect(reimport.json()).toMatchObject({ created: 58 });
    const original = new Map(berlin.features.map((f) => [f.properties.id, JSON.stringify(f.geometry)]));
    const foreign = (await world.request({ method: 'GET', url: '/api/social-spaces?office=foreign-office' })).json() as { code: string; boundary: Boundary }[];
    for (const space of foreign) expect(JSON.stringify(space.boundary)).toBe(original.get(space.code));
    // Importing the same file again updates, it does not duplicate.
    const again = await world.request({ method: 'POST', url: '/api/social-spaces/import', as: world.users.foreign.admin, payload: { collection, nameProperty: 'name', codeProperty: 'code' } });
    expect(again.json()).toMatchObject({ created: 0, updated: 58 });
  });
});

describe('social spaces: bad input and permissions', () => {
  let world: TestWorld;
  let spaceId: string;
  beforeAll(async () => {
    world = await createTestWorld();
    const created = await world.request({
      method: 'POST',
      url: '/api/social-spaces',
      as: 'admin',
      payload: { code: 'NORD', name: 'Nord', boundary: square(10.0, 53.7), colour: '#336699', population: 12000 },
    });
    expect(created.statusCode).toBe(201);
    spaceId = created.json().id;
  });
  afterAll(() => world.close());

  it('refuses swapped latitude and longitude with a clear message', async () => {
    const swapped = { type: 'Polygon', coordinates: [[[53.7, 10.0], [53.71, 10.0], [53.71, 10.01], [53.7, 10.01], [53.7, 10.0]]] };
    const response = await world.request({ method: 'POST', url: '/api/social-spaces', as: 'admin', payload: { code: 'X', name: 'X', boundary: swapped } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ field: 'boundary.coordinates', message: expect.stringContaining('Breiten- und Längengrad vertauscht?') });
  });

  it('uses the office region set by the admin', async () => {
    const set = await world.request({ method: 'PATCH', url: '/api/office', as: 'admin', payload: { region: [9.8, 53.6, 10.2, 53.8] } });
    expect(set.json()).toMatchObject({ region: [9.8, 53.6, 10.2, 53.8], regionIsDefault: false });
    const munich = await world.request({ method: 'POST', url: '/api/social-spaces', as: 'admin', payload: { code: 'M', name: 'München', boundary: square(11.5, 48.1) } });
    expect(munich.statusCode).toBe(400);
    expect(munich.json().detail).toMatch(/außerhalb der Region/);
  });

  it('imports nothing from a file with one broken feature, and names the feature', async () => {
    const spaces = await countRows(world.database, 'social_spaces');
    const audits = await auditCount(world.database);
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { n: 'Gut', c: 'G' }, geometry: square(10.05, 53.7) },
        { type: 'Feature', properties: { n: 'Kaputt', c: 'K' }, geometry: { type: 'Polygon', coordinates: [[[10, 53.7], [10.1, 53.7], [10.1, 53.75], [10, 53.76]]] } },
      ],
    };
    const response = await world.request({ method: 'POST', url: '/api/social-spaces/import', as: 'admin', payload: { collection, nameProperty: 'n', codeProperty: 'c' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toEqual({
      field: 'collection.features.1.geometry.coordinates.0',
      message: 'Feature 2 („Kaputt“): Außenring: nicht geschlossen (erster und letzter Punkt müssen gleich sein).',
    });
    expect(await countRows(world.database, 'social_spaces')).toBe(spaces);
    expect(await auditCount(world.database)).toBe(audits);
  });

  it('refuses a file with too many features before looking at them', async () => {
    const feature = { type: 'Feature', properties: { n: 'X', c: 'X' }, geometry: square(10.05, 53.7) };
    const collection = { type: 'FeatureCollection', features: Array.from({ length: 2_001 }, () => feature) };
    const response = await world.request({ method: 'POST', url: '/api/social-spaces/import', as: 'admin', payload: { collection, nameProperty: 'n', codeProperty: 'c' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ field: 'collection.features', message: 'Höchstens 2000 Features.' });
  });

  it('refuses a body that is not a FeatureCollection and a duplicate code', async () => {
    const notCollection = await world.request({ method: 'POST', url: '/api/social-spaces/import', as: 'admin', payload: { collection: { type: 'Feature' }, nameProperty: 'n', codeProperty: 'c' } });
    expect(notCollection.statusCode).toBe(400);
    expect(notCollection.json().errors[0].field).toBe('collection.type');
    const duplicate = await world.request({ method: 'POST', url: '/api/social-spaces', as: 'admin', payload: { code: 'NORD', name: 'Noch ein Nord', boundary: square(10.1, 53.7) } });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors[0].field).toBe('code');
  });

  it('lets admins and heads of department change a space, nobody else, and never one of another office', async () => {
    for (const role of ['team_member', 'provider_editor', 'committee'] as const) {
      const response = await world.request({ method: 'PATCH', url: `/api/social-spaces/${spaceId}`, as: role, payload: { name: 'Umbenannt' } });
      expect(response.statusCode, role).toBe(403);
    }
    const foreign = await world.request({ method: 'PATCH', url: `/api/social-spaces/${spaceId}`, as: world.users.foreign.admin, payload: { name: 'Übernommen' } });
    expect(foreign.statusCode).toBe(404);
    const ok = await world.request({ method: 'PATCH', url: `/api/social-spaces/${spaceId}`, as: 'head_of_department', payload: { name: 'Nord-Ost', description: 'Neu beschrieben' } });
    expect(ok.json()).toMatchObject({ name: 'Nord-Ost', description: 'Neu beschrieben', code: 'NORD' });
    const audit = await world.request({ method: 'GET', url: `/api/audit?entity=social_space&entityId=${spaceId}`, as: 'admin' });
    expect(audit.json().items[0]).toMatchObject({ action: 'update', before: { name: 'Nord' }, after: { name: 'Nord-Ost' } });
  });

  it('shows the public names and boundaries, and the office must be named when there are several', async () => {
    const anonymous = await world.request({ method: 'GET', url: '/api/social-spaces' });
    expect(anonymous.statusCode).toBe(400);
    expect(anonymous.json().errors[0].field).toBe('office');
    const listed = await world.request({ method: 'GET', url: '/api/social-spaces?office=own-office' });
    expect(listed.json()[0]).toMatchObject({ code: 'NORD', boundary: { type: 'Polygon' }, labelPoint: [expect.any(Number), expect.any(Number)] });
  });
});
