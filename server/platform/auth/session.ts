import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, or, sql } from 'drizzle-orm';
import { accountRoles, type AccountRole } from '../../../common/roles';
import type { Db } from '../db/database';
import type { UserActor } from './actor';
import { sessions, users } from './auth.tables';

export const SESSION_COOKIE = 'sozialraum_session';

export type SessionTimeouts = { idleMs: number; maxMs: number };

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  tx: Db,
  userId: string,
  timeouts: SessionTimeouts,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + timeouts.maxMs);
  await tx.insert(sessions).values({ tokenHash: hashToken(token), userId, expiresAt });
  return { token, expiresAt };
}

const asRoles = (roles: string[]): AccountRole[] =>
  roles.filter((r): r is AccountRole => (accountRoles as readonly string[]).includes(r));

/** Resolves a cookie token to the signed-in user, or undefined when it is unknown, idle too long, expired or deactivated. */
export async function resolveSession(db: Db, token: string, timeouts: SessionTimeouts): Promise<UserActor | undefined> {
  const tokenHash = hashToken(token);
  const now = Date.now();
  const rows = await db
    .select({
      userId: users.id,
      officeId: users.officeId,
      email: users.email,
      displayName: users.displayName,
      roles: users.roles,
      organizationId: users.organizationId,
      active: users.active,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash));
  const row = rows[0];
  if (!row) return undefined;
  const idle = now - row.lastSeenAt.getTime() > timeouts.idleMs;
  if (!row.active || idle || row.expiresAt.getTime() <= now) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return undefined;
  }
  // Touch at most once a minute: idle time is measured in minutes, and every touch is a write.
  if (now - row.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.tokenHash, tokenHash));
  }
  return {
    kind: 'user',
    userId: row.userId,
    officeId: row.officeId,
    email: row.email,
    displayName: row.displayName,
    roles: asRoles(row.roles),
    organizationId: row.organizationId,
    sessionTokenHash: tokenHash,
    sessionExpiresAt: row.expiresAt,
  };
}

export async function deleteSession(tx: Db, tokenHash: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(tx: Db, userId: string, exceptTokenHash?: string): Promise<void> {
  await tx
    .delete(sessions)
    .where(exceptTokenHash ? and(eq(sessions.userId, userId), sql`${sessions.tokenHash} <> ${exceptTokenHash}`) : eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Db, timeouts: SessionTimeouts): Promise<void> {
  await db
    .delete(sessions)
    .where(
      or(
        lt(sessions.expiresAt, sql`now()`),
        lt(sessions.lastSeenAt, sql`now() - make_interval(secs => ${timeouts.idleMs / 1000})`),
      ),
    );
}
