import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { offices } from '../../platform/db/platform.tables';
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
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bookings_line_idx').on(t.lineId, t.bookedOn),
    index('bookings_office_idx').on(t.officeId, t.bookedOn),
    unique('bookings_one_reversal').on(t.reversesBookingId),
    check('bookings_amount', sql`${t.amountCents} <> 0 and ((${t.reversesBookingId} is null) = (${t.amountCents} > 0))`),
    check('bookings_purpose', sql`${t.purpose} in ('project', 'consultation_participation', 'networker_position', 'other')`),
  ],
);
