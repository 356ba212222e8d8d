import { describe, expect, it } from 'vitest';
import { createServiceBody, type ServiceDetail } from '../../../../common/api/services';
import { changedFields, emptySchedule, emptyServiceValues, serviceValues, toServiceBody } from './edit-service-values';
import { buildTopicTree, flattenTopicTree, subtreeIds } from './topics-tree';

const detail: ServiceDetail = {
  id: '11111111-1111-4111-8111-111111111111',
  officeId: '22222222-2222-4222-8222-222222222222',
  organization: { id: '33333333-3333-4333-8333-333333333333', name: 'Familienzentrum', website: null },
  name: 'Elterncafé',
  alternateName: null,
  description: 'Kaffee und Austausch',
  url: null,
  email: null,
  status: 'active',
  minimumAge: 0,
  maximumAge: 6,
  targetGroups: ['parents'],
  traits: ['free_of_charge'],
  languages: ['de', 'sq'],
  keywords: ['Kaffee', 'Eltern'],
  topics: [{ id: '44444444-4444-4444-8444-444444444444', name: 'Eltern und Familie' }],
  spaceIds: ['55555555-5555-4555-8555-555555555555'],
  spacesSetByHand: false,
  locations: [
    {
      id: '66666666-6666-4666-8666-666666666666',
      serviceAtLocationId: '77777777-7777-4777-8777-777777777777',
      name: 'Familienzentrum',
      street: 'Europaallee 12',
      postalCode: '22844',
      city: 'Norderstedt',
      point: [9.95, 53.68],
      spaceId: '55555555-5555-4555-8555-555555555555',
      spaceSetByHand: false,
      schedules: [],
    },
  ],
  schedules: [{ id: '88888888-8888-4888-8888-888888888888', days: ['TU'], opensAt: '09:00', closesAt: '11:00', description: null, validFrom: '2026-01-01', validTo: null }],
  phones: [],
  feesDescription: 'kostenlos',
  applicationProcess: null,
  eligibilityDescription: null,
  alert: null,
  assuredDate: '2026-03-01',
  assurerEmail: null,
  stale: false,
  canEdit: true,
  updatedAt: '2026-03-01T10:00:00+01:00',
};

describe('offer form values', () => {
  it('turns an offer into form values and back into a body the API accepts', () => {
    const values = serviceValues(detail);
    expect(values.locations[0]?.lon).toBe('9,95');
    expect(values.languages).toEqual(['de']);
    expect(values.otherLanguages).toBe('sq');
    const { body, errors } = toServiceBody(values);
    expect(errors).toEqual([]);
    expect(createServiceBody.safeParse(body).success).toBe(true);
    expect(body.languages).toEqual(['de', 'sq']);
    expect(body.locations?.[0]).toEqual({
      id: '66666666-6666-4666-8666-666666666666',
      name: 'Familienzentrum',
      street: 'Europaallee 12',
      postalCode: '22844',
      city: 'Norderstedt',
      point: [9.95, 53.68],
      spaceId: null,
    });
    // What the form does not show of a schedule travels back unchanged.
    expect(body.schedules?.[0]?.validFrom).toBe('2026-01-01');
  });

  it('sends only what changed', () => {
    const before = serviceValues(detail);
    const after = { ...before, name: 'Elterncafé am Dienstag', schedules: [...before.schedules, { ...emptySchedule(), days: ['FR' as const], opensAt: '15:00' }] };
    const changes = changedFields(toServiceBody(before).body, toServiceBody(after).body);
    expect(Object.keys(changes).sort()).toEqual(['name', 'schedules']);
    expect(changedFields(toServiceBody(before).body, toServiceBody(serviceValues(detail)).body)).toEqual({});
  });

  it('stops wrong numbers before sending, naming the field as the server would', () => {
    const values = { ...emptyServiceValues('33333333-3333-4333-8333-333333333333'), name: 'x', minimumAge: 'drei' };
    values.locations = values.locations.map((l) => ({ ...l, lon: '9,95', lat: '95' }));
    const { errors } = toServiceBody(values);
    expect(errors.map((e) => e.field)).toEqual(['minimumAge', 'locations.0.point.1']);
  });
});

describe('topic tree', () => {
  const topic = (id: string, parentId: string | null, sortOrder: number) => ({ id, parentId, sortOrder, name: id, taxonomyId: null, code: null, description: '', serviceCount: 0 });

  it('orders topics under their parents and survives a missing parent', () => {
    const tree = buildTopicTree([topic('b', null, 20), topic('a', null, 10), topic('a2', 'a', 2), topic('a1', 'a', 1), topic('orphan', 'gone', 5)]);
    expect(flattenTopicTree(tree).map((n) => `${n.depth}:${n.topic.id}`)).toEqual(['0:orphan', '0:a', '1:a1', '1:a2', '0:b']);
    const a = tree.find((n) => n.topic.id === 'a');
    expect(a ? subtreeIds(a) : []).toEqual(['a', 'a1', 'a2']);
  });
});
