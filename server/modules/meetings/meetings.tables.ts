import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { offices } from '../../platform/db/platform.tables';
import { projects } from '../projects/projects.tables';
import { organizations, teamMemberships } from '../social-spaces/network.tables';
import { socialSpaces } from '../social-spaces/social-spaces.tables';

const inList = (column: unknown, values: readonly string[]) => sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`;

/**
 * A network meeting (Netzwerktreffen) of one or more spaces. Organisers are team memberships (the people who carry
 * the network work); attendance is organisations with head counts, never families' names. `sequence` counts the
 * changes a calendar program must pick up (RFC 5545 SEQUENCE).
 */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    spaceIds: uuid('space_ids').array().notNull(),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    place: text('place').notNull().default(''),
    onlineUrl: text('online_url'),
    state: text('state').notNull().default('planned'),
    cancelReason: text('cancel_reason').notNull().default(''),
    organizerMembershipIds: uuid('organizer_membership_ids').array().notNull(),
    invitedOrganizationIds: uuid('invited_organization_ids').array().notNull().default(sql`'{}'::uuid[]`),
    guestCount: integer('guest_count').notNull().default(0),
    minutes: text('minutes').notNull().default(''),
    sequence: integer('sequence').notNull().default(0),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('meetings_office_starts_idx').on(t.officeId, t.startsAt),
    check('meetings_state', inList(t.state, ['planned', 'invited', 'held', 'cancelled'])),
    check('meetings_time', sql`${t.endsAt} > ${t.startsAt}`),
    check('meetings_spaces', sql`cardinality(${t.spaceIds}) >= 1`),
    check('meetings_organizers', sql`cardinality(${t.organizerMembershipIds}) >= 1`),
    check('meetings_guests', sql`${t.guestCount} >= 0`),
  ],
);

/** Who came: an organisation and how many of its people. */
export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    headCount: integer('head_count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.organizationId] }), index('meeting_attendance_org_idx').on(t.organizationId), check('meeting_attendance_count', sql`${t.headCount} >= 1`)],
);

/** An agenda item, linking the needs, offers and projects it is about, and who brought it in. */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    notes: text('notes').notNull().default(''),
    broughtByMembershipId: uuid('brought_by_membership_id').references(() => teamMemberships.id, { onDelete: 'set null' }),
    needIds: uuid('need_ids').array().notNull().default(sql`'{}'::uuid[]`),
    serviceIds: uuid('service_ids').array().notNull().default(sql`'{}'::uuid[]`),
    projectIds: uuid('project_ids').array().notNull().default(sql`'{}'::uuid[]`),
  },
  (t) => [index('agenda_items_meeting_idx').on(t.meetingId, t.position)],
);

/** A decision of a meeting: a plain decision, a follow-up task with owner and due date, or a project draft. */
export const meetingDecisions = pgTable(
  'meeting_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    agendaItemId: uuid('agenda_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    ownerMembershipId: uuid('owner_membership_id').references(() => teamMemberships.id, { onDelete: 'set null' }),
    dueOn: date('due_on'),
    doneOn: date('done_on'),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meeting_decisions_meeting_idx').on(t.meetingId), check('meeting_decisions_kind', inList(t.kind, ['note', 'task', 'project_draft']))],
);

/**
 * A calendar subscription (iCalendar feed) of a space or of a user's own meetings. Calendar programs send no cookie,
 * so the address carries a secret token; only its SHA-256 is stored, and a revoked feed answers nothing.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    scope: text('scope').notNull(),
    spaceId: uuid('space_id').references(() => socialSpaces.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    tokenHint: text('token_hint').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('calendar_feeds_user_idx').on(t.userId), check('calendar_feeds_scope', sql`(${t.scope} = 'space') = (${t.spaceId} is not null) and ${t.scope} in ('space', 'user')`)],
);
