import { accountsPolicy } from './accounts.policy';
import { clearFailures, findUserByEmail, recentFailures, recordFailure, updateUserRow } from './accounts.queries';
import { recordAudit } from '../../platform/audit/audit';
import { authorize } from '../../platform/auth/policy';
import { verifyPassword } from '../../platform/auth/password';
import { createSession, type SessionTimeouts } from '../../platform/auth/session';
import type { Database } from '../../platform/db/database';
import { DomainError } from '../../platform/http/errors';
import type { Actor } from '../../platform/auth/actor';

export type LoginLimits = { maxFailures: number; windowMs: number; lockMs: number; maxFailuresPerIp: number };

export type LogInOptions = {
  database: Database;
  actor: Actor;
  requestId?: string;
  timeouts: SessionTimeouts;
  limits: LoginLimits;
  onLocked?: (email: string) => void;
};

/**
 * Unlike other use cases this one opens its own transactions: a failed attempt must be recorded even though
 * the request ends in an error, and the lock-out counts those records.
 */
export async function logIn(options: LogInOptions, input: { email: string; password: string; clientIp: string }) {
  const { database, actor, limits } = options;
  authorize(actor, accountsPolicy.logIn);
  const db = database.db;

  const byEmail = await recentFailures(db, { email: input.email }, limits.windowMs);
  if (byEmail.count >= limits.maxFailures && byEmail.last && Date.now() - byEmail.last.getTime() < limits.lockMs) {
    const retryAfter = Math.ceil((limits.lockMs - (Date.now() - byEmail.last.getTime())) / 1000);
    throw new DomainError(
      'ACCOUNT_LOCKED',
      `Zu viele fehlgeschlagene Anmeldungen. Das Konto ist für ${Math.ceil(retryAfter / 60)} Minuten gesperrt.`,
      undefined,
      { 'retry-after': String(retryAfter) },
    );
  }
  const byIp = await recentFailures(db, { clientIp: input.clientIp }, limits.windowMs);
  if (byIp.count >= limits.maxFailuresPerIp) {
    throw new DomainError('RATE_LIMITED', 'Zu viele fehlgeschlagene Anmeldungen von dieser Adresse. Bitte später erneut versuchen.', undefined, {
      'retry-after': String(Math.ceil(limits.windowMs / 1000)),
    });
  }

  const user = await findUserByEmail(db, input.email);
  const passwordOk = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !passwordOk || !user.active) {
    await db.transaction(async (tx) => {
      await recordFailure(tx, input.email, input.clientIp);
      if (user && byEmail.count + 1 === limits.maxFailures) {
        await recordAudit(
          { tx, actor, requestId: options.requestId },
          { officeId: user.officeId, action: 'lock', entity: 'user', entityId: user.id, after: { reason: 'too_many_failed_logins' } },
        );
        options.onLocked?.(input.email);
      }
    });
    throw new DomainError('INVALID_CREDENTIALS', 'E-Mail-Adresse oder Passwort sind falsch, oder das Konto ist deaktiviert.');
  }

  return db.transaction(async (tx) => {
    await clearFailures(tx, input.email);
    const session = await createSession(tx, user.id, options.timeouts);
    await updateUserRow(tx, user.id, { lastLoginAt: new Date() });
    await recordAudit(
      { tx, actor: { kind: 'system', label: `${user.displayName} <${user.email}>`, officeId: user.officeId }, requestId: options.requestId },
      { officeId: user.officeId, action: 'login', entity: 'session', entityId: user.id },
    );
    return session;
  });
}
