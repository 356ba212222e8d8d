import type { Db } from '../db/database';
import { auditLog } from '../db/platform.tables';
import { type Actor, actorLabel, actorUserId } from '../auth/actor';

export type AuditEvent = {
  officeId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

export type AuditContext = { tx: Db; actor: Actor; requestId?: string | undefined };

// Secrets never reach the audit log, whatever a caller passes.
const secretKeys = new Set(['password', 'passwordHash', 'password_hash', 'tokenHash', 'token']);

function scrub(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map(scrub);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !secretKeys.has(key))
        .map(([key, v]) => [key, scrub(v)]),
    );
  }
  return value;
}

/** Writes one audit entry in the caller's transaction: the change and its record commit together or not at all. */
export async function recordAudit(ctx: AuditContext, event: AuditEvent): Promise<void> {
  await ctx.tx.insert(auditLog).values({
    officeId: event.officeId,
    actorUserId: actorUserId(ctx.actor),
    actorLabel: actorLabel(ctx.actor),
    action: event.action,
    entity: event.entity,
    entityId: event.entityId ?? null,
    before: scrub(event.before),
    after: scrub(event.after),
    requestId: ctx.requestId ?? null,
  });
}
