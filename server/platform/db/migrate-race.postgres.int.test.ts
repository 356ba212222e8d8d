import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openPostgres } from './database';
import { listMigrations, migrate } from './migrate';

// Runs in the PostgreSQL project only: PGlite allows one process per folder (folder lock), so nothing can race there.
describe('migrations on PostgreSQL', () => {
  it('let two servers migrate a new database at the same time without a race', async () => {
    const url = process.env.TEST_DATABASE_URL ?? '';
    const name = `sozialraum_race_${process.pid}`;
    const admin = openPostgres(url);
    await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
    await admin.db.execute(sql.raw(`create database ${name}`));
    const target = new URL(url);
    target.pathname = `/${name}`;
    const a = openPostgres(target.toString());
    const b = openPostgres(target.toString());
    const [ranA, ranB] = await Promise.all([migrate(a.db), migrate(b.db)]);
    expect([...ranA, ...ranB].sort()).toEqual(listMigrations().map((m) => m.tag).sort());
    expect(ranA.filter((tag) => ranB.includes(tag))).toEqual([]);
    await a.close();
    await b.close();
    await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
    await admin.close();
  });
});
