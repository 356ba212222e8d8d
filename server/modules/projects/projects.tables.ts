import { sql } from 'drizzle-orm';
import { check, customType, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { offices } from '../../platform/db/platform.tables';

const inList = (column: unknown, values: readonly string[]) => sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`;

/** Raw bytes of an attachment: kept in the database, so every app server sees the same files. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * A project or measure (Projekt / Maßnahme) answering needs in one or more spaces. People carrying it are team
 * memberships (a person on a space's team, with or without an account); people reached are counts by age band (project_reach), never names. The needs it answers are kept on
 * the need (`needs.project_ids`), owned by the needs module.
 */
export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    spaceIds: uuid('space_ids').array().notNull(),
    topicIds: uuid('topic_ids').array().notNull().default(sql`'{}'::uuid[]`),
    initiatedBy: text('initiated_by').notNull(),
    initiationNote: text('initiation_note').notNull().default(''),
    status: text('status').notNull().default('idea'),
    statusReason: text('status_reason').notNull().default(''),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    partnerOrganizationIds: uuid('partner_organization_ids').array().notNull().default(sql`'{}'::uuid[]`),
    carrierMembershipIds: uuid('carrier_membership_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('projects_office_status_idx').on(t.officeId, t.status),
    check('projects_status', inList(t.status, ['idea', 'planned', 'running', 'completed', 'stopped'])),
    check('projects_initiated_by', inList(t.initiatedBy, ['affected', 'professionals', 'joint'])),
    check('projects_stop_reason', sql`${t.status} <> 'stopped' or length(${t.statusReason}) >= 3`),
    check('projects_dates', sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    check('projects_spaces', sql`cardinality(${t.spaceIds}) >= 1`),
  ],
);

/** Every status a project went through, with the day and the reason: the annual report counts from it. */
export const projectStatusEvents = pgTable(
  'project_status_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    occurredOn: date('occurred_on').notNull(),
    reason: text('reason').notNull().default(''),
    byUserId: uuid('by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_status_events_project_idx').on(t.projectId, t.occurredOn)],
);

/** People reached in a year and age band: a count, never a person. */
export const projectReach = pgTable(
  'project_reach',
  {
    projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    ageBand: text('age_band').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.year, t.ageBand] }), check('project_reach_count', sql`${t.count} >= 0`)],
);

/** Successes and difficulties of a year, in the team's words: the annual report quotes them. */
export const projectYearNotes = pgTable(
  'project_year_notes',
  {
    projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    successes: text('successes').notNull().default(''),
    difficulties: text('difficulties').notNull().default(''),
    updatedByUserId: uuid('updated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.year] })],
);

export const projectAttachments = pgTable(
  'project_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    content: bytea('content').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_attachments_project_idx').on(t.projectId), check('project_attachments_size', sql`${t.sizeBytes} between 1 and 10485760`)],
);
