import { z } from 'zod';

export const auditEntry = z
  .object({
    id: z.string(),
    at: z.iso.datetime({ offset: true }),
    actorUserId: z.uuid().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditQuery = z.strictObject({
  entity: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  actorUserId: z.uuid().optional(),
  entityId: z.string().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditPage = z.object({
  items: z.array(auditEntry),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
