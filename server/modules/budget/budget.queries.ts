import { and, asc, eq, sql } from 'drizzle-orm';
import { type Db, firstRow, oneRow, queryRows } from '../../platform/db/database';
import { bookingReceipts, bookings, budgetLines, budgetSettings, budgetYearsClosed, commitments } from './budget.tables';

export type BudgetLineRow = typeof budgetLines.$inferSelect;
export type BookingRow = typeof bookings.$inferSelect;
export type BudgetSettingsRow = typeof budgetSettings.$inferSelect;
export type CommitmentRow = typeof commitments.$inferSelect;

export const settingsOf = async (tx: Db, officeId: string) => firstRow(await tx.select().from(budgetSettings).where(eq(budgetSettings.officeId, officeId)));
export async function upsertSettings(tx: Db, values: typeof budgetSettings.$inferInsert) {
  const set = Object.fromEntries(Object.entries(values).filter(([key]) => key !== 'officeId'));
  return oneRow(await tx.insert(budgetSettings).values(values).onConflictDoUpdate({ target: budgetSettings.officeId, set: { ...set, updatedAt: new Date() } }).returning());
}

export const linesOf = (tx: Db, spaceId: string, year: number) =>
  tx.select().from(budgetLines).where(and(eq(budgetLines.spaceId, spaceId), eq(budgetLines.year, year))).orderBy(asc(budgetLines.kind));
export const findLine = async (tx: Db, id: string) => firstRow(await tx.select().from(budgetLines).where(eq(budgetLines.id, id)));
export const findLineForUpdate = async (tx: Db, id: string) => firstRow(await tx.select().from(budgetLines).where(eq(budgetLines.id, id)).for('update'));
export const insertLines = async (tx: Db, values: (typeof budgetLines.$inferInsert)[]) => tx.insert(budgetLines).values(values).onConflictDoNothing().returning();
export const updateLineRow = async (tx: Db, id: string, values: Partial<typeof budgetLines.$inferInsert>) =>
  oneRow(await tx.update(budgetLines).set({ ...values, updatedAt: new Date() }).where(eq(budgetLines.id, id)).returning());

export async function isYearClosed(tx: Db, spaceId: string, year: number): Promise<boolean> {
  return !!firstRow(await tx.select().from(budgetYearsClosed).where(and(eq(budgetYearsClosed.spaceId, spaceId), eq(budgetYearsClosed.year, year))));
}
export async function closeYearRow(tx: Db, values: typeof budgetYearsClosed.$inferInsert): Promise<boolean> {
  return (await tx.insert(budgetYearsClosed).values(values).onConflictDoNothing().returning()).length > 0;
}

/**
 * Books an amount on a line, of which `drawnCents` comes out of a commitment (so leaves `committed_cents`), if and
 * only if the line then stays within its plan and its year is open: the money check and the write are this one
 * statement, so concurrent bookings cannot overspend (a check-then-insert does, on PostgreSQL and on PGlite alike:
 * FINDINGS.md). Reversals (negative amounts, negative drawn) only ever lower committed + booked, and always fit.
 */
export async function addToBooked(tx: Db, lineId: string, amountCents: number, drawnCents = 0): Promise<BudgetLineRow | undefined> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`update budget_lines l set booked_cents = l.booked_cents + ${amountCents}, committed_cents = l.committed_cents - ${drawnCents}, updated_at = now()
        where l.id = ${lineId}
          and l.committed_cents - ${drawnCents} + l.booked_cents + ${amountCents} <= l.planned_cents
          and not exists (select 1 from budget_years_closed c where c.space_id = l.space_id and c.year = l.year)
        returning l.id`,
  );
  return rows[0] ? findLine(tx, lineId) : undefined;
}

/** Binds (or, negative, frees) money of a line for a commitment: the same one-statement check as a booking. */
export async function addToCommitted(tx: Db, lineId: string, amountCents: number): Promise<BudgetLineRow | undefined> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`update budget_lines l set committed_cents = l.committed_cents + ${amountCents}, updated_at = now()
        where l.id = ${lineId}
          and l.committed_cents + ${amountCents} + l.booked_cents <= l.planned_cents
          and not exists (select 1 from budget_years_closed c where c.space_id = l.space_id and c.year = l.year)
        returning l.id`,
  );
  return rows[0] ? findLine(tx, lineId) : undefined;
}

