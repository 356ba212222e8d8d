import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Organization } from '../../../common/api/network';
import { derivedUuid, toHsdsOrganization } from './organization.hsds';

type Schema = { required?: string[]; properties?: Record<string, { type?: string | string[]; format?: string; enum?: string[]; items?: Schema & { $ref?: string } } & { $ref?: string }> };

const schemaDir = new URL('../../../test-data/hsds-3.0/schema/', import.meta.url);
const load = (name: string) => JSON.parse(fs.readFileSync(new URL(`${name}.json`, schemaDir), 'utf8')) as Schema;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Required members, declared types, enums and uuid formats of the official HSDS schema, recursively for nested lists. */
function problems(value: Record<string, unknown>, schemaName: string, path = schemaName): string[] {
  const schema = load(schemaName);
  const found: string[] = [];
  for (const key of schema.required ?? []) if (value[key] === undefined || value[key] === null) found.push(`${path}.${key} fehlt`);
  for (const [key, v] of Object.entries(value)) {
    const spec = schema.properties?.[key];
    if (!spec) {
      found.push(`${path}.${key} ist kein HSDS-Feld`);
      continue;
    }
    if (v === null) continue;
    const types = ([] as string[]).concat(spec.type ?? []);
    const actual = Array.isArray(v) ? 'array' : typeof v === 'number' ? 'number' : typeof v;
    if (types.length && !types.includes(actual) && !(actual === 'number' && types.includes('integer'))) found.push(`${path}.${key}: ${actual} statt ${types.join('|')}`);
    if (spec.enum && !spec.enum.includes(String(v))) found.push(`${path}.${key}: ${String(v)} nicht in ${spec.enum.join(', ')}`);
    if (spec.format === 'uuid' && !uuid.test(String(v))) found.push(`${path}.${key}: keine UUID`);
    if (Array.isArray(v) && v.length && spec.items) {
      const ref = spec.items.$ref ?? '';
      const nested = ref.replace(/\.json$/, '').replace(/^.*\//, '');
      if (nested) v.forEach((item, i) => found.push(...problems(item as Record<string, unknown>, nested, `${path}.${key}[${i}]`)));
    }
  }
  return found;
}

const organization: Organization = {
  id: '3f10ed01-d6ab-4ebf-906a-a3bf58a9aa3a',
  officeId: '54f55436-5351-4871-85e1-07b8bf4346f2',
  name: 'Familienzentrum Garstedt',
  alternateName: null,
  type: 'family_centre',
  typeLabel: 'Familienzentrum',
  description: 'Treffpunkt für Familien',
  email: 'info@fz.example',
  phone: '040 123456',
  website: 'https://fz.example',
  address: { street: 'Europaallee 12', postalCode: '22846', city: 'Norderstedt' },
  point: [9.97, 53.69],
  parentId: null,
  spaceIds: [],
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('organisation as HSDS 3.0', () => {
  it('fits the official organization schema, with phone, location and address', () => {
    const hsds = toHsdsOrganization(organization);
    expect(problems(hsds, 'organization')).toEqual([]);
    expect(hsds.locations[0]).toMatchObject({ latitude: 53.69, longitude: 9.97, location_type: 'physical' });
  });

  it('finds a broken record (the check itself can fail)', () => {
    const broken = { ...toHsdsOrganization(organization), id: 'nicht-uuid', name: undefined };
    expect(problems(broken as unknown as Record<string, unknown>, 'organization')).toEqual(expect.arrayContaining(['organization.name fehlt', 'organization.id: keine UUID']));
  });

  it('derives the same nested ids on every export', () => {
    expect(derivedUuid(organization.id, 'phone')).toBe(derivedUuid(organization.id, 'phone'));
    expect(derivedUuid(organization.id, 'phone')).toMatch(uuid);
    expect(derivedUuid(organization.id, 'phone')).not.toBe(derivedUuid(organization.id, 'address'));
  });
});
