import fs from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { eq } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import type { Database, Db } from '../../platform/db/database';
import type { App } from '../../platform/http/types';
import { validateHsds, validateHsdsPage, type HsdsItemKind } from '../../test/hsds-schema';
import { createTestWorld, TEST_ORIGIN, type TestWorld } from '../../test/test-app';
import { type Boundary, createSpace } from '../social-spaces';
import { hsdsMetadata, locations, programs, services } from './services.tables';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

type Page = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: Record<string, unknown>[] };
type Attribute = { link_type: string; value?: string; taxonomy_term_id?: string; taxonomy_term?: { id: string; name: string; taxonomy_detail?: { name: string } } };

/** The same app on the same database, with every SQL statement counted (a Drizzle logger on the same client). */
async function countingApp(world: TestWorld): Promise<{ app: App; statements: () => number; reset: () => void }> {
  let n = 0;
  const logger = { logQuery: () => void n++ };
  const client = (world.database.db as unknown as { $client: unknown }).$client;
  const db = (world.database.kind === 'pglite' ? drizzlePglite(client as PGlite, { logger }) : drizzlePg(client as pg.Pool, { logger })) as unknown as Db;
  const database: Database = { ...world.database, db, close: async () => {} };
  const app = await buildApp({ settings: world.settings, database, logger: false, serveWeb: false });
  await app.ready();
  return { app, statements: () => n, reset: () => void (n = 0) };
}

