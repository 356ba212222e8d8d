import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { createUser } from '../accounts';
import { createSession, SESSION_COOKIE } from '../../platform/auth/session';
import { insertOffice } from '../../platform/db/offices';
import { testSettings } from '../../test/test-app';
import { freshDatabase, testDatabaseKind } from '../../test/test-database';
import type { Database } from '../../platform/db/database';
import type { App } from '../../platform/http/types';

describe('operations', () => {
  let database: Database;
  let app: App;
  let admin: string;
  beforeAll(async () => {
    database = await freshDatabase();
    admin = await database.db.transaction(async (tx) => {
      const office = await insertOffice(tx, { code: 'einzig', name: 'Einziges Jugendamt' });
      const { user } = await createUser(
        { tx, actor: { kind: 'system', label: 'Test', officeId: office.id } },
        { officeId: office.id, email: 'admin@einzig.test', displayName: 'Admin', roles: ['admin'], password: 'passwort-passwort' },
      );
      return (await createSession(tx, user.id, { idleMs: 60_000, maxMs: 60_000 })).token;
    });
    app = await buildApp({ settings: testSettings(), database, logger: false, serveWeb: false });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('reports health with the database kind', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: testDatabaseKind() });
  });

  it('lets the admin of a single-office installation download a backup, and records it', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/admin/backup', headers: { cookie: `${SESSION_COOKIE}=${admin}` } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="sozialraum-.*\.jsonl\.gz"/);
    const lines = gunzipSync(response.rawPayload).toString('utf8').trim().split('\n');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ format: 'sozialraum-backup', source: testDatabaseKind() });
    expect(lines.some((l) => l.includes('admin@einzig.test'))).toBe(true);
    expect(lines.some((l) => l.includes('password_hash'))).toBe(true); // a backup restores accounts, so it holds their hashes
    const audit = await app.inject({ method: 'GET', url: '/api/audit?action=backup', headers: { cookie: `${SESSION_COOKIE}=${admin}` } });
    expect(audit.json().total).toBe(1);
  });

  it('answers 503 when the database is unreachable', async () => {
    const other = await freshDatabase();
    const broken = await buildApp({ settings: testSettings(), database: other, logger: false, serveWeb: false });
    await other.close();
    const response = await broken.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'unavailable', database: testDatabaseKind() });
    await broken.close();
  });
});
