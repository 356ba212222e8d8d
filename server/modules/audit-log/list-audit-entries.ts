import type { AuditEntry, AuditQuery } from '../../../common/api/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { auditLogPolicy } from './audit-log.policy';
import { type AuditRow, findEntries } from './audit-log.queries';

const present = (row: AuditRow): AuditEntry => ({
  id: String(row.id),
  at: row.at.toISOString(),
  actorUserId: row.actorUserId,
  actorLabel: row.actorLabel,
  action: row.action,
  entity: row.entity,
  entityId: row.entityId,
  before: row.before ?? null,
  after: row.after ?? null,
  requestId: row.requestId,
});

export async function listAuditEntries(ctx: Ctx, filter: AuditQuery) {
  authorize(ctx.actor, auditLogPolicy.listEntries);
  const { rows, total } = await findEntries(ctx.tx, officeOf(ctx.actor), filter);
  return { items: rows.map(present), total, limit: filter.limit, offset: filter.offset };
}
