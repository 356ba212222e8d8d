import { and, count, eq, gt, ilike, or, sql } from 'drizzle-orm';
import { loginFailures, users } from '../../platform/auth/auth.tables';
import type { Db } from '../../platform/db/database';
import { offices } from '../../platform/db/platform.tables';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(tx: Db, email: string): Promise<UserRow | undefined> {
  const rows = await tx.select().from(users).where(eq(users.email, email));
  return rows[0];
}

export async function findUserById(tx: Db, id: string): Promise<UserRow | undefined> {
  const rows = await tx.select().from(users).where(eq(users.id, id));
  return rows[0];
}

/** Locks the row for the rest of the transaction, so two admins editing the same user serialise. */
export async function findUserForUpdate(tx: Db, id: string): Promise<UserRow | undefined> {
  const rows = await tx.select().from(users).where(eq(users.id, id)).for('update');
  return rows[0];
}

export async function listUsersOfOffice(
  tx: Db,
  officeId: string,
  filter: { q?: string | undefined; includeInactive: boolean },
): Promise<UserRow[]> {
  const conditions = [eq(users.officeId, officeId)];
  if (!filter.includeInactive) conditions.push(eq(users.active, true));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(users.email, pattern), ilike(users.displayName, pattern));
    if (match) conditions.push(match);
  }
  return tx
    .select()
    .from(users)
    .where(and(...conditions))
    .orderBy(users.displayName, users.email);
}

export async function insertUser(tx: Db, values: typeof users.$inferInsert): Promise<UserRow> {
  const rows = await tx.insert(users).values(values).returning();
  const row = rows[0];
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateUserRow(
  tx: Db,
  id: string,
  values: Partial<Pick<UserRow, 'displayName' | 'roles' | 'active' | 'passwordHash' | 'lastLoginAt' | 'organizationId'>>,
): Promise<UserRow> {
  const rows = await tx
    .update(users)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(users.id, id))
    .returning();
  const row = rows[0];
  if (!row) throw new Error('update returned nothing');
  return row;
}

export async function countActiveAdmins(tx: Db, officeId: string): Promise<number> {
  const rows = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.officeId, officeId), eq(users.active, true), sql`'admin' = any(${users.roles})`));
  return rows[0]?.n ?? 0;
}

export async function findOffice(tx: Db, id: string) {
  const rows = await tx.select().from(offices).where(eq(offices.id, id));
  return rows[0];
}

export async function recentFailures(tx: Db, by: { email: string } | { clientIp: string }, sinceMs: number) {
  const since = new Date(Date.now() - sinceMs);
  const where =
    'email' in by
      ? and(eq(loginFailures.email, by.email), gt(loginFailures.at, since))
      : and(eq(loginFailures.clientIp, by.clientIp), gt(loginFailures.at, since));
  const rows = await tx
    .select({ n: count(), last: sql<string | null>`max(${loginFailures.at})` })
    .from(loginFailures)
    .where(where);
  const row = rows[0];
  return { count: row?.n ?? 0, last: row?.last ? new Date(row.last) : null };
}

export async function recordFailure(tx: Db, email: string, clientIp: string): Promise<void> {
  await tx.insert(loginFailures).values({ email, clientIp });
}

export async function clearFailures(tx: Db, email: string): Promise<void> {
  await tx.delete(loginFailures).where(eq(loginFailures.email, email));
}

/** Demo data only: people who joined the office in earlier years. */
export async function backdateUser(tx: Db, id: string, createdAt: Date): Promise<void> {
  await tx.update(users).set({ createdAt, updatedAt: createdAt }).where(eq(users.id, id));
}
