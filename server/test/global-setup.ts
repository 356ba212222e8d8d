import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { TestProject } from 'vitest/node';
import { openPostgres, pgliteOptions, wrapPglite } from '../platform/db/database';
import { migrate } from '../platform/db/migrate';
import { databaseUrlWithName, templateDatabaseName } from './test-database';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

/** Migrates one template database once; every test file then starts from a fresh copy of it. */
export default async function setup(project: TestProject) {
  const cleanups = [await pgliteTemplate(project)];
  if (project.config.env?.TEST_DB === 'postgres') cleanups.push(await postgresTemplate(project));
  return async () => {
    for (const cleanup of cleanups) await cleanup();
  };
}

async function pgliteTemplate(project: TestProject) {
  const client = await PGlite.create(pgliteOptions());
  const database = wrapPglite(client);
  await migrate(database.db);
  const dump = await client.dumpDataDir('gzip');
  await database.close();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sozialraum-tpl-')), 'template.tar.gz');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return async () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

async function postgresTemplate(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL fehlt');
  const name = templateDatabaseName();
  const admin = openPostgres(url);
  await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
  await admin.db.execute(sql.raw(`create database ${name}`));
  const template = openPostgres(databaseUrlWithName(url, name));
  await migrate(template.db);
  await template.close();
  await admin.close();
  project.provide('postgresTemplate', name);
  return async () => {
    const cleanup = openPostgres(url);
    await cleanup.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
    await cleanup.close();
  };
}
