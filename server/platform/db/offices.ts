import { asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from './database';
import { offices } from './platform.tables';

export type OfficeRow = typeof offices.$inferSelect;

export async function countOffices(db: Db): Promise<number> {
  const rows = await db.select({ n: count() }).from(offices);
  return rows[0]?.n ?? 0;
}

export async function listOffices(db: Db): Promise<OfficeRow[]> {
  return db.select().from(offices).orderBy(asc(offices.code));
}

export async function findOfficeByCode(db: Db, code: string): Promise<OfficeRow | undefined> {
  const rows = await db.select().from(offices).where(eq(offices.code, code));
  return rows[0];
}

export async function insertOffice(db: Db, values: { code: string; name: string }): Promise<OfficeRow> {
  const rows = await db.insert(offices).values(values).returning();
  if (!rows[0]) throw new Error('insert returned nothing');
  return rows[0];
}

/** Serialises first-start work (default office, demo seed) between servers starting together on one database. */
export async function lockFirstStart(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(727002)`);
}
