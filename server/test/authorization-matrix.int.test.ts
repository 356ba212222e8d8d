import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountRoles, type AccountRole } from '../../common/roles';
import { createUser } from '../modules/accounts';
import { createSpace, type Boundary } from '../modules/social-spaces';
import { createSession } from '../platform/auth/session';
import { operationsOf } from './openapi';
import { createTestWorld, TEST_PASSWORD, type OfficeKey, type TestUser, type TestWorld } from './test-app';

type Caller = AccountRole | 'anonymous';
type Expected = Record<Caller, number>;

const allowOnly = (allowed: Partial<Record<Caller, number>>, otherwise: number): Expected =>
  Object.fromEntries((['anonymous', ...accountRoles] as Caller[]).map((c) => [c, allowed[c] ?? otherwise])) as Expected;
const everyRole = (status: number): Expected => ({ ...allowOnly({}, status), anonymous: 401 });

/**
 * The one table of expected outcomes: every operation × every role × an object of the caller's own office and
 * of a foreign one. Every module adds its rows here as it is built; the last test fails if an operation is missing.
 */
/** Objects of each office for the network rows; `fresh*` hold one object per caller, for operations that use it up. */
type Fixtures = Record<OfficeKey, {
  organization: string;
  membership: string;
  freshOrganization: Record<Caller, string>;
  freshMembership: Record<Caller, string>;
  freshContract: Record<Caller, string>;
  freshPosition: Record<Caller, string>;
  service: string;
  freshService: Record<Caller, string>;
  topic: string;
  freshTopic: Record<Caller, string>;
  need: string;
  gap: string;
  freshNeed: Record<Caller, string>;
  /** Public-form entries waiting for review, one per caller (a review uses one up). */
  pendingNeed: Record<Caller, string>;
  budgetLine: string;
  /** Bookings to reverse, one per caller (a reversal uses one up). */
  freshBooking: Record<Caller, string>;
  /** A project in the office's space, with one attachment. */
  project: string;
  attachment: string;
  /** Projects to move and to delete, attachments to delete: one per caller (each allowed call uses one up). */
  projectToMove: Record<Caller, string>;
  projectToDelete: Record<Caller, string>;
  attachmentToDelete: Record<Caller, string>;
  /** Projects without money, one per caller: a commitment uses one up (one live commitment per project and line). */
  commitProject: Record<Caller, string>;
  /** Commitments above the threshold waiting for a decision, and open ones to settle: one per caller. */
  pendingCommitment: Record<Caller, string>;
  openCommitment: Record<Caller, string>;
  /** A booking with its receipt filed. */
  receiptBooking: string;
  /** A planned network meeting in the office's space (2031) with one agenda item and one task; per caller: meetings
   *  to move and to delete, agenda items to delete. */
  meeting: string;
  agendaItem: string;
  meetingTask: string;
  meetingToMove: Record<Caller, string>;
  meetingToDelete: Record<Caller, string>;
  agendaItemToDelete: Record<Caller, string>;
  /** Calendar feeds of the office's admin: one to read through its token, one to revoke. */
  calendarPath: string;
  feedToRevoke: string;
  /** A collegial case consultation in the office's space, and one per caller to delete. */
  consultation: string;
  consultationToDelete: Record<Caller, string>;
  /** A committee, an administrative unit and a meeting of the committee (with a place); a draft paper and a
   *  published one with its first consultation; per caller: drafts to publish and to delete. */
  committee: string;
  committeeUnit: string;
  committeeMeeting: string;
  paper: string;
  publishedPaper: string;
  paperConsultation: string;
  paperToPublish: Record<Caller, string>;
  paperToDelete: Record<Caller, string>;
}>;

type Row = {
  operation: string;
  target?: OfficeKey;
  /** Runs as a throwaway user of the caller's role: the operation ends or changes the caller's sessions. */
  throwawayUser?: boolean;
  request: (ctx: {
    world: TestWorld;
    targets: Record<OfficeKey, string>;
    spaces: Record<OfficeKey, string>;
    spacesToDelete: Record<OfficeKey, Record<Caller, string>>;
    fixtures: Fixtures;
    caller: Caller;
  }) => InjectOptions;
  expected: Expected;
};

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});
const MATRIX_PDF = Buffer.from('%PDF-1.4\n%%EOF\n', 'latin1');

