import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from './bootstrap';
import { openPostgres, queryRows } from './platform/db/database';
import { readSettings } from './platform/env';
import { databaseUrlWithName } from './test/test-database';

// On a PostgreSQL server the demo is never seeded unless DEMO=1 asks for it.
describe('first start on PostgreSQL', () => {
  const url = process.env.TEST_DATABASE_URL ?? '';
  const name = `sozialraum_boot_${process.pid}`;
  const target = databaseUrlWithName(url, name);
  const log = () => {};

  beforeAll(async () => {
    const admin = openPostgres(url);
    await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
    await admin.db.execute(sql.raw(`create database ${name}`));
    await admin.close();
  });
  afterAll(async () => {
    const admin = openPostgres(url);
    await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
    await admin.close();
  });

  it('creates one office from the settings and no demo without DEMO=1', async () => {
    const settings = readSettings({ DATABASE_URL: target, OFFICE_NAME: 'Kreisjugendamt Test', OFFICE_CODE: 'kreis' });
    const prepared = await prepareDatabase(settings, { allowDemo: true, log });
    expect(prepared).toMatchObject({ demoSeeded: false, officeCreated: true });
    expect(await queryRows(prepared.database.db, sql`select code, name from offices`)).toEqual([{ code: 'kreis', name: 'Kreisjugendamt Test' }]);
    await prepared.database.close();
  });

  it('fills an existing database without users when DEMO=1, once', async () => {
    const settings = readSettings({ DATABASE_URL: target, DEMO: '1' });
    const first = await prepareDatabase(settings, { allowDemo: true, log });
    expect(first.demoSeeded).toBe(true);
    const users = await queryRows<{ n: number }>(first.database.db, sql`select count(*)::int as n from users`);
    expect(users[0]?.n).toBe(14);
    await first.database.close();
    const second = await prepareDatabase(settings, { allowDemo: true, log });
    expect(second.demoSeeded).toBe(false);
    await second.database.close();
  });
});
