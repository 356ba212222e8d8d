import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type HsdsItemKind, validateHsds, validateHsdsPage } from './hsds-schema';

const examplesDir = new URL('../../test-data/hsds-3.0/examples/', import.meta.url);
const example = (file: string) => JSON.parse(fs.readFileSync(new URL(file, examplesDir), 'utf8')) as Record<string, unknown>;

const singles: Record<string, HsdsItemKind> = {
  'service_full.json': 'service',
  'organization_full.json': 'organization',
  'service_at_location_full.json': 'service_at_location',
  'taxonomy.json': 'taxonomy',
  'taxonomy_term.json': 'taxonomy_term',
};
const lists: Record<string, HsdsItemKind> = {
  'service_list.json': 'service',
  'organization_list.json': 'organization',
  'service_at_location_list.json': 'service_at_location',
  'taxonomy_list.json': 'taxonomy',
  'taxonomy_term_list.json': 'taxonomy_term',
};
// base.json is the API root ("/": version, profile, openapi_url), location.json a bare location and tabular.json the
// whole data set as tables; none of them is a kind our HSDS output produces.
const notOurs = ['base.json', 'location.json', 'tabular.json'];

// Compiling one of the inlined schemas (2–3.5 MB of JSON) takes about a second.
describe('official HSDS 3.0 schemas', { timeout: 30_000 }, () => {
  it('knows every official example: single records, list pages, or deliberately out of scope', () => {
    const files = fs.readdirSync(examplesDir).filter((name) => name.endsWith('.json'));
    expect([...Object.keys(singles), ...Object.keys(lists), ...notOurs].sort()).toEqual(files.sort());
  });

  it.each(Object.entries(singles))('accepts the official example %s (%s)', (file, kind) => {
    expect(validateHsds(kind, example(file))).toEqual([]);
  });

  it.each(Object.entries(lists))('accepts the official list page %s, envelope and items', (file, kind) => {
    expect(validateHsds('page', example(file))).toEqual([]);
    expect(validateHsdsPage(kind, example(file))).toEqual([]);
  });

  it('rejects a broken service and names each field', () => {
    const service = example('service_full.json');
    const [phone] = service.phones as Record<string, unknown>[];
    const broken: Record<string, unknown> = {
      ...service,
      status: 'foo',
      email: 'kein-at-zeichen',
      minimum_age: '12',
      last_modified: '2023-03-15T10:30:45',
      phones: [{ ...phone, number: undefined }],
    };
    delete broken.id;
    expect(validateHsds('service', broken)).toEqual([
      "id: must have required property 'id'",
      'email: must match format "email", got "kein-at-zeichen"',
      'status: must be equal to one of the allowed values (active, inactive, defunct, temporarily closed)',
      'minimum_age: must be number, got "12"',
      'last_modified: must match format "date-time", got "2023-03-15T10:30:45"',
      "phones[0].number: must have required property 'number'",
    ]);
  });

  it('looks into nested records of the inlined schema', () => {
    const service = example('service_full.json');
    const [link] = service.service_at_locations as { location: Record<string, unknown> }[];
    const broken = { ...service, service_at_locations: [{ ...link, location: { ...link?.location, location_type: 'house', id: 'x' } }] };
    expect(validateHsds('service', broken)).toEqual([
      'service_at_locations[0].location.id: must match format "uuid", got "x"',
      'service_at_locations[0].location.location_type: must be equal to one of the allowed values (physical, postal, virtual)',
    ]);
  });

  it('resolves the references between the uncompiled taxonomy files', () => {
    const term = { ...example('taxonomy_term.json'), taxonomy_detail: { id: 'not-a-uuid' } };
    expect(validateHsds('taxonomy_term', term)).toEqual([
      "taxonomy_detail.name: must have required property 'name'",
      "taxonomy_detail.description: must have required property 'description'",
      'taxonomy_detail.id: must match format "uuid", got "not-a-uuid"',
    ]);
  });

  it('rejects a broken page: envelope types, list items, and nested members of items', () => {
    const page = example('service_list.json');
    const [item] = page.contents as Record<string, unknown>[];
    const broken = {
      ...page,
      total_items: 'zehn',
      first_page: 'ja',
      contents: [{ ...item, name: 7 }, { ...item, phones: [{ id: 'b0f4a7a4-3c0c-4c0e-8f63-5d5b8a0b2c11' }] }, 'text'],
    };
    expect(validateHsdsPage('service', broken)).toEqual([
      'total_items: must be integer, got "zehn"',
      'first_page: must be boolean, got "ja"',
      'contents[0].name: must be string, got 7',
      'contents[2]: must be object, got "text"',
      // Only the single-record schema knows phones; the flat service_list.json of the list operation does not.
      "contents[1].phones[0].number: must have required property 'number'",
    ]);
    expect(validateHsds('page', { ...page, contents: {} })).toEqual(['contents: must be array, got {}']);
  });

  // The following pass on purpose: they record what the official schemas do NOT check, so our own tests must.
  it('does not check what the schemas leave open', () => {
    // Page declares no required members, so an empty object is a valid page.
    expect(validateHsds('page', {})).toEqual([]);
    // Coordinates have no range: the official examples (JSON and examples/csv/locations.csv) put a location at
    // latitude 100, longitude 101.
    const service = example('service_full.json');
    const [link] = service.service_at_locations as { location: { latitude: number; longitude: number } }[];
    expect([link?.location.latitude, link?.location.longitude]).toEqual([100, 101]);
    // Dates are typed only for Frictionless Data (datapackage_type "date"), not with a JSON Schema format.
    expect(validateHsds('service', { ...service, assured_date: 'gestern' })).toEqual([]);
    // The ids are checked as UUIDs of any version, also with a "urn:uuid:" prefix (ajv-formats).
    expect(validateHsds('taxonomy', { ...example('taxonomy.json'), id: 'urn:uuid:00000000-0000-0000-0000-000000000000' })).toEqual([]);
  });
});
