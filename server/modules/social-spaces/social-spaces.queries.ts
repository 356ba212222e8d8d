import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { bboxOf, type Boundary } from './geometry';
import { socialSpaces } from './social-spaces.tables';

export type SpaceRow = typeof socialSpaces.$inferSelect;
export type SpaceValues = { code: string; name: string; description: string; boundary: Boundary; population: number | null; colour: string | null; source: string };

const withBbox = (boundary: Boundary) => {
  const [minLon, minLat, maxLon, maxLat] = bboxOf(boundary);
  return { boundary, minLon, minLat, maxLon, maxLat };
};

export async function spacesOfOffice(tx: Db, officeId: string): Promise<SpaceRow[]> {
  return tx.select().from(socialSpaces).where(eq(socialSpaces.officeId, officeId)).orderBy(asc(socialSpaces.name));
}

export async function findSpace(tx: Db, id: string): Promise<SpaceRow | undefined> {
  return (await tx.select().from(socialSpaces).where(eq(socialSpaces.id, id)))[0];
}

export async function findSpaceForUpdate(tx: Db, id: string): Promise<SpaceRow | undefined> {
  return (await tx.select().from(socialSpaces).where(eq(socialSpaces.id, id)).for('update'))[0];
}

export async function findSpaceByCode(tx: Db, officeId: string, code: string): Promise<SpaceRow | undefined> {
  return (await tx.select().from(socialSpaces).where(and(eq(socialSpaces.officeId, officeId), eq(socialSpaces.code, code))))[0];
}

export async function insertSpace(tx: Db, officeId: string, values: SpaceValues): Promise<SpaceRow> {
  const rows = await tx.insert(socialSpaces).values({ officeId, ...values, ...withBbox(values.boundary) }).returning();
  if (!rows[0]) throw new Error('insert returned nothing');
  return rows[0];
}

export async function updateSpaceRow(tx: Db, id: string, values: Partial<SpaceValues>): Promise<SpaceRow> {
  const rows = await tx
    .update(socialSpaces)
    .set({ ...values, ...(values.boundary ? withBbox(values.boundary) : {}), updatedAt: sql`now()` })
    .where(eq(socialSpaces.id, id))
    .returning();
  if (!rows[0]) throw new Error('update returned nothing');
  return rows[0];
}

export async function deleteSpaceRow(tx: Db, id: string): Promise<void> {
  await tx.delete(socialSpaces).where(eq(socialSpaces.id, id));
}
