import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { offices } from '../../platform/db/platform.tables';
import { bytea, projects } from '../projects/projects.tables';
import { socialSpaces } from '../social-spaces/social-spaces.tables';

/** Defaults of an office's budget: what a new year's lines start with. Money is integer cents everywhere. */
export const budgetSettings = pgTable('budget_settings', {
  officeId: uuid('office_id').primaryKey().references(() => offices.id),
  caseConsultationCents: integer('case_consultation_cents').notNull().default(936_000),
  networkWorkCents: integer('network_work_cents').notNull().default(1_248_000),
  accountCode: text('account_code'),
  resolutionDate: date('resolution_date'),
  resolutionReference: text('resolution_reference'),
  /** Commitments above this need a head of department's approval (issue 6, with projects). */
  approvalThresholdCents: integer('approval_threshold_cents').notNull().default(250_000),
  carryOver: boolean('carry_over').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A closed (locked) year of a space: no booking, reversal or line change any more. */
export const budgetYearsClosed = pgTable(
  'budget_years_closed',
  {
    officeId: uuid('office_id').notNull().references(() => offices.id),
    spaceId: uuid('space_id').notNull().references(() => socialSpaces.id),
    year: integer('year').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }).notNull().defaultNow(),
    closedByUserId: uuid('closed_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.year] })],
);

/**
 * A budget line of a space and year. `committed_cents` and `booked_cents` are running totals of the ledger, kept
 * by one conditional UPDATE per write (the money check and the write are one statement); the CHECK constraint
 * is the database's own guard that a line is never overspent, whatever the code does.
 */
export const budgetLines = pgTable(
  'budget_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    spaceId: uuid('space_id').notNull().references(() => socialSpaces.id),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    label: text('label').notNull(),
    plannedCents: integer('planned_cents').notNull(),
    /** The part of the plan carried over from the previous year's remaining money (when the office carries over). */
    carriedInCents: integer('carried_in_cents').notNull().default(0),
    committedCents: integer('committed_cents').notNull().default(0),
    bookedCents: integer('booked_cents').notNull().default(0),
    accountCode: text('account_code'),
    resolutionDate: date('resolution_date'),
    resolutionReference: text('resolution_reference'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('budget_lines_space_year_kind').on(t.spaceId, t.year, t.kind),
    index('budget_lines_office_year_idx').on(t.officeId, t.year),
    check('budget_lines_planned', sql`${t.plannedCents} >= 0`),
    check('budget_lines_not_overspent', sql`${t.committedCents} >= 0 and ${t.bookedCents} >= 0 and ${t.committedCents} + ${t.bookedCents} <= ${t.plannedCents}`),
    check('budget_lines_year', sql`${t.year} between 2000 and 2100`),
  ],
);

/**
 * Money of a line reserved for a project (Mittelbindung). A project in several spaces holds one in each line it
 * draws on. `drawn_cents` is what bookings for the project took from it; while open, amount − drawn is part of the
 * line's `committed_cents`. Above the office's threshold a commitment waits for a head of department (pending)
 * and binds nothing until approved.
 */
export const commitments = pgTable(
  'commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    lineId: uuid('line_id').notNull().references(() => budgetLines.id),
    projectId: uuid('project_id').notNull().references(() => projects.id),
    amountCents: integer('amount_cents').notNull(),
    drawnCents: integer('drawn_cents').notNull().default(0),
    status: text('status').notNull(),
    note: text('note').notNull().default(''),
    requestedByUserId: uuid('requested_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note').notNull().default(''),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedByUserId: uuid('closed_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    closeNote: text('close_note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('commitments_line_idx').on(t.lineId),
    index('commitments_project_idx').on(t.projectId),
    // One live commitment per project and line: a booking for the project knows which one it draws on.
    uniqueIndex('commitments_one_live').on(t.projectId, t.lineId).where(sql`status in ('pending', 'open')`),
    check('commitments_amounts', sql`${t.amountCents} > 0 and ${t.drawnCents} >= 0 and ${t.drawnCents} <= ${t.amountCents}`),
    check('commitments_status', sql`${t.status} in ('pending', 'open', 'closed', 'rejected')`),
  ],
);

/** The receipt file of a booking (optional), in the database like every attachment. */
export const bookingReceipts = pgTable('booking_receipts', {
  bookingId: uuid('booking_id')
    .primaryKey()
    .references(() => bookings.id),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  sizeBytes: integer('size_bytes').notNull(),
  content: bytea('content').notNull(),
  uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
});

/** What was spent. Never deleted or changed: a mistake is corrected by a reversal (the negative amount). */
export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    lineId: uuid('line_id').notNull().references(() => budgetLines.id),
    bookedOn: date('booked_on').notNull(),
    amountCents: integer('amount_cents').notNull(),
    purpose: text('purpose').notNull(),
    payee: text('payee').notNull(),
    receiptReference: text('receipt_reference'),
    note: text('note').notNull().default(''),
    reversesBookingId: uuid('reverses_booking_id'),
    projectId: uuid('project_id').references(() => projects.id),
    commitmentId: uuid('commitment_id').references(() => commitments.id),
    /** The part of the amount taken from the commitment (negative on a reversal that gives it back). */
    drawnFromCommitmentCents: integer('drawn_from_commitment_cents').notNull().default(0),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bookings_line_idx').on(t.lineId, t.bookedOn),
    index('bookings_office_idx').on(t.officeId, t.bookedOn),
    unique('bookings_one_reversal').on(t.reversesBookingId),
    check('bookings_amount', sql`${t.amountCents} <> 0 and ((${t.reversesBookingId} is null) = (${t.amountCents} > 0))`),
    check('bookings_project', sql`${t.projectId} is null or ${t.purpose} = 'project'`),
    check('bookings_purpose', sql`${t.purpose} in ('project', 'consultation_participation', 'networker_position', 'other')`),
  ],
);
