import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { type Db, firstRow, oneRow } from '../../platform/db/database';
import { contracts, networkModelPeriods, organizationSpaces, organizations, organizationTypesExtra, positionMinimums, positions, teamMemberships } from './network.tables';
import { socialSpaces } from './social-spaces.tables';

export type OrganizationRow = typeof organizations.$inferSelect;
export type MembershipRow = typeof teamMemberships.$inferSelect;
export type ContractRow = typeof contracts.$inferSelect;
export type PositionRow = typeof positions.$inferSelect;
export type ModelRow = typeof networkModelPeriods.$inferSelect;


// ---- organisations ----

export async function findOrganizations(tx: Db, officeId: string, filter: { type?: string | undefined; spaceId?: string | undefined; q?: string | undefined }) {
  const conditions = [eq(organizations.officeId, officeId)];
  if (filter.type) conditions.push(eq(organizations.type, filter.type));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(organizations.name, pattern), ilike(organizations.alternateName, pattern));
    if (match) conditions.push(match);
  }
  if (filter.spaceId) {
    conditions.push(inArray(organizations.id, tx.select({ id: organizationSpaces.organizationId }).from(organizationSpaces).where(eq(organizationSpaces.spaceId, filter.spaceId))));
  }
  return tx.select().from(organizations).where(and(...conditions)).orderBy(asc(organizations.name));
}

export const findOrganization = async (tx: Db, id: string) => firstRow(await tx.select().from(organizations).where(eq(organizations.id, id)));
export const findOrganizationForUpdate = async (tx: Db, id: string) =>
  firstRow(await tx.select().from(organizations).where(eq(organizations.id, id)).for('update'));

export async function spaceIdsOf(tx: Db, organizationIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (organizationIds.length === 0) return map;
  const rows = await tx.select().from(organizationSpaces).where(inArray(organizationSpaces.organizationId, organizationIds));
  for (const row of rows) map.set(row.organizationId, [...(map.get(row.organizationId) ?? []), row.spaceId]);
  return map;
}

export async function insertOrganization(tx: Db, values: typeof organizations.$inferInsert) {
  return oneRow(await tx.insert(organizations).values(values).returning());
}

export async function updateOrganizationRow(tx: Db, id: string, values: Partial<typeof organizations.$inferInsert>) {
  return oneRow(await tx.update(organizations).set({ ...values, updatedAt: sql`now()` }).where(eq(organizations.id, id)).returning());
}

export async function setOrganizationSpaces(tx: Db, organizationId: string, spaceIds: string[]) {
  await tx.delete(organizationSpaces).where(eq(organizationSpaces.organizationId, organizationId));
  if (spaceIds.length) await tx.insert(organizationSpaces).values([...new Set(spaceIds)].map((spaceId) => ({ organizationId, spaceId })));
}

export async function deleteOrganizationRow(tx: Db, id: string) {
  await tx.delete(organizations).where(eq(organizations.id, id));
}

export async function countSpacesOfOffice(tx: Db, officeId: string, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await tx.select({ n: sql<number>`count(*)::int` }).from(socialSpaces).where(and(eq(socialSpaces.officeId, officeId), inArray(socialSpaces.id, ids)));
  return rows[0]?.n ?? 0;
}

export const extraTypes = (tx: Db, officeId: string) =>
  tx.select().from(organizationTypesExtra).where(eq(organizationTypesExtra.officeId, officeId)).orderBy(asc(organizationTypesExtra.label));

export async function insertExtraType(tx: Db, values: typeof organizationTypesExtra.$inferInsert) {
  return oneRow(await tx.insert(organizationTypesExtra).values(values).returning());
}

// ---- team ----

export const membershipsOfSpace = (tx: Db, spaceId: string) =>
  tx.select().from(teamMemberships).where(eq(teamMemberships.spaceId, spaceId)).orderBy(asc(teamMemberships.teamRole), asc(teamMemberships.personName));

export const membershipsOfOffice = (tx: Db, officeId: string) => tx.select().from(teamMemberships).where(eq(teamMemberships.officeId, officeId));

export const findMembershipForUpdate = async (tx: Db, id: string) =>
  firstRow(await tx.select().from(teamMemberships).where(eq(teamMemberships.id, id)).for('update'));

export async function insertMembership(tx: Db, values: typeof teamMemberships.$inferInsert) {
  return oneRow(await tx.insert(teamMemberships).values(values).returning());
}

