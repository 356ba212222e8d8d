import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { AuditQuery } from '../../../common/api/audit';
import type { Db } from '../../platform/db/database';
import { auditLog } from '../../platform/db/platform.tables';

export type AuditRow = typeof auditLog.$inferSelect;

export async function findEntries(tx: Db, officeId: string, filter: AuditQuery): Promise<{ rows: AuditRow[]; total: number }> {
  const conditions: SQL[] = [eq(auditLog.officeId, officeId)];
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.actorUserId) conditions.push(eq(auditLog.actorUserId, filter.actorUserId));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.from) conditions.push(gte(auditLog.at, new Date(`${filter.from}T00:00:00Z`)));
  if (filter.to) conditions.push(lt(auditLog.at, new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000)));
  const where = and(...conditions);
  const rows = await tx
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const totals = await tx.select({ n: count() }).from(auditLog).where(where);
  return { rows, total: totals[0]?.n ?? 0 };
}
