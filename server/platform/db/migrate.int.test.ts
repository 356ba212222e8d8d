import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testDatabaseKind } from '../../test/test-database';
import { type Database, queryRows } from './database';
import { listMigrations, migrate } from './migrate';

describe(`migrations (${testDatabaseKind()})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(() => database.close());

  it('records every migration once and applies nothing twice', async () => {
    expect(await migrate(database.db)).toEqual([]);
    const applied = await queryRows<{ tag: string }>(database.db, sql`select tag from schema_migrations order by tag`);
    expect(applied.map((r) => r.tag)).toEqual(listMigrations().map((m) => m.tag));
  });
});