const rows: Row[] = [
  { operation: 'GET /api/health', request: () => ({ method: 'GET', url: '/api/health' }), expected: allowOnly({}, 200) },
  {
    operation: 'POST /api/auth/login',
    request: ({ caller }) => ({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: `${caller === 'anonymous' ? 'nobody' : caller}@own.test`, password: TEST_PASSWORD },
    }),
    expected: { ...allowOnly({}, 200), anonymous: 401 },
  },
  { operation: 'GET /api/auth/me', request: () => ({ method: 'GET', url: '/api/auth/me' }), expected: everyRole(200) },
  {
    operation: 'POST /api/auth/logout',
    throwawayUser: true,
    request: () => ({ method: 'POST', url: '/api/auth/logout' }),
    expected: everyRole(204),
  },
  {
    operation: 'POST /api/auth/password',
    throwawayUser: true,
    request: () => ({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'ein-ganz-neues-passwort' },
    }),
    expected: everyRole(204),
  },
  { operation: 'GET /api/users', request: () => ({ method: 'GET', url: '/api/users' }), expected: allowOnly({ admin: 200, anonymous: 401 }, 403) },
  {
    operation: 'POST /api/users',
    request: ({ caller }) => ({
      method: 'POST',
      url: '/api/users',
      payload: { email: `neu-${caller}@own.test`, displayName: 'Neu', roles: ['committee'] },
    }),
    expected: allowOnly({ admin: 201, anonymous: 401 }, 403),
  },
  ...(['own', 'foreign'] as const).flatMap((target): Row[] => [
    {
      operation: 'GET /api/users/{id}',
      target,
      request: ({ targets }) => ({ method: 'GET', url: `/api/users/${targets[target]}` }),
      expected: allowOnly({ admin: target === 'own' ? 200 : 404, anonymous: 401 }, 403),
    },
    {
      operation: 'PATCH /api/users/{id}',
      target,
      request: ({ targets }) => ({ method: 'PATCH', url: `/api/users/${targets[target]}`, payload: { displayName: 'Umbenannt' } }),
      expected: allowOnly({ admin: target === 'own' ? 200 : 404, anonymous: 401 }, 403),
    },
    {
      operation: 'POST /api/users/{id}/password-reset',
      target,
      request: ({ targets }) => ({ method: 'POST', url: `/api/users/${targets[target]}/password-reset` }),
      expected: allowOnly({ admin: target === 'own' ? 200 : 404, anonymous: 401 }, 403),
    },
  ]),
  // Offices
  { operation: 'GET /api/offices', request: () => ({ method: 'GET', url: '/api/offices' }), expected: allowOnly({}, 200) },
  { operation: 'GET /api/office', request: () => ({ method: 'GET', url: '/api/office' }), expected: everyRole(200) },
  {
    operation: 'PATCH /api/office',
    request: () => ({ method: 'PATCH', url: '/api/office', payload: { region: [5.5, 47, 15.5, 55.2] } }),
    expected: allowOnly({ admin: 200, anonymous: 401 }, 403),
  },
  // Social spaces: public names and boundaries; admins and heads of department manage.
  { operation: 'GET /api/social-spaces', request: () => ({ method: 'GET', url: '/api/social-spaces?office=own-office' }), expected: allowOnly({}, 200) },
  { operation: 'GET /api/social-spaces/export', request: () => ({ method: 'GET', url: '/api/social-spaces/export?office=own-office' }), expected: allowOnly({}, 200) },
  {
    operation: 'GET /api/social-spaces/locate',
    request: () => ({ method: 'GET', url: '/api/social-spaces/locate?lon=10.005&lat=53.705&office=own-office' }),
    expected: allowOnly({}, 200),
  },
  {
    operation: 'POST /api/social-spaces',
    request: ({ caller }) => ({ method: 'POST', url: '/api/social-spaces', payload: { code: `M-${caller}`, name: 'Matrix', boundary: square(10.2, 53.7) } }),
    expected: allowOnly({ admin: 201, head_of_department: 201, anonymous: 401 }, 403),
  },
  {
    operation: 'POST /api/social-spaces/import',
    request: ({ caller }) => ({
      method: 'POST',
      url: '/api/social-spaces/import',
      payload: {
        collection: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { n: 'Import', c: `I-${caller}` }, geometry: square(10.3, 53.7) }] },
        nameProperty: 'n',
        codeProperty: 'c',
      },
    }),
    expected: allowOnly({ admin: 200, head_of_department: 200, anonymous: 401 }, 403),
  },
  ...(['own', 'foreign'] as const).flatMap((target): Row[] => [
    {
      operation: 'GET /api/social-spaces/{id}',
      target,
      request: ({ spaces }) => ({ method: 'GET', url: `/api/social-spaces/${spaces[target]}` }),
      expected: allowOnly({}, 200),
    },
    {
      operation: 'PATCH /api/social-spaces/{id}',
      target,
      request: ({ spaces }) => ({ method: 'PATCH', url: `/api/social-spaces/${spaces[target]}`, payload: { description: 'geändert' } }),
      expected: allowOnly({ admin: target === 'own' ? 200 : 404, head_of_department: target === 'own' ? 200 : 404, anonymous: 401 }, 403),
    },
    {
      operation: 'DELETE /api/social-spaces/{id}',
      target,
      // A fresh space per caller, so that each allowed delete has something to delete.
      request: ({ spacesToDelete, caller }) => ({ method: 'DELETE', url: `/api/social-spaces/${spacesToDelete[target][caller]}` }),
      expected: allowOnly({ admin: target === 'own' ? 204 : 404, head_of_department: target === 'own' ? 204 : 404, anonymous: 401 }, 403),
    },
  ]),
  // Network of actors: organisations public; teams, contracts and positions for managers and the space's own team.
  { operation: 'GET /api/organizations', request: () => ({ method: 'GET', url: '/api/organizations?office=own-office' }), expected: allowOnly({}, 200) },
  { operation: 'GET /api/organizations/hsds', request: () => ({ method: 'GET', url: '/api/organizations/hsds?office=own-office' }), expected: allowOnly({}, 200) },
  {
    operation: 'DELETE /api/network-model/{id}',
    // The id of a period the caller's office does not have: admins get 404, everyone else is stopped before.
    request: () => ({ method: 'DELETE', url: '/api/network-model/00000000-0000-4000-8000-000000000000' }),
    expected: allowOnly({ admin: 404, anonymous: 401 }, 403),
  },
  { operation: 'GET /api/organization-types', request: () => ({ method: 'GET', url: '/api/organization-types?office=own-office' }), expected: allowOnly({}, 200) },
  {
    operation: 'POST /api/organization-types',
    request: ({ caller }) => ({ method: 'POST', url: '/api/organization-types', payload: { code: `typ_${caller}`, label: 'Typ' } }),
    expected: allowOnly({ admin: 201, anonymous: 401 }, 403),
  },
  {
    operation: 'POST /api/organizations',
    request: () => ({ method: 'POST', url: '/api/organizations', payload: { name: 'Neu', type: 'kita' } }),
    expected: allowOnly({ admin: 201, head_of_department: 201, anonymous: 401 }, 403),
  },
  {
    operation: 'POST /api/team-memberships',
    request: ({ spaces }) => ({ method: 'POST', url: '/api/team-memberships', payload: { spaceId: spaces.own, personName: 'Neu', teamRole: 'key_person', validFrom: '2020-01-01' } }),
    expected: allowOnly({ admin: 201, head_of_department: 201, anonymous: 401 }, 403),
  },
  {
    operation: 'POST /api/contracts',
    request: ({ spaces, fixtures, caller }) => ({
      method: 'POST',
      url: '/api/contracts',
      payload: { organizationId: fixtures.own.organization, spaceId: spaces.own, kind: caller === 'admin' ? 'outpatient' : 'residential', validFrom: '2030-01-01' },
    }),
    expected: allowOnly({ admin: 201, head_of_department: 201, anonymous: 401 }, 403),
  },
  {
    operation: 'POST /api/positions',
    request: ({ spaces, fixtures }) => ({ method: 'POST', url: '/api/positions', payload: { organizationId: fixtures.own.organization, spaceId: spaces.own, kind: 'other', fte: 0.5, validFrom: '2020-01-01' } }),
    expected: allowOnly({ admin: 201, head_of_department: 201, anonymous: 401 }, 403),
  },
  { operation: 'GET /api/network-model', request: () => ({ method: 'GET', url: '/api/network-model' }), expected: everyRole(200) },
  { operation: 'GET /api/network-model/check', request: () => ({ method: 'GET', url: '/api/network-model/check' }), expected: everyRole(200) },
  { operation: 'GET /api/social-spaces/figures', request: () => ({ method: 'GET', url: '/api/social-spaces/figures' }), expected: everyRole(200) },
  {
    operation: 'POST /api/network-model',
    request: () => ({ method: 'POST', url: '/api/network-model', payload: { model: 'team', validFrom: '2017-01-01' } }),
    expected: allowOnly({ admin: 201, anonymous: 401 }, 403),
  },
  {
    operation: 'PUT /api/network-model/minimums',
    request: () => ({ method: 'PUT', url: '/api/network-model/minimums', payload: { minimums: [{ kind: 'family_centre', minimumFte: 0.5 }] } }),
    expected: allowOnly({ admin: 200, anonymous: 401 }, 403),
  },
  ...(['own', 'foreign'] as const).flatMap((target): Row[] => {
    const managers = (ok: number) => allowOnly({ admin: target === 'own' ? ok : 404, head_of_department: target === 'own' ? ok : 404, anonymous: 401 }, 403);
    // Staff outside the team: 403 in their own office, and a foreign office's space is not found at all.
    const readers = allowOnly({ admin: target === 'own' ? 200 : 404, head_of_department: target === 'own' ? 200 : 404, team_member: target === 'own' ? 403 : 404, provider_editor: target === 'own' ? 403 : 404, anonymous: 401 }, 403);
    return [
      { operation: 'GET /api/organizations/{id}', target, request: ({ fixtures }) => ({ method: 'GET', url: `/api/organizations/${fixtures[target].organization}` }), expected: allowOnly({}, 200) },
      {
        operation: 'PATCH /api/organizations/{id}',
        target,
        request: ({ fixtures }) => ({ method: 'PATCH', url: `/api/organizations/${fixtures[target].organization}`, payload: { description: 'geändert' } }),
        // Provider editors may edit their own organisation only (none here): 403 at home, not found abroad.
        expected: { ...managers(200), provider_editor: target === 'own' ? 403 : 404 },
      },
      {
        operation: 'DELETE /api/organizations/{id}',
        target,
        request: ({ fixtures, caller }) => ({ method: 'DELETE', url: `/api/organizations/${fixtures[target].freshOrganization[caller]}` }),
        expected: managers(204),
      },
      { operation: 'GET /api/social-spaces/{spaceId}/team', target, request: ({ spaces }) => ({ method: 'GET', url: `/api/social-spaces/${spaces[target]}/team` }), expected: readers },
      { operation: 'GET /api/social-spaces/{spaceId}/contracts', target, request: ({ spaces }) => ({ method: 'GET', url: `/api/social-spaces/${spaces[target]}/contracts` }), expected: readers },
      {
        operation: 'PATCH /api/team-memberships/{id}',
        target,
        request: ({ fixtures }) => ({ method: 'PATCH', url: `/api/team-memberships/${fixtures[target].membership}`, payload: { fte: 0.5 } }),
        expected: managers(200),
      },
      {
        operation: 'DELETE /api/team-memberships/{id}',
        target,
        request: ({ fixtures, caller }) => ({ method: 'DELETE', url: `/api/team-memberships/${fixtures[target].freshMembership[caller]}` }),
        expected: managers(204),
      },
      {
        operation: 'DELETE /api/contracts/{id}',
        target,
        request: ({ fixtures, caller }) => ({ method: 'DELETE', url: `/api/contracts/${fixtures[target].freshContract[caller]}` }),
        expected: managers(204),
      },
      {
        operation: 'DELETE /api/positions/{id}',
        target,
        request: ({ fixtures, caller }) => ({ method: 'DELETE', url: `/api/positions/${fixtures[target].freshPosition[caller]}` }),
        expected: managers(204),
      },
    ];
  }),
  // Offers: public to read; editors write within their reach (here none of the non-managers has any).
  { operation: 'GET /api/services', request: () => ({ method: 'GET', url: '/api/services?office=own-office' }), expected: allowOnly({}, 200) },
  { operation: 'GET /api/map/services', request: () => ({ method: 'GET', url: '/api/map/services?office=own-office&bbox=9.9,53.6,10.2,53.8&zoom=12' }), expected: allowOnly({}, 200) },
  { operation: 'GET /api/topics', request: () => ({ method: 'GET', url: '/api/topics?office=own-office' }), expected: allowOnly({}, 200) },
  {
    operation: 'GET /api/services/stale',
    request: () => ({ method: 'GET', url: '/api/services/stale' }),
    expected: allowOnly({ admin: 200, head_of_department: 200, team_member: 200, provider_editor: 200, anonymous: 401 }, 403),
  },
  {
    operation: 'GET /api/service-settings',
    request: () => ({ method: 'GET', url: '/api/service-settings' }),
    expected: allowOnly({ admin: 200, head_of_department: 200, team_member: 200, provider_editor: 200, anonymous: 401 }, 403),
  },
  { operation: 'PUT /api/service-settings', request: () => ({ method: 'PUT', url: '/api/service-settings', payload: { staleAfterMonths: 12 } }), expected: allowOnly({ admin: 200, anonymous: 401 }, 403) },
  {
    operation: 'POST /api/services',
    request: ({ fixtures }) => ({ method: 'POST', url: '/api/services', payload: { organizationId: fixtures.own.organization, name: 'Neues Angebot', locations: [{ point: [10.005, 53.705] }] } }),
    // A team member outside this space's team and a provider editor of no organisation may not.
    expected: allowOnly({ admin: 201, head_of_department: 201, anonymous: 401 }, 403),
  },
  { operation: 'POST /api/topics', request: ({ caller }) => ({ method: 'POST', url: '/api/topics', payload: { name: `Neu ${caller}` } }), expected: allowOnly({ admin: 201, anonymous: 401 }, 403) },
  // Office spreadsheets of offers: admins only.
  ...['export.csv', 'export.xlsx', 'template.csv', 'template.xlsx'].map((file): Row => ({
    operation: `GET /api/admin/services/${file}`,
    request: () => ({ method: 'GET', url: `/api/admin/services/${file}` }),
    expected: allowOnly({ admin: 200, anonymous: 401 }, 403),
  })),
  {
    operation: 'POST /api/admin/services/import',
    request: () => ({ method: 'POST', url: '/api/admin/services/import?format=csv&dryRun=true', payload: { content: 'Name;Organisation\r\n' } }),
    expected: allowOnly({ admin: 200, anonymous: 401 }, 403),
  },
  // HSDS 3.0 import and export of the whole office: admins only (a dry run, so that nothing is stored).
  {
    operation: 'POST /api/admin/hsds/import',
    request: () => ({ method: 'POST', url: '/api/admin/hsds/import?dryRun=true', payload: { id: '00000000-0000-4000-8000-00000000a001', name: 'Taxonomie', description: '', version: '1', uri: 'https://example.org/t' } }),
    expected: allowOnly({ admin: 200, anonymous: 401 }, 403),
  },
  { operation: 'GET /api/admin/hsds/export', request: () => ({ method: 'GET', url: '/api/admin/hsds/export?format=tabular' }), expected: allowOnly({ admin: 200, anonymous: 401 }, 403) },
  ...(['own', 'foreign'] as const).flatMap((target): Row[] => {
    // Editors pass the role check, then meet the office (404 abroad) or the offer's organisation and spaces (403 at home).
    const editors = (ok: number) =>
      allowOnly(
        target === 'own' ? { admin: ok, head_of_department: ok, anonymous: 401 } : { admin: 404, head_of_department: 404, team_member: 404, provider_editor: 404, anonymous: 401 },
        403,
      );
    const admins = (ok: number) => allowOnly({ admin: target === 'own' ? ok : 404, anonymous: 401 }, 403);
    return [
      { operation: 'GET /api/services/{id}', target, request: ({ fixtures }) => ({ method: 'GET', url: `/api/services/${fixtures[target].service}` }), expected: allowOnly({}, 200) },
      { operation: 'PATCH /api/services/{id}', target, request: ({ fixtures }) => ({ method: 'PATCH', url: `/api/services/${fixtures[target].service}`, payload: { alert: 'geändert' } }), expected: editors(200) },
      { operation: 'POST /api/services/{id}/verify', target, request: ({ fixtures }) => ({ method: 'POST', url: `/api/services/${fixtures[target].service}/verify` }), expected: editors(200) },
      { operation: 'DELETE /api/services/{id}', target, request: ({ fixtures, caller }) => ({ method: 'DELETE', url: `/api/services/${fixtures[target].freshService[caller]}` }), expected: editors(204) },
      { operation: 'PATCH /api/topics/{id}', target, request: ({ fixtures }) => ({ method: 'PATCH', url: `/api/topics/${fixtures[target].topic}`, payload: { description: 'geändert' } }), expected: admins(200) },
      { operation: 'DELETE /api/topics/{id}', target, request: ({ fixtures, caller }) => ({ method: 'DELETE', url: `/api/topics/${fixtures[target].freshTopic[caller]}` }), expected: admins(204) },
    ];
  }),
  // The Open Referral HSDS 3.0 API: public, read-only, the same for everyone (docs/decisions/0003-hsds-api.md).
  ...(['/hsds/', '/hsds/services', '/hsds/organizations', '/hsds/service_at_locations', '/hsds/taxonomies', '/hsds/taxonomy_terms'] as const).map(
    (path): Row => ({ operation: `GET ${path}`, request: () => ({ method: 'GET', url: path === '/hsds/' ? path : `${path}?office=own-office` }), expected: allowOnly({}, 200) }),
  ),
  ...(['own', 'foreign'] as const).flatMap((target): Row[] => [
    { operation: 'GET /hsds/services/{id}', target, request: ({ fixtures }) => ({ method: 'GET', url: `/hsds/services/${fixtures[target].service}` }), expected: allowOnly({}, 200) },
    { operation: 'GET /hsds/organizations/{id}', target, request: ({ fixtures }) => ({ method: 'GET', url: `/hsds/organizations/${fixtures[target].organization}` }), expected: allowOnly({}, 200) },
    { operation: 'GET /hsds/taxonomy_terms/{id}', target, request: ({ fixtures }) => ({ method: 'GET', url: `/hsds/taxonomy_terms/${fixtures[target].topic}` }), expected: allowOnly({}, 200) },
  ]),
  // Unknown ids: 404 for everyone, anonymous included (hsds-api.int.test.ts reads existing ones).
  { operation: 'GET /hsds/service_at_locations/{id}', request: () => ({ method: 'GET', url: '/hsds/service_at_locations/00000000-0000-4000-8000-000000000000' }), expected: allowOnly({}, 404) },
  { operation: 'GET /hsds/taxonomies/{id}', request: () => ({ method: 'GET', url: '/hsds/taxonomies/00000000-0000-4000-8000-000000000000' }), expected: allowOnly({}, 404) },
  // Needs and gaps: staff within the spaces where they are on the team (managers: all; here no one else is on a team),
  // the committee sees the aggregates only, the public may check text and submit the form but never read.
  { operation: 'POST /api/privacy/check', request: () => ({ method: 'POST', url: '/api/privacy/check', payload: { text: 'Hier fehlt ein Jugendtreff.' } }), expected: allowOnly({}, 200) },
  {
    operation: 'POST /api/public/needs',
    request: ({ spaces }) => ({ method: 'POST', url: '/api/public/needs', payload: { office: 'own-office', spaceId: spaces.own, text: 'Hier fehlt ein Spielplatz.' } }),
    expected: allowOnly({}, 201),
  },
  {
    operation: 'GET /api/needs',
    request: () => ({ method: 'GET', url: '/api/needs' }),
    expected: allowOnly({ admin: 200, head_of_department: 200, team_member: 200, provider_editor: 200, anonymous: 401 }, 403),
  },
  {
    operation: 'GET /api/needs/my-spaces',
    request: () => ({ method: 'GET', url: '/api/needs/my-spaces' }),
    expected: allowOnly({ admin: 200, head_of_department: 200, team_member: 200, provider_editor: 200, anonymous: 401 }, 403),
  },
  { operation: 'GET /api/gaps/summary', request: () => ({ method: 'GET', url: '/api/gaps/summary' }), expected: everyRole(200) },
  { operation: 'GET /api/gaps/summary.csv', request: () => ({ method: 'GET', url: '/api/gaps/summary.csv' }), expected: everyRole(200) },
  {
    operation: 'POST /api/gaps/recompute',
    request: () => ({ method: 'POST', url: '/api/gaps/recompute', payload: {} }),
    expected: allowOnly({ admin: 200, head_of_department: 200, team_member: 200, provider_editor: 200, anonymous: 401 }, 403),
  },
  ...(['own', 'foreign'] as const).flatMap((target): Row[] => {
    // Staff pass the role check, then meet the office (404 abroad) or the need's space (403 at home: on no team).
    const inSpace = (ok: number) =>
      allowOnly(
        target === 'own' ? { admin: ok, head_of_department: ok, anonymous: 401 } : { admin: 404, head_of_department: 404, team_member: 404, provider_editor: 404, anonymous: 401 },
        403,
      );
    const managers = (ok: number) => allowOnly({ admin: target === 'own' ? ok : 404, head_of_department: target === 'own' ? ok : 404, anonymous: 401 }, 403);
    // A space of another office is a wrong input for managers (400 naming spaceId); others are on no team there.
    const newInSpace = (ok: number) => allowOnly({ admin: target === 'own' ? ok : 400, head_of_department: target === 'own' ? ok : 400, anonymous: 401 }, 403);
    return [
      {
        operation: 'POST /api/needs',
        target,
        request: ({ spaces, fixtures }) => ({
          method: 'POST',
          url: '/api/needs',
          payload: { spaceId: spaces[target], topicIds: [fixtures.own.topic], source: 'meeting', voice: 'professional', text: 'Im Netzwerktreffen fehlte ein Angebot.' },
        }),
        expected: newInSpace(201),
      },
      {
        operation: 'GET /api/needs/offer-suggestions',
        target,
        request: ({ spaces }) => ({ method: 'GET', url: `/api/needs/offer-suggestions?spaceId=${spaces[target]}` }),
        expected: newInSpace(200),
      },
      { operation: 'GET /api/needs/{id}', target, request: ({ fixtures }) => ({ method: 'GET', url: `/api/needs/${fixtures[target].need}` }), expected: inSpace(200) },
      {
        operation: 'PATCH /api/needs/{id}',
        target,
        request: ({ fixtures }) => ({ method: 'PATCH', url: `/api/needs/${fixtures[target].need}`, payload: { text: 'Im Netzwerktreffen fehlte ein Angebot am Abend.' } }),
        expected: inSpace(200),
      },
      { operation: 'DELETE /api/needs/{id}', target, request: ({ fixtures, caller }) => ({ method: 'DELETE', url: `/api/needs/${fixtures[target].freshNeed[caller]}` }), expected: managers(204) },
      {
        operation: 'POST /api/needs/{id}/review',
        target,
        request: ({ fixtures, caller }) => ({ method: 'POST', url: `/api/needs/${fixtures[target].pendingNeed[caller]}/review`, payload: { decision: 'accepted', topicIds: [fixtures[target].topic] } }),
        expected: inSpace(200),
      },
      {
        operation: 'POST /api/needs/{id}/status',
        target,
        request: ({ fixtures }) => ({ method: 'POST', url: `/api/needs/${fixtures[target].need}/status`, payload: { status: 'project', note: 'Projekt Sommerferien' } }),
        expected: inSpace(200),
      },
      {
        operation: 'POST /api/needs/{id}/referrals',
        target,
        request: ({ fixtures }) => ({ method: 'POST', url: `/api/needs/${fixtures[target].need}/referrals`, payload: { serviceId: fixtures[target].service } }),
        expected: inSpace(200),
      },
      {
        operation: 'POST /api/gaps/{id}/correct',
        target,
        request: ({ fixtures }) => ({ method: 'POST', url: `/api/gaps/${fixtures[target].gap}/correct`, payload: { kind: 'reach', note: 'Angebot gibt es' } }),
        expected: inSpace(200),
      },
      { operation: 'POST /api/gaps/{id}/confirm', target, request: ({ fixtures }) => ({ method: 'POST', url: `/api/gaps/${fixtures[target].gap}/confirm` }), expected: inSpace(200) },
    ];
  }),
  // Projects: staff and the committee read them; managers work on all, team members and provider staff only on
  // projects of spaces where they are on the team (here: none), the committee never; only managers delete.
  { operation: 'GET /api/projects', request: () => ({ method: 'GET', url: '/api/projects' }), expected: everyRole(200) },
  ...(['own', 'foreign'] as const).flatMap((target): Row[] => {
    // Another office's project is not found by anyone (the project is looked up before the role is checked);
    // at home, only managers may (the others are on no team of the project's space, the committee never).
    const inSpace = (ok: number) => (target === 'own' ? allowOnly({ admin: ok, head_of_department: ok, anonymous: 401 }, 403) : everyRole(404));
    const managers = (ok: number) => allowOnly({ admin: target === 'own' ? ok : 404, head_of_department: target === 'own' ? ok : 404, anonymous: 401 }, 403);
    const staff = (ok: number) =>
      allowOnly(
        target === 'own'
          ? { admin: ok, head_of_department: ok, team_member: ok, provider_editor: ok, anonymous: 401 }
          : { admin: 404, head_of_department: 404, team_member: 404, provider_editor: 404, anonymous: 401 },
        403,
      );
    return [
      {
        operation: 'POST /api/projects',
        target,
        request: ({ spaces }) => ({ method: 'POST', url: '/api/projects', payload: { title: 'Neues Projekt', spaceIds: [spaces[target]], initiatedBy: 'joint' } }),
        // A space of another office is a wrong input for managers (400 naming spaceIds); others are on no team there.
        expected: allowOnly({ admin: target === 'own' ? 201 : 400, head_of_department: target === 'own' ? 201 : 400, anonymous: 401 }, 403),
      },
      {
        operation: 'GET /api/projects/{id}',
        target,
        request: ({ fixtures }) => ({ method: 'GET', url: `/api/projects/${fixtures[target].project}` }),
        expected: target === 'own' ? everyRole(200) : everyRole(404),
      },
      {
        operation: 'PATCH /api/projects/{id}',
        target,
        request: ({ fixtures }) => ({ method: 'PATCH', url: `/api/projects/${fixtures[target].project}`, payload: { description: 'geändert' } }),
        expected: inSpace(200),
      },
      {
        operation: 'POST /api/projects/{id}/status',
        target,
        request: ({ fixtures, caller }) => ({ method: 'POST', url: `/api/projects/${fixtures[target].projectToMove[caller]}/status`, payload: { status: 'planned' } }),
        expected: inSpace(200),
      },
      {
        operation: 'PUT /api/projects/{id}/years/{year}',
        target,
        request: ({ fixtures }) => ({ method: 'PUT', url: `/api/projects/${fixtures[target].project}/years/2026`, payload: { successes: 'Gut besucht.', difficulties: '' } }),
        expected: inSpace(200),
      },
      { operation: 'DELETE /api/projects/{id}', target, request: ({ fixtures, caller }) => ({ method: 'DELETE', url: `/api/projects/${fixtures[target].projectToDelete[caller]}` }), expected: managers(204) },
      {
        operation: 'POST /api/projects/{id}/attachments',
        target,
        request: ({ fixtures }) => ({
          method: 'POST',
          url: `/api/projects/${fixtures[target].project}/attachments?name=bericht.pdf`,
          payload: MATRIX_PDF,
          headers: { 'content-type': 'application/pdf' },
        }),
        expected: inSpace(201),
      },
      // Downloads: staff of the office (like reading the project), never the committee.
      {
        operation: 'GET /api/projects/{id}/attachments/{attachmentId}',
        target,
        request: ({ fixtures }) => ({ method: 'GET', url: `/api/projects/${fixtures[target].project}/attachments/${fixtures[target].attachment}` }),
        expected: staff(200),
      },
      {
        operation: 'DELETE /api/projects/{id}/attachments/{attachmentId}',
        target,
        request: ({ fixtures, caller }) => ({ method: 'DELETE', url: `/api/projects/${fixtures[target].project}/attachments/${fixtures[target].attachmentToDelete[caller]}` }),
        expected: inSpace(204),
      },
    ];
  }),
  // Collegial case consultations: staff only (managers everywhere, team members and provider staff in spaces where
  // they are on the team today — here: none); the committee reads the summary and the settings, nothing else.
  {
    operation: 'GET /api/case-consultations',
    request: () => ({ method: 'GET', url: '/api/case-consultations' }),
    expected: allowOnly({ admin: 200, head_of_department: 200, team_member: 200, provider_editor: 200, anonymous: 401 }, 403),
  },
  { operation: 'GET /api/case-consultations/summary', request: () => ({ method: 'GET', url: '/api/case-consultations/summary' }), expected: everyRole(200) },
  { operation: 'GET /api/case-consultation-settings', request: () => ({ method: 'GET', url: '/api/case-consultation-settings' }), expected: everyRole(200) },
  {
    operation: 'PUT /api/case-consultation-settings',
    request: () => ({
      method: 'PUT',
      url: '/api/case-consultation-settings',
      payload: { requiredRoles: ['asd', 'head_of_department', 'youth_work_coordinator', 'provider_outpatient', 'provider_residential', 'networker'] },
    }),
    expected: allowOnly({ admin: 200, anonymous: 401 }, 403),
  },
  ...(['own', 'foreign'] as const).flatMap((target): Row[] => {
    const payload = (spaceId: string) => ({ spaceId, heldOn: '2020-01-15', participants: [{ teamRole: 'asd' }], cases: [{ helpType: 'space_offer', lowThresholdOfferFound: true }] });
    // The role is checked first (the committee never), then another office's consultation is not found; at home only
    // managers reach it (the others are on no team of its space).
    const managersAtHome = (ok: number) =>
      allowOnly(
        target === 'own'
          ? { admin: ok, head_of_department: ok, anonymous: 401 }
          : { admin: 404, head_of_department: 404, team_member: 404, provider_editor: 404, anonymous: 401 },
        403,
      );
    return [
      {
        operation: 'POST /api/case-consultations',
        target,
        request: ({ spaces }) => ({ method: 'POST', url: '/api/case-consultations', payload: payload(spaces[target]) }),
        // A space of another office is a wrong input for managers (400 naming spaceId); others are on no team there.
        expected: allowOnly({ admin: target === 'own' ? 201 : 400, head_of_department: target === 'own' ? 201 : 400, anonymous: 401 }, 403),
      },
      {
        operation: 'GET /api/case-consultations/{id}',
        target,
        request: ({ fixtures }) => ({ method: 'GET', url: `/api/case-consultations/${fixtures[target].consultation}` }),
        expected: managersAtHome(200),
      },
      {
        operation: 'PUT /api/case-consultations/{id}',
        target,
        request: ({ fixtures, spaces }) => ({ method: 'PUT', url: `/api/case-consultations/${fixtures[target].consultation}`, payload: payload(spaces[target]) }),
        expected: managersAtHome(200),
      },
      {
        operation: 'DELETE /api/case-consultations/{id}',
        target,
        request: ({ fixtures, caller }) => ({ method: 'DELETE', url: `/api/case-consultations/${fixtures[target].consultationToDelete[caller]}` }),
        expected: allowOnly({ admin: target === 'own' ? 204 : 404, head_of_department: target === 'own' ? 204 : 404, anonymous: 401 }, 403),
      },
    ];
  }),
  { operation: 'GET /api/audit', request: () => ({ method: 'GET', url: '/api/audit' }), expected: allowOnly({ admin: 200, anonymous: 401 }, 403) },
  ...(['own', 'foreign'] as const).flatMap((target): Row[] => {
    const managers = (ok: number) => allowOnly({ admin: target === 'own' ? ok : 404, head_of_department: target === 'own' ? ok : 404, anonymous: 401 }, 403);
    const ledgerReaders = allowOnly(
      target === 'own' ? { admin: 200, head_of_department: 200, team_member: 200, anonymous: 401 } : { admin: 404, head_of_department: 404, team_member: 404, anonymous: 401 },
      403,
    );
    return [
      {
        operation: 'GET /api/budget',
        target,
        request: ({ spaces }) => ({ method: 'GET', url: `/api/budget?spaceId=${spaces[target]}&year=2026` }),
        // A space of another office is a wrong input (400 naming spaceId).
        expected: allowOnly(
          target === 'own'
            ? { admin: 200, head_of_department: 200, team_member: 200, committee: 200, anonymous: 401 }
            : { admin: 400, head_of_department: 400, team_member: 400, committee: 400, anonymous: 401 },
          403,
        ),
      },
      { operation: 'PATCH /api/budget/lines/{id}', target, request: ({ fixtures }) => ({ method: 'PATCH', url: `/api/budget/lines/${fixtures[target].budgetLine}`, payload: { accountCode: '3.6.3.01' } }), expected: managers(200) },
      { operation: 'GET /api/budget/lines/{id}/bookings', target, request: ({ fixtures }) => ({ method: 'GET', url: `/api/budget/lines/${fixtures[target].budgetLine}/bookings` }), expected: ledgerReaders },
      {
        operation: 'POST /api/budget/lines/{id}/bookings',
        target,
        request: ({ fixtures }) => ({
          method: 'POST',
          url: `/api/budget/lines/${fixtures[target].budgetLine}/bookings`,
          payload: { bookedOn: '2026-02-01', amountCents: 100, purpose: 'other', payee: 'Druckerei' },
        }),
        expected: managers(201),
      },
      {
        operation: 'POST /api/bookings/{id}/reversal',
        target,
        request: ({ fixtures, caller }) => ({ method: 'POST', url: `/api/bookings/${fixtures[target].freshBooking[caller]}/reversal`, payload: { note: 'Irrtum' } }),
        expected: managers(201),
      },
      {
        operation: 'GET /api/budget/history',
        target,
        request: ({ spaces }) => ({ method: 'GET', url: `/api/budget/history?spaceId=${spaces[target]}` }),
        // A space of another office is a wrong input (400 naming spaceId).
        expected: allowOnly(
          target === 'own'
            ? { admin: 200, head_of_department: 200, team_member: 200, committee: 200, anonymous: 401 }
            : { admin: 400, head_of_department: 400, team_member: 400, committee: 400, anonymous: 401 },
          403,
        ),
      },
      { operation: 'GET /api/budget/bookings', target, request: ({ fixtures }) => ({ method: 'GET', url: `/api/budget/bookings?projectId=${fixtures[target].project}` }), expected: ledgerReaders },
      {
        operation: 'POST /api/budget/lines/{id}/commitments',
        target,
        request: ({ fixtures, caller }) => ({
          method: 'POST',
          url: `/api/budget/lines/${fixtures[target].budgetLine}/commitments`,
          payload: { projectId: fixtures[target].commitProject[caller], amountCents: 1_000, note: '' },
        }),
        // The line is looked up first (another office's is not found by anyone); the matrix's team member is on no
        // team, so only managers bind here (commitments.int.test.ts covers a team member in their own space).
        expected: target === 'own' ? allowOnly({ admin: 201, head_of_department: 201, anonymous: 401 }, 403) : everyRole(404),
      },
      {
        operation: 'POST /api/commitments/{id}/decision',
        target,
        request: ({ fixtures, caller }) => ({ method: 'POST', url: `/api/commitments/${fixtures[target].pendingCommitment[caller]}/decision`, payload: { decision: 'approved', note: '' } }),
        expected: allowOnly({ head_of_department: target === 'own' ? 200 : 404, anonymous: 401 }, 403),
      },
      {
        operation: 'POST /api/commitments/{id}/release',
        target,
        request: ({ fixtures, caller }) => ({ method: 'POST', url: `/api/commitments/${fixtures[target].openCommitment[caller]}/release`, payload: { note: 'Abgerechnet' } }),
        expected: managers(200),
      },
      { operation: 'GET /api/bookings/{id}/receipt', target, request: ({ fixtures }) => ({ method: 'GET', url: `/api/bookings/${fixtures[target].receiptBooking}/receipt` }), expected: ledgerReaders },
      {
        operation: 'POST /api/bookings/{id}/receipt',
        target,
        request: ({ fixtures, caller }) => ({
          method: 'POST',
          url: `/api/bookings/${fixtures[target].freshBooking[caller]}/receipt?name=beleg.pdf`,
          payload: MATRIX_PDF,
          headers: { 'content-type': 'application/pdf' },
        }),
        expected: managers(201),
      },
    ];
  }),
  {
    operation: 'POST /api/budget/years',
    request: ({ spaces, caller }) => ({ method: 'POST', url: '/api/budget/years', payload: { spaceId: spaces.own, year: 2030 + ['anonymous', ...accountRoles].indexOf(caller) } }),
    expected: allowOnly({ admin: 201, head_of_department: 201, anonymous: 401 }, 403),
  },
  {
    operation: 'POST /api/budget/years/close',
    request: ({ spaces, caller }) => ({ method: 'POST', url: '/api/budget/years/close', payload: { spaceId: spaces.own, year: 2040 + ['anonymous', ...accountRoles].indexOf(caller) } }),
    expected: allowOnly({ admin: 200, head_of_department: 200, anonymous: 401 }, 403),
  },
  { operation: 'GET /api/budget/commitments', request: () => ({ method: 'GET', url: '/api/budget/commitments' }), expected: everyRole(200) },
  {
    operation: 'GET /api/budget/bookings.csv',
    request: () => ({ method: 'GET', url: '/api/budget/bookings.csv?year=2026' }),
    expected: allowOnly({ admin: 200, head_of_department: 200, anonymous: 401 }, 403),
  },
  {
    operation: 'GET /api/budget-settings',
    request: () => ({ method: 'GET', url: '/api/budget-settings' }),
    expected: allowOnly({ admin: 200, head_of_department: 200, team_member: 200, anonymous: 401 }, 403),
  },
  {
    operation: 'PUT /api/budget-settings',
    request: () => ({
      method: 'PUT',
      url: '/api/budget-settings',
      payload: { caseConsultationCents: 936_000, networkWorkCents: 1_248_000, accountCode: null, resolutionDate: null, resolutionReference: null, approvalThresholdCents: 250_000, carryOver: false },
    }),
    expected: allowOnly({ admin: 200, anonymous: 401 }, 403),
  },
  // Network analysis: "many shoulders" per person for managers and the space's team (here: none), the committee reads
  // the same figures without people; the graph (organisations only) for staff and the committee; weights: admin.
  ...(['own', 'foreign'] as const).flatMap((target): Row[] => [
    {
      operation: 'GET /api/network-analysis/many-shoulders',
      target,
      request: ({ spaces }) => ({ method: 'GET', url: `/api/network-analysis/many-shoulders?spaceId=${spaces[target]}&from=2025-01-01&to=2025-12-31` }),
      // A space of another office is a wrong input (400 naming spaceId), checked before the team.
      expected:
        target === 'own'
          ? allowOnly({ admin: 200, head_of_department: 200, committee: 200, anonymous: 401 }, 403)
          : everyRole(400),
    },
    {
      operation: 'GET /api/network-analysis/network',
      target,
      request: ({ spaces }) => ({ method: 'GET', url: `/api/network-analysis/network?spaceId=${spaces[target]}&from=2025-01-01&to=2025-12-31` }),
      expected: everyRole(target === 'own' ? 200 : 400),
    },
  ]),
  { operation: 'GET /api/network-analysis/network.graphml', request: () => ({ method: 'GET', url: '/api/network-analysis/network.graphml?from=2025-01-01&to=2025-12-31' }), expected: everyRole(200) },
  { operation: 'GET /api/network-analysis/network.csv', request: () => ({ method: 'GET', url: '/api/network-analysis/network.csv?from=2025-01-01&to=2025-12-31' }), expected: everyRole(200) },
  { operation: 'GET /api/network-analysis/weights', request: () => ({ method: 'GET', url: '/api/network-analysis/weights' }), expected: everyRole(200) },
  {
    operation: 'PUT /api/network-analysis/weights',
    request: () => ({ method: 'PUT', url: '/api/network-analysis/weights', payload: { meetingOrganised: 3, projectCarried: 3, agendaItem: 1, needRecorded: 1 } }),
    expected: allowOnly({ admin: 200, anonymous: 401 }, 403),
  },
  // Network meetings: staff read them (the committee sees only the network analysis); managers work on all, team
  // members and provider staff on meetings of spaces where they are on the team (here: none); only managers delete.
  ...(['own', 'foreign'] as const).flatMap((target): Row[] => {
    const staffOnly = (own: number, foreign: number) =>
      allowOnly(
        target === 'own'
          ? { admin: own, head_of_department: own, team_member: own, provider_editor: own, anonymous: 401 }
          : { admin: foreign, head_of_department: foreign, team_member: foreign, provider_editor: foreign, anonymous: 401 },
        403,
      );
    // The meeting is looked up before the rule is checked: another office's is not found by anyone.
    const inSpace = (ok: number) => (target === 'own' ? allowOnly({ admin: ok, head_of_department: ok, anonymous: 401 }, 403) : everyRole(404));
    const managers = (ok: number) => allowOnly({ admin: target === 'own' ? ok : 404, head_of_department: target === 'own' ? ok : 404, anonymous: 401 }, 403);
    const meetingUrl = (fixtures: Fixtures) => `/api/meetings/${fixtures[target].meeting}`;
    return [
      {
        operation: 'POST /api/meetings',
        target,
        request: ({ spaces, fixtures }) => ({
          method: 'POST',
          url: '/api/meetings',
          payload: { spaceIds: [spaces[target]], title: 'Neues Treffen', startsAt: '2031-06-03T16:00:00+02:00', endsAt: '2031-06-03T18:00:00+02:00', organizerMembershipIds: [fixtures[target].membership] },
        }),
        // A space of another office is a wrong input for managers (400 naming spaceIds); others are on no team there.
        expected: allowOnly({ admin: target === 'own' ? 201 : 400, head_of_department: target === 'own' ? 201 : 400, anonymous: 401 }, 403),
      },
      { operation: 'GET /api/meetings/{id}', target, request: ({ fixtures }) => ({ method: 'GET', url: meetingUrl(fixtures) }), expected: staffOnly(200, 404) },
      { operation: 'PATCH /api/meetings/{id}', target, request: ({ fixtures }) => ({ method: 'PATCH', url: meetingUrl(fixtures), payload: { minutes: 'Gute Runde.' } }), expected: inSpace(200) },
      {
        operation: 'POST /api/meetings/{id}/state',
        target,
        request: ({ fixtures, caller }) => ({ method: 'POST', url: `/api/meetings/${fixtures[target].meetingToMove[caller]}/state`, payload: { state: 'invited' } }),
        expected: inSpace(200),
      },
      { operation: 'DELETE /api/meetings/{id}', target, request: ({ fixtures, caller }) => ({ method: 'DELETE', url: `/api/meetings/${fixtures[target].meetingToDelete[caller]}` }), expected: managers(204) },
      { operation: 'POST /api/meetings/{id}/agenda', target, request: ({ fixtures }) => ({ method: 'POST', url: `${meetingUrl(fixtures)}/agenda`, payload: { title: 'Verschiedenes' } }), expected: inSpace(201) },
      {
        operation: 'PUT /api/meetings/{id}/agenda/{itemId}',
        target,
        request: ({ fixtures }) => ({ method: 'PUT', url: `${meetingUrl(fixtures)}/agenda/${fixtures[target].agendaItem}`, payload: { title: 'Sommerfest 2031' } }),
        expected: inSpace(200),
      },
      {
        operation: 'DELETE /api/meetings/{id}/agenda/{itemId}',
        target,
        request: ({ fixtures, caller }) => ({ method: 'DELETE', url: `${meetingUrl(fixtures)}/agenda/${fixtures[target].agendaItemToDelete[caller]}` }),
        expected: inSpace(204),
      },
      {
        operation: 'POST /api/meetings/{id}/decisions',
        target,
        request: ({ fixtures }) => ({ method: 'POST', url: `${meetingUrl(fixtures)}/decisions`, payload: { kind: 'note', text: 'Das Sommerfest findet statt.' } }),
        expected: inSpace(201),
      },
      {
        operation: 'POST /api/meetings/{id}/decisions/{decisionId}/done',
        target,
        request: ({ fixtures }) => ({ method: 'POST', url: `${meetingUrl(fixtures)}/decisions/${fixtures[target].meetingTask}/done`, payload: { doneOn: '2026-01-10' } }),
        expected: inSpace(200),
      },
      { operation: 'GET /api/meetings/{id}/invitation', target, request: ({ fixtures }) => ({ method: 'GET', url: `${meetingUrl(fixtures)}/invitation` }), expected: staffOnly(200, 404) },
      // No mail server in the tests: whoever may send gets 409 with the German explanation.
      { operation: 'POST /api/meetings/{id}/invitation/send', target, request: ({ fixtures }) => ({ method: 'POST', url: `${meetingUrl(fixtures)}/invitation/send` }), expected: inSpace(409) },
      {
        operation: 'GET /api/meetings/organizer-suggestion',
        target,
        request: ({ spaces }) => ({ method: 'GET', url: `/api/meetings/organizer-suggestion?spaceId=${spaces[target]}` }),
        // A space of another office is a wrong input (400 naming spaceId).
        expected: staffOnly(200, 400),
      },
      {
        operation: 'POST /api/calendar-feeds',
        target,
        request: ({ spaces }) => ({ method: 'POST', url: '/api/calendar-feeds', payload: { scope: 'space', spaceId: spaces[target] } }),
        expected: staffOnly(201, 400),
      },
      // The admin's feed: managers revoke any feed of their office, the others only their own; the rule comes first.
      {
        operation: 'DELETE /api/calendar-feeds/{id}',
        target,
        request: ({ fixtures }) => ({ method: 'DELETE', url: `/api/calendar-feeds/${fixtures[target].feedToRevoke}` }),
        expected: allowOnly(
          target === 'own'
            ? { admin: 204, head_of_department: 204, anonymous: 401 }
            : { admin: 404, head_of_department: 404, team_member: 404, provider_editor: 404, anonymous: 401 },
          403,
        ),
      },
      // The token alone opens the feed, with or without a session, for whoever holds the address.
      { operation: 'GET /api/calendar.ics', target, request: ({ fixtures }) => ({ method: 'GET', url: fixtures[target].calendarPath }), expected: allowOnly({}, 200) },
    ];
  }),
  { operation: 'GET /api/meetings', request: () => ({ method: 'GET', url: '/api/meetings' }), expected: allowOnly({ admin: 200, head_of_department: 200, team_member: 200, provider_editor: 200, anonymous: 401 }, 403) },
  { operation: 'GET /api/meeting-tasks', request: () => ({ method: 'GET', url: '/api/meeting-tasks?mine=true' }), expected: allowOnly({ admin: 200, head_of_department: 200, team_member: 200, provider_editor: 200, anonymous: 401 }, 403) },
  { operation: 'GET /api/calendar-feeds', request: () => ({ method: 'GET', url: '/api/calendar-feeds' }), expected: allowOnly({ admin: 200, head_of_department: 200, team_member: 200, provider_editor: 200, anonymous: 401 }, 403) },
  // The annual report: staff and the committee read; office-wide text blocks are written by managers (a team member
  // only in a space of their team: text-blocks.int.test.ts); the threshold is the admin's.
  { operation: 'GET /api/annual-report/{year}', request: () => ({ method: 'GET', url: '/api/annual-report/2026' }), expected: everyRole(200) },
  { operation: 'GET /api/annual-report/{year}/export', request: () => ({ method: 'GET', url: '/api/annual-report/2026/export?format=html' }), expected: everyRole(200) },
  { operation: 'GET /api/annual-report/{year}/texts', request: () => ({ method: 'GET', url: '/api/annual-report/2026/texts' }), expected: everyRole(200) },
  { operation: 'GET /api/annual-report/{year}/texts/{key}/versions', request: () => ({ method: 'GET', url: '/api/annual-report/2026/texts/summary/versions' }), expected: everyRole(200) },
  {
    operation: 'PUT /api/annual-report/{year}/texts/{key}',
    request: ({ caller }) => ({ method: 'PUT', url: `/api/annual-report/${2060 + ['anonymous', ...accountRoles].indexOf(caller)}/texts/summary`, payload: { text: 'Ein Jahr im Netzwerk.', baseVersion: 0 } }),
    expected: allowOnly({ admin: 200, head_of_department: 200, anonymous: 401 }, 403),
  },
  { operation: 'GET /api/report-settings', request: () => ({ method: 'GET', url: '/api/report-settings' }), expected: everyRole(200) },
  { operation: 'PUT /api/report-settings', request: () => ({ method: 'PUT', url: '/api/report-settings', payload: { suppressionThreshold: 5 } }), expected: allowOnly({ admin: 200, anonymous: 401 }, 403) },
  // Committees, their meetings and papers: staff and the committee read, managers write. OParl is public and read-only
  // and shows published papers only (the files' /download addresses are rows of the export routes).
  ...(['/api/committees', '/api/committee-meetings', '/api/papers'] as const).map(
    (path): Row => ({ operation: `GET ${path}`, request: () => ({ method: 'GET', url: path }), expected: allowOnly({ admin: 200, head_of_department: 200, team_member: 200, committee: 200, anonymous: 401 }, 403) }),
  ),
  {
    operation: 'POST /api/committees',
    request: ({ caller }) => ({ method: 'POST', url: '/api/committees', payload: { name: `Ausschuss ${caller}`, kind: 'committee' } }),
    expected: allowOnly({ admin: 201, head_of_department: 201, anonymous: 401 }, 403),
  },
  {
    operation: 'POST /api/committee-meetings',
    request: ({ fixtures }) => ({ method: 'POST', url: '/api/committee-meetings', payload: { committeeId: fixtures.own.committee, name: 'Sitzung', startsAt: '2031-06-12T17:00:00+02:00' } }),
    expected: allowOnly({ admin: 201, head_of_department: 201, anonymous: 401 }, 403),
  },
  {
    operation: 'POST /api/papers',
    request: ({ fixtures, caller }) => ({
      method: 'POST',
      url: '/api/papers',
      payload: { reference: `M ${caller}`, name: 'Bericht zur Sozialraumorientierung 2030', paperType: 'Berichtsvorlage', date: '2031-03-03', year: 2030, responsibleUnitId: fixtures.own.committeeUnit },
    }),
    expected: allowOnly({ admin: 201, head_of_department: 201, anonymous: 401 }, 403),
  },
  ...(['/oparl/', '/oparl/bodies'] as const).map((path): Row => ({ operation: `GET ${path}`, request: () => ({ method: 'GET', url: path }), expected: allowOnly({}, 200) })),
  ...(['own', 'foreign'] as const).flatMap((target): Row[] => {
    const writers = (ok: number) => allowOnly({ admin: target === 'own' ? ok : 404, head_of_department: target === 'own' ? ok : 404, anonymous: 401 }, 403);
    const home = target === 'own' ? 200 : 404;
    const readers = allowOnly({ admin: home, head_of_department: home, team_member: home, committee: home, anonymous: 401 }, 403);
    const publicRow = (operation: string, url: (fixtures: Fixtures, world: TestWorld) => string): Row => ({
      operation,
      target,
      request: ({ fixtures, world }) => ({ method: 'GET', url: url(fixtures, world) }),
      expected: allowOnly({}, 200),
    });
    return [
      { operation: 'PATCH /api/committees/{id}', target, request: ({ fixtures }) => ({ method: 'PATCH', url: `/api/committees/${fixtures[target].committee}`, payload: { shortName: 'JHA' } }), expected: writers(200) },
      {
        operation: 'PATCH /api/committee-meetings/{id}',
        target,
        request: ({ fixtures }) => ({ method: 'PATCH', url: `/api/committee-meetings/${fixtures[target].committeeMeeting}`, payload: { place: 'Rathaus, Sitzungsraum 2' } }),
        expected: writers(200),
      },
      { operation: 'GET /api/papers/{id}', target, request: ({ fixtures }) => ({ method: 'GET', url: `/api/papers/${fixtures[target].paper}` }), expected: readers },
      { operation: 'PATCH /api/papers/{id}', target, request: ({ fixtures }) => ({ method: 'PATCH', url: `/api/papers/${fixtures[target].paper}`, payload: { name: 'Geänderter Bericht' } }), expected: writers(200) },
      { operation: 'POST /api/papers/{id}/publish', target, request: ({ fixtures, caller }) => ({ method: 'POST', url: `/api/papers/${fixtures[target].paperToPublish[caller]}/publish` }), expected: writers(200) },
      { operation: 'DELETE /api/papers/{id}', target, request: ({ fixtures, caller }) => ({ method: 'DELETE', url: `/api/papers/${fixtures[target].paperToDelete[caller]}` }), expected: writers(204) },
      publicRow('GET /oparl/body/{officeId}', (_, w) => `/oparl/body/${w.offices[target].id}`),
      ...(['organizations', 'people', 'meetings', 'papers'] as const).map((list) => publicRow(`GET /oparl/body/{officeId}/${list}`, (_, w) => `/oparl/body/${w.offices[target].id}/${list}`)),
      publicRow('GET /oparl/organization/{id}', (f) => `/oparl/organization/${f[target].committee}`),
      publicRow('GET /oparl/meeting/{id}', (f) => `/oparl/meeting/${f[target].committeeMeeting}`),
      publicRow('GET /oparl/location/{id}', (f) => `/oparl/location/${f[target].committeeMeeting}`),
      publicRow('GET /oparl/paper/{id}', (f) => `/oparl/paper/${f[target].publishedPaper}`),
      publicRow('GET /oparl/consultation/{id}', (f) => `/oparl/consultation/${f[target].paperConsultation}`),
      publicRow('GET /oparl/file/{fileId}', (f) => `/oparl/file/main-${f[target].publishedPaper}`),
      publicRow('GET /oparl/file/{fileId}/access', (f) => `/oparl/file/main-${f[target].publishedPaper}/access`),
      publicRow('GET /oparl/file/{fileId}/download', (f) => `/oparl/file/attachment-${f[target].publishedPaper}/download`),
      { operation: 'GET /api/papers/{id}/content', target, request: ({ fixtures }) => ({ method: 'GET', url: `/api/papers/${fixtures[target].paper}/content` }), expected: readers },
      { operation: 'GET /api/papers/{id}/export', target, request: ({ fixtures }) => ({ method: 'GET', url: `/api/papers/${fixtures[target].paper}/export?format=html` }), expected: readers },
    ];
  }),
  // Two offices share this installation, so even an admin is refused the whole-database backup (see download-backup.ts).
  { operation: 'GET /api/admin/backup', request: () => ({ method: 'GET', url: '/api/admin/backup' }), expected: allowOnly({ anonymous: 401 }, 403) },
];

