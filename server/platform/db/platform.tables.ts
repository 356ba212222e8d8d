import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Every domain row belongs to an office: the installation is multi-office from day one.
export const offices = pgTable('offices', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** [minLon, minLat, maxLon, maxLat]: where this office's social spaces lie; null means Germany. */
  region: jsonb('region').$type<[number, number, number, number]>(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

// Append-only: a trigger (migration 0001) refuses UPDATE and DELETE; no API writes it except through recordAudit().
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    officeId: uuid('office_id').references(() => offices.id),
    at: timestamp('at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
  },
  (t) => [index('audit_log_office_at_idx').on(t.officeId, t.at), index('audit_log_entity_idx').on(t.entity, t.entityId)],
);
