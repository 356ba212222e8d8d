import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { offices } from '../../platform/db/platform.tables';

export type OfficeRow = typeof offices.$inferSelect;

export async function findOfficeById(tx: Db, id: string): Promise<OfficeRow | undefined> {
  return (await tx.select().from(offices).where(eq(offices.id, id)))[0];
}

export async function findOfficeForUpdate(tx: Db, id: string): Promise<OfficeRow | undefined> {
  return (await tx.select().from(offices).where(eq(offices.id, id)).for('update'))[0];
}

export async function findOfficeByCode(tx: Db, code: string): Promise<OfficeRow | undefined> {
  return (await tx.select().from(offices).where(eq(offices.code, code)))[0];
}

export async function allOffices(tx: Db): Promise<OfficeRow[]> {
  return tx.select().from(offices).orderBy(offices.name);
}

export async function updateOfficeRow(tx: Db, id: string, values: Partial<Pick<OfficeRow, 'name' | 'region'>>): Promise<OfficeRow> {
  const rows = await tx.update(offices).set(values).where(eq(offices.id, id)).returning();
  if (!rows[0]) throw new Error('update returned nothing');
  return rows[0];
}

export const officeCount = async (tx: Db) => (await tx.select({ n: sql<number>`count(*)::int` }).from(offices))[0]?.n ?? 0;
