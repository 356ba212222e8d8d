import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { inject } from 'vitest';
import { type Database, openPostgres, pgliteOptions, wrapPglite } from '../platform/db/database';

export const templateDatabaseName = () => `sozialraum_tpl_${process.pid}`;

export function databaseUrlWithName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export type TestDatabaseKind = 'pglite' | 'postgres';
export const testDatabaseKind = (): TestDatabaseKind => (process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite');

/** A clean, migrated database for one test file: a copy of the template, dropped again by `close()`. */
export async function freshDatabase(kind: TestDatabaseKind = testDatabaseKind()): Promise<Database> {
  if (kind === 'pglite') {
    const template = fs.readFileSync(inject('pgliteTemplate'));
    const client = await PGlite.create({ ...pgliteOptions(), loadDataDir: new Blob([template]) });
    return wrapPglite(client);
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL fehlt');
  const name = `sozialraum_t_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres(url);
  await admin.db.execute(sql.raw(`create database ${name} template ${inject('postgresTemplate')}`));
  await admin.close();
  const database = openPostgres(databaseUrlWithName(url, name));
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = openPostgres(url);
      await cleanup.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await cleanup.close();
    },
  };
}