describe('the public HSDS 3.0 API under /hsds', () => {
  let world: TestWorld;
  let spaceId = '';
  const org = { family: '', club: '', foreign: '' };
  let topics: { id: string; code: string | null; parentId: string | null }[] = [];
  const topic = (code: string) => topics.find((t) => t.code === code)?.id as string;
  const offers: Record<string, string> = {};
  let programId = '';
  let ownLocationId = '';

  const get = async (url: string, headers: Record<string, string> = {}) => world.request({ method: 'GET', url, headers });
  const page = async (url: string): Promise<Page> => {
    const response = await get(url);
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response.json() as Page;
  };
  const ids = (p: Page) => p.contents.map((c) => c.id as string);
  const own = (path: string) => `${path}${path.includes('?') ? '&' : '?'}office=own-office`;

  const offer = (name: string, overrides: Record<string, unknown> = {}) => ({
    organizationId: org.family,
    name,
    description: 'Ein Angebot im Stadtteil.',
    locations: [{ name: 'Familienzentrum Nord', street: 'Lindenweg 4', postalCode: '22844', city: 'Norderstedt', point: [10.005, 53.705] }],
    ...overrides,
  });
  const create = async (key: string, body: Record<string, unknown>) => {
    const response = await world.request({ method: 'POST', url: '/api/services', as: 'admin', payload: body });
    expect(response.statusCode, response.body).toBe(201);
    offers[key] = response.json().id as string;
  };

  beforeAll(async () => {
    world = await createTestWorld();
    await world.database.db.transaction(async (tx) => {
      const ctx = { tx, actor: { kind: 'system' as const, label: 'Test', officeId: world.offices.own.id } };
      spaceId = (await createSpace(ctx, { code: 'NORD', name: 'Nord', description: '', boundary: square(10.0, 53.7) as Boundary, population: null, colour: null })).id;
    });
    const organization = async (payload: Record<string, unknown>, as: 'admin' | typeof world.users.foreign.admin = 'admin') => {
      const response = await world.request({ method: 'POST', url: '/api/organizations', as, payload });
      expect(response.statusCode, response.body).toBe(201);
      return response.json().id as string;
    };
    org.family = await organization({
      name: 'Familienzentrum Nord e. V.',
      type: 'family_centre',
      description: 'Treffpunkt für Familien',
      email: 'info@fz-nord.example',
      phone: '040 123456',
      website: 'https://fz-nord.example',
      street: 'Lindenweg 4',
      postalCode: '22844',
      city: 'Norderstedt',
      point: [10.005, 53.705],
    });
    org.club = await organization({ name: 'SV Süd', type: 'sports_club' });
    org.foreign = await organization({ name: 'Fremder Verein', type: 'sports_club' }, world.users.foreign.admin);
    topics = (await get('/api/topics?office=own-office')).json();

    await create('grief', offer('Trauergruppe für Kinder', {
      description: 'Kinder, die einen Menschen verloren haben, treffen sich alle zwei Wochen.',
      minimumAge: 6,
      maximumAge: 12,
      targetGroups: ['children'],
      traits: ['free_of_charge', 'inclusive'],
      languages: ['de', 'tr'],
      keywords: ['Trauer', 'Verlust'],
      topicIds: [topic('trauer')],
      schedules: [{ days: ['TU'], opensAt: '15:00', closesAt: '16:30', description: 'alle zwei Wochen', validFrom: '2025-01-01', validTo: null }],
      phones: [{ number: '040 5555 1234', description: 'Zentrale' }],
      email: 'trauer@fz-nord.example',
      url: 'https://fz-nord.example/trauer',
      feesDescription: 'kostenlos',
    }));
    await create('football', offer('Fußball für alle Kinder', {
      organizationId: org.club,
      description: 'Fußballtraining für Kinder mit und ohne Behinderung; ein Trainer ist für Inklusion geschult.',
      topicIds: [topic('sport')],
      locations: [{ name: 'Sportplatz Süd', street: 'Am Stadion 1', postalCode: '22846', city: 'Norderstedt', point: [10.006, 53.706] }],
    }));
    await create('cooking', offer('Kochgruppe mit Eltern', { description: 'Eltern und Kinder kochen gemeinsam.', topicIds: [topic('familienbildung')] }));
    await create('cafe', offer('Elterncafé', { description: 'Offener Treff für Eltern mit Babys.', status: 'inactive', topicIds: [topic('eltern-familie')] }));
    await create('counselling', offer('Erziehungsberatung', { description: 'Beratung für Eltern.', topicIds: [topic('erziehungsberatung')], locations: [] }));
    for (let i = 1; i <= 9; i++) await create(`open${i}`, offer(`Offener Treff ${i}`, { description: 'Treffpunkt für Jugendliche am Nachmittag.', topicIds: [topic('jugendtreff')] }));
    const foreign = await world.request({ method: 'POST', url: '/api/services', as: world.users.foreign.admin, payload: offer('Fremdes Angebot', { organizationId: org.foreign, locations: [] }) });
    expect(foreign.statusCode, foreign.body).toBe(201);
    offers.foreign = foreign.json().id as string;
    expect((await world.request({ method: 'POST', url: `/api/services/${offers.grief}/verify`, as: 'admin' })).statusCode).toBe(200);

    // What an import brings beyond our columns: a program, a location of the organisation, fields and child objects
    // we keep in `hsds`, and change metadata of a location.
    const db = world.database.db;
    programId = (await db.insert(programs).values({ officeId: world.offices.own.id, organizationId: org.family, name: 'Frühe Hilfen Nord', description: 'Programm des Familienzentrums' }).returning())[0]?.id as string;
    const [grief] = await db.select().from(services).where(eq(services.id, offers.grief as string));
    await db
      .update(services)
      .set({
        programId,
        hsds: {
          ...grief?.hsds,
          interpretation_services: 'Dolmetschen auf Anfrage',
          cost_options: [{ id: '0b1d9a42-7f55-4e0f-9d0e-2d1c5c8a1f01', service_id: offers.grief, option: 'Geschwister', amount: 0, currency: 'EUR' }],
          contacts: [{ id: '0b1d9a42-7f55-4e0f-9d0e-2d1c5c8a1f02', service_id: offers.grief, name: 'Team Trauerbegleitung', email: 'team@fz-nord.example' }],
          unknown_extension: 'bleibt erhalten',
        },
      })
      .where(eq(services.id, offers.grief as string));
    ownLocationId = (
      await db
        .insert(locations)
        .values({
          officeId: world.offices.own.id,
          organizationId: org.family,
          name: 'Geschäftsstelle',
          latitude: 53.71,
          longitude: 10.0,
          street: 'Rathausallee 1',
          postalCode: '22846',
          city: 'Norderstedt',
          hsds: { accessibility: [{ id: '0b1d9a42-7f55-4e0f-9d0e-2d1c5c8a1f03', description: 'Rollstuhlgerecht' }], transportation: 'U1 Norderstedt Mitte' },
        })
        .returning()
    )[0]?.id as string;
    await db.insert(hsdsMetadata).values({
      officeId: world.offices.own.id,
      resourceId: ownLocationId,
      resourceType: 'location',
      lastActionDate: '2025-03-01',
      lastActionType: 'update',
      fieldName: 'name',
      previousValue: 'Büro',
      replacementValue: 'Geschäftsstelle',
      updatedBy: 'Import',
    });
  }, 120_000);
  afterAll(() => world.close());

  const expectValid = (kind: HsdsItemKind, value: unknown) => expect(validateHsds(kind, value)).toEqual([]);
  const expectValidPage = (kind: HsdsItemKind, value: unknown) => expect(validateHsdsPage(kind, value)).toEqual([]);

  it('answers the root with the address of our OpenAPI document, which lists every /hsds operation', async () => {
    const root = await get('/hsds/');
    expect(root.statusCode).toBe(200);
    expect(root.json()).toEqual({ version: '3.0', openapi_url: `${TEST_ORIGIN}/api/openapi.json` });
    expect(root.headers.etag).toMatch(/^W\/"/);
    expect(root.headers['last-modified']).toBeDefined();
    expect((await get('/hsds')).body).toBe(root.body);

    const document = (await get('/api/openapi.json')).json() as { paths: Record<string, { get?: { tags: string[]; security: unknown[]; parameters?: { name: string; in: string }[] } }> };
    const hsdsPaths = Object.keys(document.paths).filter((p) => p.startsWith('/hsds'));
    expect(hsdsPaths.sort()).toEqual(
      ['/hsds/', '/hsds/organizations', '/hsds/organizations/{id}', '/hsds/service_at_locations', '/hsds/service_at_locations/{id}', '/hsds/services', '/hsds/services/{id}', '/hsds/taxonomies', '/hsds/taxonomies/{id}', '/hsds/taxonomy_terms', '/hsds/taxonomy_terms/{id}'].sort(),
    );
    for (const path of hsdsPaths) {
      expect(document.paths[path]?.get?.tags).toEqual(['HSDS 3.0 (öffentlich)']);
      expect(document.paths[path]?.get?.security).toEqual([]);
    }
  });

  it('takes exactly the query parameters of the standard for each path (plus the office code)', async () => {
    const standard = JSON.parse(fs.readFileSync(new URL('../../../test-data/hsds-3.0/schema/openapi.json', import.meta.url), 'utf8')) as {
      paths: Record<string, { get: { parameters?: ({ $ref: string } | { name: string; in: string })[] } }>;
      components: { parameters: Record<string, { name: string; in: string }> };
    };
    const ours = (await get('/api/openapi.json')).json() as { paths: Record<string, { get: { parameters?: { name: string; in: string }[] } }> };
    for (const [path, item] of Object.entries(standard.paths)) {
      const expected = (item.get.parameters ?? [])
        .map((p) => ('$ref' in p ? standard.components.parameters[p.$ref.split('/').pop() as string] : p))
        .filter((p): p is { name: string; in: string } => p?.in === 'query')
        .map((p) => p.name);
      const ourPath = path === '/' ? '/hsds/' : `/hsds${path}`;
      const actual = (ours.paths[ourPath]?.get.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      const withOffice = expected.length > 0 && !path.includes('{id}') ? [...expected, 'office'] : expected;
      expect(actual.sort(), ourPath).toEqual(withOffice.sort());
    }
  });

  it('lists all offers of the office as a valid Page, whatever their status', async () => {
    const list = await page(own('/hsds/services?per_page=100'));
    expectValidPage('service', list);
    expect(list.total_items).toBe(14);
    expect(ids(list)).toContain(offers.cafe);
    expect(ids(list)).not.toContain(offers.foreign);
    expect(list.contents.find((c) => c.id === offers.cafe)?.status).toBe('inactive');
    const item = list.contents.find((c) => c.id === offers.grief) as Record<string, unknown>;
    // One-to-one fields with the organisation and program, as in the standard's service_list example.
    expect(item).toMatchObject({ name: 'Trauergruppe für Kinder', organization: { id: org.family, name: 'Familienzentrum Nord e. V.' }, program: { id: programId }, interpretation_services: 'Dolmetschen auf Anfrage' });
    expect(item.schedules).toBeUndefined();
    expect(item.attributes).toBeUndefined();
    expect(Object.values(item)).not.toContain(null);
  });

  it('answers minimal and full lists, both valid', async () => {
    const minimal = await page(own('/hsds/services?minimal=true&per_page=1000'));
    expectValidPage('service', minimal);
    expect(minimal.contents).toHaveLength(14);
    for (const item of minimal.contents) expect(Object.keys(item).sort()).toEqual(['id', 'last_modified', 'name', 'status']);
    const full = await page(own('/hsds/services?full=true&per_page=100'));
    expectValidPage('service', full);
    const grief = full.contents.find((c) => c.id === offers.grief) as { service_at_locations: unknown[]; attributes: unknown[] };
    expect(grief.service_at_locations).toHaveLength(1);
    expect(grief.attributes.length).toBeGreaterThan(3);
    expect((await get(own('/hsds/services?per_page=101'))).statusCode).toBe(400);
  });

  it('gives a full service with everything we hold about it, valid against the compiled schema', async () => {
    const response = await get(`/hsds/services/${offers.grief}`);
    expect(response.statusCode).toBe(200);
    const service = response.json() as Record<string, unknown> & {
      attributes: Attribute[];
      schedules: Record<string, unknown>[];
      service_at_locations: { location: Record<string, unknown> & { addresses: Record<string, unknown>[]; attributes: Attribute[] } }[];
      organization: Record<string, unknown> & { locations: Record<string, unknown>[]; programs: Record<string, unknown>[]; phones: Record<string, unknown>[] };
      metadata: Record<string, unknown>[];
    };
    expectValid('service', service);
    expect(validateHsds('service', { ...service, last_modified: 'gestern' })).not.toEqual([]); // the check can fail
    expect(service).toMatchObject({
      name: 'Trauergruppe für Kinder',
      status: 'active',
      minimum_age: 6,
      maximum_age: 12,
      email: 'trauer@fz-nord.example',
      fees_description: 'kostenlos',
      interpretation_services: 'Dolmetschen auf Anfrage',
      unknown_extension: 'bleibt erhalten',
      assurer_email: 'admin@own.test',
      program: { id: programId, name: 'Frühe Hilfen Nord' },
      cost_options: [{ option: 'Geschwister' }],
      contacts: [{ name: 'Team Trauerbegleitung' }],
      phones: [{ number: '040 5555 1234' }],
      languages: expect.arrayContaining([expect.objectContaining({ code: 'tr' })]),
    });
    expect(service.assured_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(service.last_modified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(service.schedules[0]).toMatchObject({ byday: 'TU', opens_at: '15:00:00', closes_at: '16:30:00', valid_from: '2025-01-01', freq: 'WEEKLY' });
    // Topics as attributes with the term nested; our additions as sozialraum: attributes.
    const topicAttribute = service.attributes.find((a) => a.link_type === 'topic');
    expect(topicAttribute).toMatchObject({ taxonomy_term_id: topic('trauer'), taxonomy_term: { id: topic('trauer'), name: 'Trauer und Verlust', taxonomy_detail: { name: 'Themen' } } });
    const ours = (type: string) => service.attributes.filter((a) => a.link_type === `sozialraum:${type}`).map((a) => a.value);
    expect(ours('target_group')).toEqual(['children']);
    expect(ours('trait')).toEqual(expect.arrayContaining(['free_of_charge', 'inclusive']));
    expect(ours('keyword')).toEqual(['Trauer', 'Verlust']);
    expect(ours('social_space')).toEqual([spaceId]);
    expect(ours('social_space_set_by_hand')).toEqual([]);
    const location = service.service_at_locations[0]?.location;
    expect(location).toMatchObject({ name: 'Familienzentrum Nord', latitude: 53.705, longitude: 10.005, location_type: 'physical' });
    expect(location?.addresses[0]).toMatchObject({ address_1: 'Lindenweg 4', postal_code: '22844', city: 'Norderstedt', country: 'DE', address_type: 'physical' });
    expect(location?.attributes.map((a) => a.value)).toEqual([spaceId]);
    // The organisation in full: its own location row (with stored metadata), its program, its phone.
    expect(service.organization.locations.map((l) => l.id)).toEqual([ownLocationId]);
    expect(service.organization.locations[0]).toMatchObject({ transportation: 'U1 Norderstedt Mitte', metadata: [{ field_name: 'name', replacement_value: 'Geschäftsstelle', updated_by: 'Redaktion' }] });
    expect(service.organization.programs.map((p) => p.id)).toEqual([programId]);
    expect(service.organization.phones[0]).toMatchObject({ number: '040 123456' });
    // Change metadata from the hsds_metadata table.
    expect(service.metadata.map((m) => m.field_name)).toEqual(expect.arrayContaining(['name', 'status', 'assured_date']));
    // …without naming the staff member who made the change (our entries carry name and e-mail address).
    expect(service.metadata.every((m) => m.updated_by === 'Redaktion')).toBe(true);
    expect(JSON.stringify(service.metadata)).not.toContain('@own.test');
    expect(JSON.stringify(service)).not.toContain('null');
  });

  it('answers the same ids on every call (derived ids are stable)', async () => {
    const a = (await get(`/hsds/services/${offers.grief}`)).body;
    const b = (await get(`/hsds/services/${offers.grief}`)).body;
    expect(a).toBe(b);
  });

  it('lists organisations, flat, nested and with full services, all valid; only public fields', async () => {
    const flat = await page(own('/hsds/organizations'));
    expectValidPage('organization', flat);
    expect(ids(flat).sort()).toEqual([org.family, org.club].sort());
    expect(flat.contents.find((o) => o.id === org.family)).toEqual({
      id: org.family,
      name: 'Familienzentrum Nord e. V.',
      description: 'Treffpunkt für Familien',
      email: 'info@fz-nord.example',
      website: 'https://fz-nord.example',
    });
    const nested = await page(own('/hsds/organizations?full=true'));
    expectValidPage('organization', nested);
    const family = nested.contents.find((o) => o.id === org.family) as { services: Record<string, unknown>[]; locations: unknown[] };
    expect(family.services.map((s) => s.name)).toContain('Trauergruppe für Kinder');
    expect(family.services[0]?.service_at_locations).toBeUndefined();
    const withServices = await page(own('/hsds/organizations?full_service=true'));
    expectValidPage('organization', withServices);
    const club = withServices.contents.find((o) => o.id === org.club) as { services: { service_at_locations: unknown[]; attributes: unknown[] }[]; locations?: unknown[] };
    expect(club.services[0]?.service_at_locations).toHaveLength(1);
    expect(club.services[0]?.attributes.length).toBeGreaterThan(0);
    expect((await page(own('/hsds/organizations?search=s%C3%BCd'))).contents.map((o) => o.id)).toEqual([org.club]);
  });

  it('gives one organisation with its locations, programs and offers, valid', async () => {
    const response = await get(`/hsds/organizations/${org.family}`);
    expect(response.statusCode).toBe(200);
    const body = response.json() as { services: Record<string, unknown>[]; programs: unknown[]; attributes: Attribute[] };
    expectValid('organization', body);
    expect(body.services.map((s) => s.id)).toEqual(expect.arrayContaining([offers.grief, offers.cooking, offers.cafe]));
    expect(body.attributes).toEqual([expect.objectContaining({ link_type: 'organization_type', value: 'family_centre' })]);
    const full = await get(`/hsds/organizations/${org.family}?full_service=true`);
    expectValid('organization', full.json());
    expect((full.json() as { services: { service_at_locations?: unknown[] }[] }).services.every((s) => Array.isArray(s.service_at_locations))).toBe(true);
    // Without location rows of its own, the organisation's address becomes its location.
    const club = (await get(`/hsds/organizations/${org.club}`)).json() as { locations?: unknown[] };
    expectValid('organization', club);
  });

  it('lists service-at-locations, flat and full, valid; filters by postcode and proximity', async () => {
    const flat = await page(own('/hsds/service_at_locations?per_page=100'));
    expectValidPage('service_at_location', flat);
    expect(flat.total_items).toBe(13); // every offer but the counselling one, which has no location
    const first = flat.contents[0] as { location: Record<string, unknown>; service: Record<string, unknown> };
    expect(first.location.name).toBeDefined();
    expect(first.service.organization).toBeDefined();
    const full = await page(own('/hsds/service_at_locations?full=true&per_page=100'));
    expectValidPage('service_at_location', full);
    const byPostcode = await page(own('/hsds/service_at_locations?postcode=22846'));
    expect(byPostcode.contents.map((c) => (c.service as { id: string }).id)).toEqual([offers.football]);
    // The centre of 22846 lies between the club's pitch (about 300 m away) and the organisation's office; the
    // family centre's locations are about 360 m away.
    const near = await page(own('/hsds/service_at_locations?postcode=22846&proximity=330&per_page=100'));
    expect(near.contents.map((c) => (c.service as { id: string }).id)).toEqual([offers.football]);
    expect((await page(own('/hsds/service_at_locations?postcode=22846&proximity=100'))).empty).toBe(true);
    const wide = await page(own('/hsds/service_at_locations?postcode=22846&proximity=5000&per_page=100'));
    expect(wide.total_items).toBe(13);
    expect((await get(own('/hsds/service_at_locations?proximity=300'))).statusCode).toBe(400);
  });

  it('gives one service-at-location in full, valid', async () => {
    const list = await page(own(`/hsds/service_at_locations?organization_id=${org.club}`));
    const id = list.contents[0]?.id as string;
    const response = await get(`/hsds/service_at_locations/${id}`);
    expect(response.statusCode).toBe(200);
    const body = response.json() as { service: Record<string, unknown>; location: Record<string, unknown> };
    expectValid('service_at_location', body);
    expect(body.service).toMatchObject({ id: offers.football, organization: { id: org.club } });
    expect(body.service.service_at_locations).toBeUndefined();
    expect(body.location).toMatchObject({ name: 'Sportplatz Süd' });
  });

  it('lists taxonomies and terms, valid, with top_only, parent_id and taxonomy_id', async () => {
    const taxonomies = await page(own('/hsds/taxonomies'));
    expect(taxonomies.contents).toHaveLength(1);
    expect(validateHsds('page', taxonomies)).toEqual([]);
    expectValidPage('taxonomy', taxonomies);
    const taxonomyId = taxonomies.contents[0]?.id as string;
    const taxonomy = await get(`/hsds/taxonomies/${taxonomyId}`);
    expectValid('taxonomy', taxonomy.json());
    expect(taxonomy.json()).toMatchObject({ name: 'Themen' });

    const terms = await page(own('/hsds/taxonomy_terms?per_page=100'));
    expectValidPage('taxonomy_term', terms);
    expect(terms.total_items).toBe(topics.length);
    const top = await page(own('/hsds/taxonomy_terms?top_only=true&per_page=100'));
    expect(top.contents.every((t) => t.parent_id === undefined)).toBe(true);
    expect(top.total_items).toBe(topics.filter((t) => t.parentId === null).length);
    const children = await page(own(`/hsds/taxonomy_terms?parent_id=${topic('beratung')}`));
    expect(children.contents.map((t) => t.code).sort()).toEqual(['erziehungsberatung', 'schuldnerberatung', 'trennung']);
    expect((await page(own(`/hsds/taxonomy_terms?taxonomy_id=${taxonomyId}&per_page=1`))).total_items).toBe(topics.length);
    expect((await page(own('/hsds/taxonomy_terms?search=trauer'))).contents.map((t) => t.id)).toEqual([topic('trauer')]);
    const term = await get(`/hsds/taxonomy_terms/${topic('trauer')}`);
    expectValid('taxonomy_term', term.json());
    expect(term.json()).toMatchObject({ name: 'Trauer und Verlust', taxonomy_id: taxonomyId, taxonomy: 'Themen', taxonomy_detail: { id: taxonomyId }, language: 'de' });
  });

  it('searches with the app search: the same offers in the same order of relevance', async () => {
    for (const q of ['Kinder', 'Fusball', 'Eltern Kinder', 'Treff']) {
      const app = (await get(`/api/services?office=own-office&status=all&perPage=100&q=${encodeURIComponent(q)}`)).json() as { items: { id: string }[] };
      const hsds = await page(own(`/hsds/services?per_page=100&search=${encodeURIComponent(q)}`));
      expect(ids(hsds), q).toEqual(app.items.map((i) => i.id));
      expect(hsds.total_items, q).toBeGreaterThan(0);
    }
    expect(ids(await page(own('/hsds/services?search=Fusball')))).toEqual([offers.football]);
    // With a filter the app's search has not (taxonomy_term_id, taxonomy_id, modified_after): its results, filtered, in its order.
    const app = (await get('/api/services?office=own-office&status=all&perPage=100&q=Treff')).json() as { items: { id: string }[] };
    const filtered = await page(own(`/hsds/services?per_page=100&search=Treff&taxonomy_term_id=${topic('jugendarbeit')}`));
    const openOffers = Object.entries(offers).filter(([key]) => key.startsWith('open')).map(([, id]) => id);
    expect(ids(filtered)).toEqual(app.items.map((i) => i.id).filter((id) => openOffers.includes(id)));
    expect(filtered.total_items).toBe(9);
    const atLocations = await page(own('/hsds/service_at_locations?per_page=100&search=Treff'));
    expect(atLocations.contents.map((c) => c.service_id)).toEqual(app.items.map((i) => i.id));
    expect((await page(own('/hsds/services?search=xyzzyquux'))).empty).toBe(true);
  });

  it('pages with page and per_page', async () => {
    const all = ids(await page(own('/hsds/services?per_page=100')));
    const second = await page(own('/hsds/services?per_page=5&page=2'));
    expect(second).toMatchObject({ total_items: 14, total_pages: 3, page_number: 2, size: 5, first_page: false, last_page: false, empty: false });
    expect(ids(second)).toEqual(all.slice(5, 10));
    const last = await page(own('/hsds/services?per_page=5&page=3'));
    expect(last).toMatchObject({ size: 4, last_page: true });
    const beyond = await page(own('/hsds/services?per_page=5&page=9'));
    expect(beyond).toMatchObject({ total_items: 14, size: 0, empty: true, last_page: true, contents: [] });
    expectValidPage('service', beyond);
  });

  it('filters by taxonomy_term_id (a broad topic finds narrower ones), taxonomy_id and organization_id', async () => {
    expect(ids(await page(own(`/hsds/services?taxonomy_term_id=${topic('trauer')}`)))).toEqual([offers.grief]);
    expect(ids(await page(own(`/hsds/services?taxonomy_term_id=${topic('beratung')}`)))).toEqual([offers.counselling]);
    expect((await page(own(`/hsds/services?taxonomy_term_id=${topic('jugendarbeit')}`))).total_items).toBe(9);
    const taxonomyId = (await page(own('/hsds/taxonomies'))).contents[0]?.id as string;
    expect((await page(own(`/hsds/services?taxonomy_id=${taxonomyId}`))).total_items).toBe(14);
    expect(ids(await page(own(`/hsds/services?organization_id=${org.club}`)))).toEqual([offers.football]);
    expect((await page(own(`/hsds/service_at_locations?taxonomy_term_id=${topic('trauer')}`))).contents.map((c) => c.service_id)).toEqual([offers.grief]);
    expect((await get(own('/hsds/services?taxonomy_term_id=kein-uuid'))).statusCode).toBe(400);
  });

  it('filters by modified_after', async () => {
    const before = new Date().toISOString();
    expect((await page(own(`/hsds/services?modified_after=${encodeURIComponent(before)}`))).total_items).toBe(0);
    const patched = await world.request({ method: 'PATCH', url: `/api/services/${offers.cooking}`, as: 'admin', payload: { description: 'Eltern und Kinder kochen gemeinsam, jeden Freitag.' } });
    expect(patched.statusCode).toBe(200);
    expect(ids(await page(own(`/hsds/services?modified_after=${encodeURIComponent(before)}`)))).toEqual([offers.cooking]);
    expect((await page(own('/hsds/services?modified_after=2000-01-01'))).total_items).toBe(14);
    expect((await get(own('/hsds/services?modified_after=gestern'))).statusCode).toBe(400);
  });

  it('sends ETag and Last-Modified and answers 304 until the data change', async () => {
    const url = own('/hsds/services?full=true');
    const first = await get(url);
    const etag = first.headers.etag as string;
    const lastModified = first.headers['last-modified'] as string;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(Date.parse(lastModified)).toBeGreaterThan(Date.now() - 120_000);
    const cached = await get(url, { 'if-none-match': etag });
    expect(cached.statusCode).toBe(304);
    expect(cached.body).toBe('');
    expect(cached.headers.etag).toBe(etag);
    expect((await get(url, { 'if-modified-since': lastModified })).statusCode).toBe(304);
    expect((await get(url, { 'if-none-match': 'W/"anders"', 'if-modified-since': lastModified })).statusCode).toBe(200);
    expect((await get(url, { 'if-modified-since': new Date(Date.parse(lastModified) - 1000).toUTCString() })).statusCode).toBe(200);
    for (const path of ['/hsds/', `/hsds/services/${offers.grief}`, own('/hsds/organizations'), `/hsds/organizations/${org.family}`, own('/hsds/service_at_locations'), own('/hsds/taxonomies'), own('/hsds/taxonomy_terms'), `/hsds/taxonomy_terms/${topic('sport')}`]) {
      const response = await get(path);
      expect(response.headers.etag, path).toMatch(/^W\//);
      expect(response.headers['last-modified'], path).toBeDefined();
      expect((await get(path, { 'if-none-match': response.headers.etag as string })).statusCode, path).toBe(304);
    }
    // A change gives a new ETag and a later Last-Modified.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const patched = await world.request({ method: 'PATCH', url: `/api/services/${offers.football}`, as: 'admin', payload: { alternateName: 'Kicken' } });
    expect(patched.statusCode).toBe(200);
    const changed = await get(url, { 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(Date.parse(changed.headers['last-modified'] as string)).toBeGreaterThan(Date.parse(lastModified));
    expect((await get(url, { 'if-modified-since': lastModified })).statusCode).toBe(200);
  });

  it('answers 404 for unknown ids, and a problem in German', async () => {
    for (const kind of ['services', 'organizations', 'service_at_locations', 'taxonomies', 'taxonomy_terms']) {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'kein-uuid']) {
        const response = await get(`/hsds/${kind}/${id}`);
        expect(response.statusCode, `${kind}/${id}`).toBe(404);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json().detail).toMatch(/nicht gefunden/);
      }
    }
    expect((await get('/hsds/unbekannt')).statusCode).toBe(404);
  });

  it('is public and read-only: anonymous reads, no writes, same answer with a session', async () => {
    const anonymous = await world.app.inject({ method: 'GET', url: '/hsds/services?office=own-office' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.headers['access-control-allow-origin']).toBe('*');
    const signedIn = await world.request({ method: 'GET', url: '/hsds/services?office=own-office', as: 'admin' });
    expect(signedIn.body).toBe(anonymous.body);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      for (const url of ['/hsds/services', `/hsds/services/${offers.grief}`, '/hsds/organizations', '/hsds/taxonomy_terms']) {
        const response = await world.request({ method, url, as: 'admin', payload: { name: 'Neu' } });
        expect([404, 405], `${method} ${url}`).toContain(response.statusCode);
      }
    }
    expect((await page(own('/hsds/services?per_page=100'))).total_items).toBe(14);
  });

  it('needs the office code only when several offices share the installation; refuses unknown parameters', async () => {
    const response = await get('/hsds/services');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'office' })]);
    const foreign = await page('/hsds/services?office=foreign-office');
    expect(ids(foreign)).toEqual([offers.foreign]);
    const unknown = await get(own('/hsds/services?q=Kinder'));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'q' })]);
    expect((await get(own('/hsds/services?format=ndjson'))).statusCode).toBe(400);
  });

  it('issues the same number of SQL statements for 10 and for 100 records per page', async () => {
    const counting = await countingApp(world);
    try {
      const statements = async (url: string) => {
        counting.reset();
        const response = await counting.app.inject({ method: 'GET', url });
        expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
        return { n: counting.statements(), size: (response.json() as Page).size };
      };
      const figures: Record<string, number> = {};
      for (const path of ['/hsds/services?', '/hsds/services?full=true&', '/hsds/services?search=Treff&', '/hsds/organizations?full_service=true&', '/hsds/service_at_locations?', '/hsds/service_at_locations?full=true&', '/hsds/taxonomy_terms?']) {
        const ten = await statements(`${path}office=own-office&per_page=10`);
        const hundred = await statements(`${path}office=own-office&per_page=100`);
        expect(hundred.size, path).toBeGreaterThanOrEqual(ten.size);
        expect(hundred.n, path).toBe(ten.n);
        figures[path] = ten.n;
      }
      // node-postgres runs (and logs) the transaction's begin and commit as statements; PGlite does not.
      const transaction = world.database.kind === 'postgres' ? 2 : 0;
      expect(figures['/hsds/services?']).toBeLessThanOrEqual(6 + transaction);
      expect(figures['/hsds/services?full=true&']).toBeLessThanOrEqual(10 + transaction);
      console.info('HSDS statements per list call:', figures);
    } finally {
      await counting.app.close();
    }
  });
});
