import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Operation, operationsOf } from './openapi';
import { createTestWorld, type TestWorld } from './test-app';

const tokenOperations = new Set(['GET /api/calendar.ics']);
const opensByToken = (op: Operation) => tokenOperations.has(`${op.method} ${op.path}`);

// Fill path parameters with a random id: the guard must answer 401 before anything looks the id up.
const concrete = (path: string) => path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');

describe('every operation in the OpenAPI document', () => {
  let world: TestWorld;
  let operations: Operation[];
  beforeAll(async () => {
    world = await createTestWorld();
    const response = await world.request({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    operations = operationsOf(response.json());
  });
  afterAll(() => world.close());

  it('states its security: [] for public operations, the session scheme otherwise', () => {
    expect(operations.length).toBeGreaterThan(8);
    for (const op of operations) {
      expect(op.security, `${op.method} ${op.path}`).toBeDefined();
      for (const requirement of op.security ?? []) expect(Object.keys(requirement as object), `${op.method} ${op.path}`).toEqual([opensByToken(op) ? 'calendarToken' : 'session']);
    }
    // Opened by a secret token in the address instead of a session (calendar programs send no cookie), also knowingly.
    expect(operations.filter(opensByToken).map((op) => `${op.method} ${op.path}`)).toEqual(['GET /api/calendar.ics']);
    const publicOps = operations.filter((op) => op.security?.length === 0).map((op) => `${op.method} ${op.path}`);
    // The list of public operations, on purpose: a new public operation must be added here knowingly.
    expect(publicOps.sort()).toEqual([
      'GET /api/health',
      'GET /api/map/services',
      'GET /api/offices',
      'GET /api/organization-types',
      'GET /api/organizations',
      'GET /api/organizations/hsds',
      'GET /api/organizations/{id}',
      'GET /api/services',
      'GET /api/services/{id}',
      'GET /api/social-spaces',
      'GET /api/social-spaces/export',
      'GET /api/social-spaces/locate',
      'GET /api/social-spaces/{id}',
      'GET /api/topics',
      // The Open Referral HSDS 3.0 API: public and read-only (docs/decisions/0003-hsds-api.md).
      'GET /hsds/',
      'GET /hsds/organizations',
      'GET /hsds/organizations/{id}',
      'GET /hsds/service_at_locations',
      'GET /hsds/service_at_locations/{id}',
      'GET /hsds/services',
      'GET /hsds/services/{id}',
      'GET /hsds/taxonomies',
      'GET /hsds/taxonomies/{id}',
      'GET /hsds/taxonomy_terms',
      'GET /hsds/taxonomy_terms/{id}',
      // OParl 1.1: public and read-only, published committee papers only.
      'GET /oparl/',
      'GET /oparl/bodies',
      'GET /oparl/body/{officeId}',
      'GET /oparl/body/{officeId}/meetings',
      'GET /oparl/body/{officeId}/organizations',
      'GET /oparl/body/{officeId}/papers',
      'GET /oparl/body/{officeId}/people',
      'GET /oparl/consultation/{id}',
      'GET /oparl/file/{fileId}',
      'GET /oparl/file/{fileId}/access',
      'GET /oparl/file/{fileId}/download',
      'GET /oparl/location/{id}',
      'GET /oparl/meeting/{id}',
      'GET /oparl/organization/{id}',
      'GET /oparl/paper/{id}',
      'POST /api/auth/login',
      // The privacy guard for the public form while typing, and the anonymous form itself (both rate limited).
      'POST /api/privacy/check',
      'POST /api/public/needs',
    ]);
  });

  it('refuses an anonymous caller with 401 on every non-public operation, whatever the body', async () => {
    const protectedOps = operations.filter((op) => op.security?.length && !opensByToken(op));
    expect(protectedOps.length).toBeGreaterThan(5);
    for (const op of protectedOps) {
      const response = await world.app.inject({
        method: op.method as 'GET',
        url: concrete(op.path),
        headers: { origin: 'http://localhost:3000', 'content-type': 'application/json' },
        payload: op.method === 'GET' ? undefined : '{"unexpected": true}',
      });
      expect(response.statusCode, `${op.method} ${op.path}`).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe('UNAUTHENTICATED');
    }
  });

  it('never answers bad input with a 5xx, on any operation', async () => {
    const bodies = ['[]', '"text"', 'null', '{"a":{"b":[1,2,{"c":null}]}}', '{"email": 5, "roles": "admin"}', '{'];
    const paths = (path: string) => [path.replace(/\{[^}]+\}/g, 'kein-uuid'), path.replace(/\{[^}]+\}/g, '%00%ff'), `${concrete(path)}?limit=-1&offset=x&unbekannt=1`];
    for (const op of operations.filter((o) => o.path !== '/api/auth/logout')) {
      for (const url of paths(op.path)) {
        for (const payload of op.method === 'GET' ? [undefined] : bodies) {
          const response = await world.request({
            method: op.method as 'GET',
            url,
            as: 'admin',
            headers: { 'content-type': 'application/json' },
            ...(payload === undefined ? {} : { payload }),
          });
          expect(response.statusCode, `${op.method} ${url} ${payload ?? ''}`).toBeLessThan(500);
        }
      }
    }
  });

  it('is OpenAPI 3.1 and describes problem responses in German', async () => {
    const response = await world.request({ method: 'GET', url: '/api/openapi.json' });
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie' });
    expect(document.components.schemas.Problem.required).toEqual(expect.arrayContaining(['title', 'status', 'code']));
    for (const [path, methods] of Object.entries(document.paths as Record<string, Record<string, { responses: object }>>)) {
      for (const [method, op] of Object.entries(methods)) expect(Object.keys(op.responses), `${method} ${path}`).toContain('4XX');
    }
  });

  it('serves browsable docs locally', async () => {
    const page = await world.request({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/https?:\/\/(cdn|unpkg|cdnjs|fonts\.googleapis)/);
  });
});