describe('authorization matrix', () => {
  let world: TestWorld;
  let targets: Record<OfficeKey, string>;
  const spaces = { own: '', foreign: '' } as Record<OfficeKey, string>;
  const spacesToDelete = { own: {}, foreign: {} } as Record<OfficeKey, Record<Caller, string>>;
  let throwaways = 0;
  const fixtures = {} as Fixtures;

  async function buildFixtures(key: OfficeKey) {
    const admin = world.users[key].admin;
    const post = async (url: string, payload: object) => {
      const response = await world.request({ method: 'POST', url, payload, as: admin });
      expect(response.statusCode, `${url} ${response.body}`).toBe(201);
      return response.json().id as string;
    };
    const perCaller = async (make: (caller: Caller, i: number) => Promise<string>) => {
      const result = {} as Record<Caller, string>;
      let i = 0;
      for (const caller of ['anonymous', ...accountRoles] as Caller[]) result[caller] = await make(caller, i++);
      return result;
    };
    const organization = await post('/api/organizations', { name: `Träger ${key}`, type: 'provider_outpatient', spaceIds: [spaces[key]] });
    fixtures[key] = {
      organization,
      membership: await post('/api/team-memberships', { spaceId: spaces[key], personName: 'Fachkraft', teamRole: 'asd', validFrom: '2020-01-01' }),
      freshOrganization: await perCaller((caller) => post('/api/organizations', { name: `Weg ${caller}`, type: 'other' })),
      freshMembership: await perCaller((caller) => post('/api/team-memberships', { spaceId: spaces[key], personName: `Weg ${caller}`, teamRole: 'key_person', validFrom: '2020-01-01' })),
      freshContract: await perCaller((_, i) =>
        post('/api/contracts', { organizationId: organization, spaceId: spaces[key], kind: 'outpatient', validFrom: `${2000 + i}-01-01`, validTo: `${2000 + i}-12-31` }),
      ),
      freshPosition: await perCaller(() => post('/api/positions', { organizationId: organization, spaceId: spaces[key], kind: 'other', fte: 0.1, validFrom: '2020-01-01' })),
      service: await post('/api/services', { organizationId: organization, name: `Angebot ${key}`, locations: [{ point: [10.005, 53.705] }] }),
      freshService: await perCaller((caller) => post('/api/services', { organizationId: organization, name: `Weg ${caller}`, locations: [{ point: [10.005, 53.705] }] })),
      topic: await post('/api/topics', { name: `Thema ${key}` }),
      freshTopic: await perCaller((caller) => post('/api/topics', { name: `Weg ${caller}` })),
      need: '',
      gap: '',
      freshNeed: {} as Record<Caller, string>,
      pendingNeed: {} as Record<Caller, string>,
      budgetLine: '',
      freshBooking: {} as Record<Caller, string>,
      project: '',
      attachment: '',
      projectToMove: {} as Record<Caller, string>,
      projectToDelete: {} as Record<Caller, string>,
      attachmentToDelete: {} as Record<Caller, string>,
      commitProject: {} as Record<Caller, string>,
      pendingCommitment: {} as Record<Caller, string>,
      openCommitment: {} as Record<Caller, string>,
      receiptBooking: '',
      meeting: '',
      agendaItem: '',
      meetingTask: '',
      meetingToMove: {} as Record<Caller, string>,
      meetingToDelete: {} as Record<Caller, string>,
      agendaItemToDelete: {} as Record<Caller, string>,
      calendarPath: '',
      feedToRevoke: '',
      consultation: '',
      consultationToDelete: {} as Record<Caller, string>,
      committee: '',
      committeeUnit: '',
      committeeMeeting: '',
      paper: '',
      publishedPaper: '',
      paperConsultation: '',
      paperToPublish: {} as Record<Caller, string>,
      paperToDelete: {} as Record<Caller, string>,
    };
    const fixture = fixtures[key];
    const needPayload = { spaceId: spaces[key], topicIds: [fixture.topic], source: 'meeting', voice: 'professional', text: 'Im Netzwerktreffen fehlte ein Angebot.' };
    const need = await world.request({ method: 'POST', url: '/api/needs', payload: needPayload, as: admin });
    expect(need.statusCode, need.body).toBe(201);
    fixture.need = need.json().id;
    fixture.gap = need.json().gaps[0].id;
    fixture.freshNeed = await perCaller(() => post('/api/needs', needPayload));
    const budget = await world.request({ method: 'POST', url: '/api/budget/years', payload: { spaceId: spaces[key], year: 2026 }, as: admin });
    expect(budget.statusCode, budget.body).toBe(201);
    fixture.budgetLine = budget.json().lines.find((l: { kind: string }) => l.kind === 'network_work').id;
    fixture.freshBooking = await perCaller(() =>
      post(`/api/budget/lines/${fixture.budgetLine}/bookings`, { bookedOn: '2026-01-15', amountCents: 1_000, purpose: 'other', payee: 'Druckerei' }),
    );
    // Submitted by the office's admin (signed-in callers are not rate limited); the entry is as anonymous as any.
    fixture.pendingNeed = await perCaller(async (caller) => {
      const text = `Offener Eintrag ${caller}`;
      const submitted = await world.request({ method: 'POST', url: '/api/public/needs', payload: { office: `${key}-office`, spaceId: spaces[key], text }, as: admin });
      expect(submitted.statusCode, submitted.body).toBe(201);
      const pending = await world.request({ method: 'GET', url: `/api/needs?review=pending&q=${encodeURIComponent(text)}`, as: admin });
      return pending.json().items[0].id as string;
    });
    const newProject = (title: string) => post('/api/projects', { title, spaceIds: [spaces[key]], initiatedBy: 'joint' });
    const attach = async (projectId: string) => {
      const response = await world.request({ method: 'POST', url: `/api/projects/${projectId}/attachments?name=plan.pdf`, payload: MATRIX_PDF, headers: { 'content-type': 'application/pdf' }, as: admin });
      expect(response.statusCode, response.body).toBe(201);
      return response.json().id as string;
    };
    fixture.project = await newProject(`Projekt ${key}`);
    fixture.attachment = await attach(fixture.project);
    fixture.projectToMove = await perCaller((caller) => newProject(`Bewegen ${caller}`));
    fixture.projectToDelete = await perCaller((caller) => newProject(`Löschen ${caller}`));
    fixture.attachmentToDelete = await perCaller(() => attach(fixture.project));
    fixture.commitProject = await perCaller((caller) => newProject(`Mittel ${caller}`));
    const commitment = async (caller: Caller, amountCents: number) =>
      post(`/api/budget/lines/${fixture.budgetLine}/commitments`, { projectId: await newProject(`Bindung ${amountCents} ${caller}`), amountCents, note: '' });
    fixture.pendingCommitment = await perCaller((caller) => commitment(caller, 260_000));
    fixture.openCommitment = await perCaller((caller) => commitment(caller, 5_000));
    fixture.receiptBooking = await post(`/api/budget/lines/${fixture.budgetLine}/bookings`, { bookedOn: '2026-01-20', amountCents: 500, purpose: 'other', payee: 'Druckerei' });
    const receipt = await world.request({ method: 'POST', url: `/api/bookings/${fixture.receiptBooking}/receipt?name=beleg.pdf`, payload: MATRIX_PDF, headers: { 'content-type': 'application/pdf' }, as: admin });
    expect(receipt.statusCode, receipt.body).toBe(201);
    const newMeeting = () =>
      post('/api/meetings', { spaceIds: [spaces[key]], title: 'Netzwerktreffen', startsAt: '2031-03-05T16:00:00+01:00', endsAt: '2031-03-05T18:00:00+01:00', organizerMembershipIds: [fixture.membership] });
    const newAgendaItem = async (title: string) => {
      const response = await world.request({ method: 'POST', url: `/api/meetings/${fixture.meeting}/agenda`, payload: { title }, as: admin });
      expect(response.statusCode, response.body).toBe(201);
      return (response.json().agenda as { id: string; title: string }[]).find((a) => a.title === title)?.id ?? '';
    };
    fixture.meeting = await newMeeting();
    fixture.agendaItem = await newAgendaItem('Sommerfest');
    const task = await world.request({ method: 'POST', url: `/api/meetings/${fixture.meeting}/decisions`, payload: { kind: 'task', text: 'Räume suchen', ownerMembershipId: fixture.membership, dueOn: '2031-04-01' }, as: admin });
    expect(task.statusCode, task.body).toBe(201);
    fixture.meetingTask = task.json().decisions[0].id;
    fixture.meetingToMove = await perCaller(() => newMeeting());
    fixture.meetingToDelete = await perCaller(() => newMeeting());
    fixture.agendaItemToDelete = await perCaller((caller) => newAgendaItem(`Weg ${caller}`));
    const feed = await world.request({ method: 'POST', url: '/api/calendar-feeds', payload: { scope: 'space', spaceId: spaces[key] }, as: admin });
    expect(feed.statusCode, feed.body).toBe(201);
    fixture.calendarPath = new URL(feed.json().url).pathname + new URL(feed.json().url).search;
    fixture.feedToRevoke = await post('/api/calendar-feeds', { scope: 'user' });
    const consultation = () => post('/api/case-consultations', { spaceId: spaces[key], heldOn: '2020-01-15', participants: [{ teamRole: 'asd' }], cases: [{ helpType: 'none' }] });
    fixture.consultation = await consultation();
    fixture.consultationToDelete = await perCaller(() => consultation());
    fixture.committee = await post('/api/committees', { name: 'Jugendhilfeausschuss', kind: 'committee' });
    fixture.committeeUnit = await post('/api/committees', { name: 'Fachbereich Jugend', kind: 'administration' });
    fixture.committeeMeeting = await post('/api/committee-meetings', { committeeId: fixture.committee, name: 'Sitzung', startsAt: '2031-05-15T17:00:00+02:00', place: 'Rathaus, Sitzungsraum 2' });
    let paperCount = 0;
    const newPaper = () =>
      post('/api/papers', {
        reference: `B 31/${String(++paperCount).padStart(4, '0')}`,
        name: 'Bericht zur Sozialraumorientierung 2030',
        paperType: 'Berichtsvorlage',
        date: '2031-03-03',
        year: 2030,
        responsibleUnitId: fixture.committeeUnit,
        consultations: [{ committeeId: fixture.committee, meetingId: fixture.committeeMeeting, role: 'decision' }],
      });
    fixture.paper = await newPaper();
    fixture.publishedPaper = await newPaper();
    const published = await world.request({ method: 'POST', url: `/api/papers/${fixture.publishedPaper}/publish`, as: admin });
    expect(published.statusCode, published.body).toBe(200);
    const oparlPaper = await world.request({ method: 'GET', url: `/oparl/paper/${fixture.publishedPaper}` });
    fixture.paperConsultation = String(oparlPaper.json().consultation[0].id).split('/').at(-1) ?? '';
    fixture.paperToPublish = await perCaller(() => newPaper());
    fixture.paperToDelete = await perCaller(() => newPaper());
  }
  beforeAll(async () => {
    world = await createTestWorld();
    targets = { own: '', foreign: '' };
    await world.database.db.transaction(async (tx) => {
      for (const key of ['own', 'foreign'] as const) {
        const office = world.offices[key];
        const { user } = await createUser(
          { tx, actor: { kind: 'system', label: 'Test', officeId: office.id } },
          { officeId: office.id, email: `ziel@${key}.test`, displayName: 'Zielkonto', roles: ['team_member'], password: TEST_PASSWORD },
        );
        targets[key] = user.id;
        const ctx = { tx, actor: { kind: 'system' as const, label: 'Test', officeId: office.id } };
        spaces[key] = (await createSpace(ctx, { code: 'MITTE', name: 'Mitte', description: '', boundary: square(10, 53.7) as Boundary, population: null, colour: null })).id;
        for (const caller of ['anonymous', ...accountRoles] as Caller[]) {
          const space = await createSpace(ctx, { code: `DEL-${caller}`, name: 'Weg', description: '', boundary: square(10.1, 53.7) as Boundary, population: null, colour: null });
          spacesToDelete[key][caller] = space.id;
        }
      }
    });
    for (const key of ['own', 'foreign'] as const) await buildFixtures(key);
  });
  afterAll(() => world.close());

  async function callerFor(row: Row, caller: Caller): Promise<TestUser | undefined> {
    if (caller === 'anonymous') return undefined;
    if (!row.throwawayUser) return world.users.own[caller];
    const office = world.offices.own;
    return world.database.db.transaction(async (tx) => {
      const { user } = await createUser(
        { tx, actor: { kind: 'system', label: 'Test', officeId: office.id } },
        { officeId: office.id, email: `wegwerf-${++throwaways}@own.test`, displayName: 'Wegwerf', roles: [caller], password: TEST_PASSWORD },
      );
      const session = await createSession(tx, user.id, { idleMs: 3_600_000, maxMs: 3_600_000 });
      return { id: user.id, email: user.email, cookie: session.token, officeId: office.id };
    });
  }

  for (const row of rows) {
    it(`${row.operation}${row.target ? ` (${row.target} office)` : ''}`, async () => {
      const outcomes: Record<string, number> = {};
      for (const caller of ['anonymous', ...accountRoles] as Caller[]) {
        const as = await callerFor(row, caller);
        const response = await world.request({ ...row.request({ world, targets, spaces, spacesToDelete, fixtures, caller }), ...(as ? { as } : {}) });
        outcomes[caller] = response.statusCode;
      }
      expect(outcomes).toEqual(row.expected);
    });
  }

  it('covers every operation of the OpenAPI document', async () => {
    const document = (await world.request({ method: 'GET', url: '/api/openapi.json' })).json();
    const documented = operationsOf(document).map((op) => `${op.method} ${op.path}`);
    const covered = new Set(rows.map((r) => r.operation));
    expect(documented.filter((op) => !covered.has(op))).toEqual([]);
  });
});
