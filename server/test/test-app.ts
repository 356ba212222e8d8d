import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { count, sql } from 'drizzle-orm';
import { accountRoles, type AccountRole } from '../../common/roles';
import { buildApp } from '../app';
import { DEMO_FIRST_YEAR } from '../bootstrap';
import { modules, setUpOffice } from '../modules';
import { createUser } from '../modules/accounts';
import { auditLog } from '../platform/db/platform.tables';
import { createSession, SESSION_COOKIE } from '../platform/auth/session';
import type { Database } from '../platform/db/database';
import { insertOffice, type OfficeRow } from '../platform/db/offices';
import { readSettings, type Settings } from '../platform/env';
import type { App } from '../platform/http/types';
import { freshDatabase } from './test-database';

export const TEST_ORIGIN = 'http://localhost:3000';
export const TEST_PASSWORD = 'ein-langes-test-passwort';

export type OfficeKey = 'own' | 'foreign';
export type TestUser = { id: string; email: string; cookie: string; officeId: string };

export type TestWorld = {
  app: App;
  database: Database;
  settings: Settings;
  offices: Record<OfficeKey, OfficeRow>;
  users: Record<OfficeKey, Record<AccountRole, TestUser>>;
  /** inject() with the app's own Origin and, when `as` is given, that user's session cookie. */
  request(options: InjectOptions & { as?: AccountRole | TestUser }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
};

export function testSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...readSettings({ LOG_LEVEL: 'silent', PUBLIC_URL: TEST_ORIGIN }), ...overrides };
}

/**
 * A fresh database with two offices ("own" and "foreign") and one user per account role in each, signed in.
 * Owned by the platform tests; modules add their own `buildX()` factories next to their tests.
 */
export async function createTestWorld(overrides: Partial<Settings> = {}): Promise<TestWorld> {
  const settings = testSettings(overrides);
  const database = await freshDatabase();
  const timeouts = { idleMs: settings.sessionIdleMs, maxMs: settings.sessionMaxMs };
  const offices = {} as Record<OfficeKey, OfficeRow>;
  const users = { own: {}, foreign: {} } as Record<OfficeKey, Record<AccountRole, TestUser>>;
  await database.db.transaction(async (tx) => {
    for (const key of ['own', 'foreign'] as const) {
      const office = await insertOffice(tx, { code: `${key}-office`, name: key === 'own' ? 'Eigenes Jugendamt' : 'Fremdes Jugendamt' });
      offices[key] = office;
      await setUpOffice({ tx, actor: { kind: 'system', label: 'Test', officeId: office.id }, officeId: office.id });
      for (const role of accountRoles) {
        const { user } = await createUser(
          { tx, actor: { kind: 'system', label: 'Test', officeId: office.id } },
          { officeId: office.id, email: `${role}@${key}.test`, displayName: `${role} ${key}`, roles: [role], password: TEST_PASSWORD },
        );
        const session = await createSession(tx, user.id, timeouts);
        users[key][role] = { id: user.id, email: user.email, cookie: session.token, officeId: office.id };
      }
    }
  });
  const app = await buildApp({ settings, database, logger: false, serveWeb: false });
  await app.ready();
  return {
    app,
    database,
    settings,
    offices,
    users,
    request: ({ as, headers, ...options }) => {
      const user = typeof as === 'string' ? users.own[as] : as;
      return app.inject({
        ...options,
        headers: {
          origin: TEST_ORIGIN,
          ...(user ? { cookie: `${SESSION_COOKIE}=${user.cookie}` } : {}),
          ...headers,
        },
      });
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export async function countRows(database: Database, table: string): Promise<number> {
  const result = (await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] };
  return result.rows[0]?.n ?? 0;
}

export async function auditCount(database: Database): Promise<number> {
  const rows = await database.db.select({ n: count() }).from(auditLog);
  return rows[0]?.n ?? 0;
}

/**
 * Fills the world's own office with the demo city, every module's demo seed in module order, as `npm start` does
 * (the office itself exists already). `currentYear` moves the demo's "today" for tests that need a fixed year.
 */
export async function seedDemoCity(world: TestWorld, options: { currentYear?: number } = {}): Promise<void> {
  const officeId = world.offices.own.id;
  await world.database.db.transaction(async (tx) => {
    const ctx = { tx, actor: { kind: 'system' as const, label: 'Demo-Daten', officeId }, officeId, firstYear: DEMO_FIRST_YEAR, currentYear: options.currentYear ?? new Date().getFullYear(), log: () => undefined };
    for (const module of modules) if (module.seedDemo && module.name !== 'offices') await module.seedDemo(ctx);
  });
}