export const insertCommitment = async (tx: Db, values: typeof commitments.$inferInsert) => oneRow(await tx.insert(commitments).values(values).returning());
export const findCommitmentForUpdate = async (tx: Db, id: string) => firstRow(await tx.select().from(commitments).where(eq(commitments.id, id)).for('update'));
export const updateCommitmentRow = async (tx: Db, id: string, values: Partial<typeof commitments.$inferInsert>) =>
  oneRow(await tx.update(commitments).set(values).where(eq(commitments.id, id)).returning());
/** The open commitment a booking for the project draws on, locked so two bookings cannot draw the same money. */
export const openCommitmentForUpdate = async (tx: Db, projectId: string, lineId: string) =>
  firstRow(await tx.select().from(commitments).where(and(eq(commitments.projectId, projectId), eq(commitments.lineId, lineId), eq(commitments.status, 'open'))).for('update'));
export async function liveCommitmentCount(tx: Db, spaceId: string, year: number): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from commitments c join budget_lines l on l.id = c.line_id
        where l.space_id = ${spaceId} and l.year = ${year} and c.status in ('pending', 'open')`,
  );
  return Number(rows[0]?.n ?? 0);
}

export type CommitmentView = CommitmentRow & {
  spaceId: string;
  year: number;
  projectTitle: string;
  requestedByName: string | null;
  decidedByName: string | null;
  closedByName: string | null;
};
export function commitmentViews(tx: Db, officeId: string, f: { id?: string; projectId?: string; lineId?: string; spaceId?: string; year?: number; status?: readonly string[] }) {
  const where = [sql`c.office_id = ${officeId}`];
  if (f.id) where.push(sql`c.id = ${f.id}`);
  if (f.projectId) where.push(sql`c.project_id = ${f.projectId}`);
  if (f.lineId) where.push(sql`c.line_id = ${f.lineId}`);
  if (f.spaceId) where.push(sql`l.space_id = ${f.spaceId}`);
  if (f.year !== undefined) where.push(sql`l.year = ${f.year}`);
  if (f.status?.length) where.push(sql`c.status in (${sql.join(f.status.map((s) => sql`${s}`), sql`, `)})`);
  return queryRows<CommitmentView>(
    tx,
    sql`select c.id, c.office_id as "officeId", c.line_id as "lineId", c.project_id as "projectId", c.amount_cents as "amountCents",
          c.drawn_cents as "drawnCents", c.status, c.note, c.requested_by_user_id as "requestedByUserId", c.decided_by_user_id as "decidedByUserId",
          c.decided_at as "decidedAt", c.decision_note as "decisionNote", c.closed_at as "closedAt", c.closed_by_user_id as "closedByUserId",
          c.close_note as "closeNote", c.created_at as "createdAt", l.space_id as "spaceId", l.year, p.title as "projectTitle",
          ru.display_name as "requestedByName", du.display_name as "decidedByName", cu.display_name as "closedByName"
        from commitments c join budget_lines l on l.id = c.line_id join projects p on p.id = c.project_id
          left join users ru on ru.id = c.requested_by_user_id left join users du on du.id = c.decided_by_user_id
          left join users cu on cu.id = c.closed_by_user_id
        where ${sql.join(where, sql` and `)}
        order by l.year desc, c.created_at`,
  );
}

export const insertBooking = async (tx: Db, values: typeof bookings.$inferInsert) => oneRow(await tx.insert(bookings).values(values).returning());
export const findBooking = async (tx: Db, id: string) => firstRow(await tx.select().from(bookings).where(eq(bookings.id, id)));
export const findReversalOf = async (tx: Db, bookingId: string) => firstRow(await tx.select().from(bookings).where(eq(bookings.reversesBookingId, bookingId)));
export const bookingsOfLine = (tx: Db, lineId: string) => tx.select().from(bookings).where(eq(bookings.lineId, lineId)).orderBy(asc(bookings.bookedOn), asc(bookings.createdAt));

/** Bookings with what the API shows beside them: the line's space and year, the project's title, the receipt. */
export type BookingView = BookingRow & {
  spaceId: string;
  year: number;
  projectTitle: string | null;
  reversedByBookingId: string | null;
  receiptFileName: string | null;
  receiptMediaType: string | null;
  receiptSizeBytes: number | null;
};
export function bookingViews(tx: Db, officeId: string, f: { id?: string; lineId?: string; projectId?: string }) {
  const where = [sql`b.office_id = ${officeId}`];
  if (f.id) where.push(sql`b.id = ${f.id}`);
  if (f.lineId) where.push(sql`b.line_id = ${f.lineId}`);
  if (f.projectId) where.push(sql`b.project_id = ${f.projectId}`);
  return queryRows<BookingView>(
    tx,
    sql`select b.id, b.office_id as "officeId", b.line_id as "lineId", b.booked_on as "bookedOn", b.amount_cents as "amountCents", b.purpose, b.payee,
          b.receipt_reference as "receiptReference", b.note, b.reverses_booking_id as "reversesBookingId", b.project_id as "projectId",
          b.commitment_id as "commitmentId", b.drawn_from_commitment_cents as "drawnFromCommitmentCents", b.created_by_user_id as "createdByUserId",
          b.created_at as "createdAt", l.space_id as "spaceId", l.year, p.title as "projectTitle",
          (select r.id from bookings r where r.reverses_booking_id = b.id) as "reversedByBookingId",
          f.file_name as "receiptFileName", f.media_type as "receiptMediaType", f.size_bytes as "receiptSizeBytes"
        from bookings b join budget_lines l on l.id = b.line_id left join projects p on p.id = b.project_id
          left join booking_receipts f on f.booking_id = b.id
        where ${sql.join(where, sql` and `)}
        order by b.booked_on, b.created_at`,
  );
}

export const findReceipt = async (tx: Db, bookingId: string) => firstRow(await tx.select().from(bookingReceipts).where(eq(bookingReceipts.bookingId, bookingId)));
export async function insertReceipt(tx: Db, values: typeof bookingReceipts.$inferInsert): Promise<boolean> {
  return (await tx.insert(bookingReceipts).values(values).onConflictDoNothing().returning({ id: bookingReceipts.bookingId })).length > 0;
}

/** Every line of a space, all years, for the charts across years. */
export const linesOfSpace = (tx: Db, spaceId: string) => tx.select().from(budgetLines).where(eq(budgetLines.spaceId, spaceId)).orderBy(asc(budgetLines.year), asc(budgetLines.kind));
export const closedYearsOf = async (tx: Db, spaceId: string) =>
  new Set((await tx.select({ year: budgetYearsClosed.year }).from(budgetYearsClosed).where(eq(budgetYearsClosed.spaceId, spaceId))).map((r) => r.year));
export const findLineOfKind = async (tx: Db, spaceId: string, year: number, kind: string) =>
  firstRow(await tx.select().from(budgetLines).where(and(eq(budgetLines.spaceId, spaceId), eq(budgetLines.year, year), eq(budgetLines.kind, kind))).for('update'));

/** What the open commitments of a line hold: what `committed_cents` must always equal. */
export async function openCommitmentSum(tx: Db, lineId: string): Promise<number> {
  const rows = await queryRows<{ sum: number }>(tx, sql`select coalesce(sum(amount_cents - drawn_cents), 0)::int as sum from commitments where line_id = ${lineId} and status = 'open'`);
  return Number(rows[0]?.sum ?? 0);
}

/** The ledger's sum per line: what the running totals must always equal. */
export async function ledgerSum(tx: Db, lineId: string): Promise<number> {
  const rows = await queryRows<{ sum: number }>(tx, sql`select coalesce(sum(amount_cents), 0)::int as sum from bookings where line_id = ${lineId}`);
  return rows[0]?.sum ?? 0;
}

export type CsvBookingRow = BookingRow & { spaceName: string; spaceCode: string | null; lineLabel: string; accountCode: string | null; year: number; projectTitle: string | null };
export const bookingsForExport = (tx: Db, officeId: string, year: number, spaceId: string | undefined) =>
  queryRows<CsvBookingRow>(
    tx,
    sql`select b.id, b.booked_on as "bookedOn", b.amount_cents as "amountCents", b.purpose, b.payee, b.receipt_reference as "receiptReference",
          b.note, b.reverses_booking_id as "reversesBookingId", s.name as "spaceName", s.code as "spaceCode", l.label as "lineLabel",
          l.account_code as "accountCode", l.year, p.title as "projectTitle"
        from bookings b join budget_lines l on l.id = b.line_id join social_spaces s on s.id = l.space_id left join projects p on p.id = b.project_id
        where b.office_id = ${officeId} and l.year = ${year}${spaceId ? sql` and l.space_id = ${spaceId}` : sql``}
        order by b.booked_on, s.name, b.created_at`,
  );
