import fs from 'node:fs';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { acquireFolderLock, type FolderLock } from './folder-lock';

// One type for both drivers: the same queries run on PGlite and on a PostgreSQL server.
// A transaction is a Db as well, so every query function simply takes `tx: Db`.
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;
/** Raw SQL for what the query builder does not express (catalog queries, locks); same result shape on both drivers. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** The first row of a result, if there is one. */
export const firstRow = <T>(rows: T[]): T | undefined => rows[0];

/** The row of a statement that always returns one (`insert … returning`, an update of a locked row): none is a bug. */
export const oneRow = <T>(rows: T[]): T => {
  if (!rows[0]) throw new Error('statement returned nothing');
  return rows[0];
};

/** The extensions our migrations create (trigram matching for typo-tolerant search); PGlite loads them at start. */
export const pgliteOptions = (): PGliteOptions => ({ extensions: { pg_trgm } });

export type DatabaseKind = 'pglite' | 'postgres';

export type Database = {
  kind: DatabaseKind;
  db: Db;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Calls `listener` with every statement sent through `db` (SQL text and parameters) until the returned function is called. */
  onQuery(listener: QueryListener): () => void;
};

export type QueryListener = (query: string, params: unknown[]) => void;

/**
 * Statement listeners, for tests that count the statements of a request (no N+1). Without listeners the cost is one
 * empty loop per statement.
 */
function queryListeners() {
  const listeners = new Set<QueryListener>();
  return {
    logger: { logQuery: (query: string, params: unknown[]) => listeners.forEach((listener) => listener(query, params)) },
    onQuery: (listener: QueryListener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export type OpenOptions = { databaseUrl?: string | undefined; dataDir: string };

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPgliteFolder(options.dataDir);
}

export function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle client that loses its server must not crash the process; the next query reports it instead.
  pool.on('error', () => {});
  const { logger, onQuery } = queryListeners();
  const db = drizzlePg(pool, { logger }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    onQuery,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => pool.end(),
  };
}

export function wrapPglite(client: PGlite, onClose: () => void = () => {}): Database {
  const { logger, onQuery } = queryListeners();
  const db = drizzlePglite(client, { logger }) as unknown as Db;
  let closed = false;
  return {
    kind: 'pglite',
    db,
    onQuery,
    ping: async () => {
      if (closed) throw new Error('database closed');
      await db.execute(sql`select 1`);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await client.close();
      onClose();
    },
  };
}

/**
 * Opens the embedded database in `<dataDir>/pgdata`. PGlite takes no lock of its own and a second process
 * would corrupt the folder, so we hold `<dataDir>/sozialraum.lock` first. A brand-new folder is initialised
 * beside its final place and renamed only when complete, so a kill during the first start leaves nothing half-made.
 */
export async function openPgliteFolder(dataDir: string): Promise<Database> {
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = acquireFolderLock(dataDir);
  try {
    const pgdata = path.join(dataDir, 'pgdata');
    if (!fs.existsSync(pgdata)) await initialiseFolder(dataDir, pgdata);
    // A killed PGlite can leave its postmaster.pid behind; we hold the folder lock, so it is stale.
    fs.rmSync(path.join(pgdata, 'postmaster.pid'), { force: true });
    const client = await PGlite.create(pgdata, pgliteOptions());
    return wrapPglite(client, () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function initialiseFolder(dataDir: string, pgdata: string): Promise<void> {
  for (const entry of fs.readdirSync(dataDir)) {
    if (entry.startsWith('pgdata.init-')) fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true });
  }
  const staging = path.join(dataDir, `pgdata.init-${process.pid}`);
  const client = await PGlite.create(staging, pgliteOptions());
  await client.close();
  fs.renameSync(staging, pgdata);
}

export type { FolderLock };
