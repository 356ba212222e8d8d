import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountRoles, type AccountRole } from '../../common/roles';
import { createUser } from '../modules/accounts';
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
type Row = {
  operation: string;
  target?: OfficeKey;
  /** Runs as a throwaway user of the caller's role: the operation ends or changes the caller's sessions. */
  throwawayUser?: boolean;
  request: (ctx: { world: TestWorld; targets: Record<OfficeKey, string>; caller: Caller }) => InjectOptions;
  expected: Expected;
};

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
  { operation: 'GET /api/audit', request: () => ({ method: 'GET', url: '/api/audit' }), expected: allowOnly({ admin: 200, anonymous: 401 }, 403) },
  // Two offices share this installation, so even an admin is refused the whole-database backup (see download-backup.ts).
  { operation: 'GET /api/admin/backup', request: () => ({ method: 'GET', url: '/api/admin/backup' }), expected: allowOnly({ anonymous: 401 }, 403) },
];

describe('authorization matrix', () => {
  let world: TestWorld;
  let targets: Record<OfficeKey, string>;
  let throwaways = 0;
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
      }
    });
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
        const response = await world.request({ ...row.request({ world, targets, caller }), ...(as ? { as } : {}) });
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