export async function updateMembershipRow(tx: Db, id: string, values: Partial<typeof teamMemberships.$inferInsert>) {
  return oneRow(await tx.update(teamMemberships).set(values).where(eq(teamMemberships.id, id)).returning());
}

export const deleteMembershipRow = (tx: Db, id: string) => tx.delete(teamMemberships).where(eq(teamMemberships.id, id));

/** The spaces in which a user has a team membership active on the date. */
export async function spacesOfUser(tx: Db, userId: string, date: string): Promise<string[]> {
  const rows = await tx
    .select({ spaceId: teamMemberships.spaceId })
    .from(teamMemberships)
    .where(and(eq(teamMemberships.userId, userId), sql`${teamMemberships.validFrom} <= ${date}`, sql`(${teamMemberships.validTo} is null or ${teamMemberships.validTo} >= ${date})`));
  return [...new Set(rows.map((r) => r.spaceId))];
}

// ---- contracts and positions ----

export const contractsOfSpace = (tx: Db, spaceId: string) => tx.select().from(contracts).where(eq(contracts.spaceId, spaceId)).orderBy(asc(contracts.validFrom));
export const contractsOfOffice = (tx: Db, officeId: string) => tx.select().from(contracts).where(eq(contracts.officeId, officeId));
export const findContractForUpdate = async (tx: Db, id: string) => firstRow(await tx.select().from(contracts).where(eq(contracts.id, id)).for('update'));
export async function insertContract(tx: Db, values: typeof contracts.$inferInsert) {
  return oneRow(await tx.insert(contracts).values(values).returning());
}
export const deleteContractRow = (tx: Db, id: string) => tx.delete(contracts).where(eq(contracts.id, id));

export const positionsOfSpace = (tx: Db, spaceId: string) => tx.select().from(positions).where(eq(positions.spaceId, spaceId)).orderBy(asc(positions.validFrom));
export const positionsOfOffice = (tx: Db, officeId: string) => tx.select().from(positions).where(eq(positions.officeId, officeId));
export const findPositionForUpdate = async (tx: Db, id: string) => firstRow(await tx.select().from(positions).where(eq(positions.id, id)).for('update'));
export async function insertPosition(tx: Db, values: typeof positions.$inferInsert) {
  return oneRow(await tx.insert(positions).values(values).returning());
}
export const deletePositionRow = (tx: Db, id: string) => tx.delete(positions).where(eq(positions.id, id));

/** Serialises contract writes of one space: the overlap check and the insert must not interleave. */
export async function lockSpace(tx: Db, spaceId: string) {
  return firstRow(await tx.select().from(socialSpaces).where(eq(socialSpaces.id, spaceId)).for('update'));
}

export async function organizationNames(tx: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

// ---- network model ----

export const modelPeriods = (tx: Db, officeId: string) =>
  tx.select().from(networkModelPeriods).where(eq(networkModelPeriods.officeId, officeId)).orderBy(asc(networkModelPeriods.validFrom));

export async function insertModelPeriod(tx: Db, values: typeof networkModelPeriods.$inferInsert) {
  return oneRow(await tx.insert(networkModelPeriods).values(values).returning());
}

export const deleteModelPeriod = (tx: Db, id: string) => tx.delete(networkModelPeriods).where(eq(networkModelPeriods.id, id));

export const minimumsOf = (tx: Db, officeId: string) => tx.select().from(positionMinimums).where(eq(positionMinimums.officeId, officeId));

export async function replaceMinimums(tx: Db, officeId: string, rows: { kind: string; minimumPercent: number }[]) {
  await tx.delete(positionMinimums).where(eq(positionMinimums.officeId, officeId));
  if (rows.length) await tx.insert(positionMinimums).values(rows.map((r) => ({ officeId, ...r })));
}

/** The organisation a user works for in a space's team on a date (the first, if several), for needs and referrals. */
export async function teamOrganizationOf(tx: Db, userId: string, spaceId: string, date: string): Promise<string | null> {
  const rows = await tx
    .select({ organizationId: teamMemberships.organizationId })
    .from(teamMemberships)
    .where(
      and(
        eq(teamMemberships.userId, userId),
        eq(teamMemberships.spaceId, spaceId),
        sql`${teamMemberships.validFrom} <= ${date}`,
        sql`(${teamMemberships.validTo} is null or ${teamMemberships.validTo} >= ${date})`,
      ),
    )
    .orderBy(asc(teamMemberships.validFrom));
  return rows.find((r) => r.organizationId)?.organizationId ?? null;
}
